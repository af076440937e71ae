/**
 * Photo import — public surface. Plain Node: must not import 'electron', so
 * it runs in the main process, a utility process, or tests alike.
 *
 *   importPhoto(libraryRoot, { path } | { bytes, fileName? }) → ImportedPhoto
 *   readPhotoMetadata(bytes) → PhotoMetadata
 *   PhotoError (code + desk-worded message)
 */
export { importPhoto, MAX_PIXELS, PREVIEW_MAX_EDGE } from './import.js';
export type { ImportedPhoto, PhotoInput } from './import.js';
export { formatCreditLine, readPhotoMetadata } from './metadata.js';
export type { PhotoMetadata } from './metadata.js';
export { PhotoError } from './errors.js';
export type { PhotoErrorCode } from './errors.js';
export { sniffFormat } from './detect.js';
export type { AcceptedFormat } from './detect.js';
