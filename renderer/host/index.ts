import { type HostApi, HostError, HOST_METHODS } from '../../shared/contract';
import { createHttpHost } from './http';

declare global {
  interface Window {
    /** Present in Electron: the host calls the preload exposes, one per contract method. */
    copydesk?: HostApi;
    /** Present in Electron: commands from the application menu. */
    copydeskMenu?: { onCommand(listener: (command: string) => void): void };
  }
}

/** Electron errors cross IPC as plain objects; turn them back into HostErrors. */
function withHostErrors(api: HostApi): HostApi {
  return Object.fromEntries(
    HOST_METHODS.map((m) => [
      m,
      async (input: unknown) => {
        try {
          return await (api[m] as (i: unknown) => Promise<unknown>)(input);
        } catch (e) {
          const match = /\{"code".*\}$/s.exec((e as Error).message ?? '');
          if (match) throw HostError.fromJSON(JSON.parse(match[0]));
          throw e;
        }
      },
    ]),
  ) as HostApi;
}

let host: HostApi | null = null;

/** The one host the app talks to: Electron's preload when present, else the local web host. */
export function getHost(): HostApi {
  host ??= window.copydesk ? withHostErrors(window.copydesk) : createHttpHost();
  return host;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
