/**
 * Errors a host call can end with. The message is for the reporter: what happened and what to
 * do next, in newsroom words. The code is for the program.
 */
export const HOST_ERROR_CODES = [
  'invalid-argument',
  'invalid-path',
  'outside-library',
  'not-found',
  'already-exists',
  'corrupt-file',
  'newer-version',
  'conflict',
  'disk-full',
  'permission-denied',
  'busy',
  'io',
  'photo-refused',
  'import-refused',
  'export-failed',
  'unauthorized',
  'internal',
] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HostError';
  }

  toJSON(): SerializedHostError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static fromJSON(json: SerializedHostError): HostError {
    const code = (HOST_ERROR_CODES as readonly string[]).includes(json.code) ? (json.code as HostErrorCode) : 'internal';
    return new HostError(code, json.message, json.details);
  }
}

export interface SerializedHostError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}
