export { type BlockPhoto, blockPhotos, type PhotoCheck, type PhotoCheckKind, photoCheckMessage, photoChecks, photoProblems, sameChecks } from './checks';
export { inMediaFolder, LIBRARY_PHOTO, LIBRARY_PHOTO_FILE, MEDIA_DIR, PREVIEW_DIR } from './media';
export { type PhotoMetadataFields, photoAttrsFromImport } from './prefill';
