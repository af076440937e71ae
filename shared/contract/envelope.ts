import { HostError, type SerializedHostError } from './errors';

/**
 * What every host call answers, whichever transport carries it (Electron IPC or the web host's
 * HTTP): the result, or the HostError as plain data. Both transports copy plain objects faithfully,
 * so the error's code, message and details arrive as they were thrown.
 */
export type HostEnvelope = { ok: true; result: unknown } | { ok: false; error: SerializedHostError };

/** Runs one host call and wraps its outcome; never throws. Anything but a HostError becomes 'internal'. */
export async function hostEnvelope(call: () => unknown): Promise<HostEnvelope> {
  try {
    return { ok: true, result: await call() };
  } catch (e) {
    const error = e instanceof HostError ? e : new HostError('internal', e instanceof Error ? e.message : String(e));
    return { ok: false, error: error.toJSON() };
  }
}

/** The result inside an envelope, or its HostError thrown. An answer that is not an envelope is an 'internal' error. */
export function openHostEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    if (envelope.ok === true) return (envelope as { result?: unknown }).result;
    if (envelope.ok === false && 'error' in envelope && isSerializedHostError(envelope.error)) throw HostError.fromJSON(envelope.error);
  }
  throw new HostError(
    'internal',
    'Copydesk’s host sent an answer the editor cannot read. Your text is still in the editor; save again, and restart Copydesk if it happens again.',
  );
}

function isSerializedHostError(value: unknown): value is SerializedHostError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, details } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' && (details === undefined || (typeof details === 'object' && details !== null));
}
