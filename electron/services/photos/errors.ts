/**
 * Errors from photo import. `code` is stable (the UI and logs switch on it);
 * `message` is written for the person at the desk, not for a developer, and
 * can be shown as-is.
 */
export type PhotoErrorCode =
  | 'unsupported-format'
  | 'svg-refused'
  | 'too-large'
  | 'corrupt'
  | 'unreadable'
  | 'empty'
  /** Not a problem with the photo: the library folder could not be written. */
  | 'write-failed';

export class PhotoError extends Error {
  readonly code: PhotoErrorCode;

  constructor(code: PhotoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PhotoError';
    this.code = code;
  }
}

export const ACCEPTED_FORMATS_TEXT = 'JPEG, PNG, WebP or GIF';

/** "the file “x.jpg”" or "this file" — keeps messages natural with or without a name. */
export function describeFile(fileName?: string): string {
  return fileName ? `The file “${fileName}”` : 'This file';
}
