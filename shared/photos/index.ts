export { type PhotoCheck, type PhotoCheckKind, photoChecks, sameChecks } from './checks';
export { inMediaFolder, LIBRARY_PHOTO, LIBRARY_PHOTO_FILE, MEDIA_DIR, PREVIEW_DIR } from './media';
export { type PhotoMetadataFields, photoAttrsFromImport } from './prefill';
