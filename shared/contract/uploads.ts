/**
 * The largest file a reporter can hand Copydesk — a photo or a story file, picked, dropped or
 * pasted. The renderer refuses bigger files before sending them, the contract refuses their
 * base64, the web host refuses a larger request, and photo import refuses bigger photos.
 */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

/** MAX_UPLOAD_BYTES in the megabytes a reporter reads ("60 MB"). */
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/** Characters of base64 that carry MAX_UPLOAD_BYTES (four for every three bytes, padded). */
export const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
