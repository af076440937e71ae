import { HostError } from '../shared/contract';

/** The parts of Electron's IPC event the guard reads (kept structural so it is tested in plain Node). */
export interface IpcSender {
  senderFrame: { url: string; parent: unknown | null } | null;
}

/**
 * Only our own page, in its top frame, served from app://copydesk/, may call the host. A frame
 * that navigated elsewhere, an iframe, or a page from another origin is refused.
 */
export function checkSender(event: IpcSender, appOrigin: string): void {
  const frame = event.senderFrame;
  let url: URL | null = null;
  try {
    url = frame ? new URL(frame.url) : null;
  } catch {
    url = null;
  }
  if (!frame || frame.parent !== null || !url || `${url.protocol}//${url.host}` !== appOrigin) {
    throw new HostError('unauthorized', 'This call did not come from the Copydesk window.');
  }
}
