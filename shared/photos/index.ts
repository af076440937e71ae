export { type PhotoCheck, type PhotoCheckKind, photoChecks, sameChecks } from './checks';
export { type PhotoMetadataFields, photoAttrsFromImport } from './prefill';
