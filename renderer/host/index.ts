import { HOST_METHODS, type HostApi, type HostBridge, openHostEnvelope } from '../../shared/contract';
import { webHostToken } from './access-token';
import { createHttpHost } from './http';

declare global {
  interface Window {
    /** Present in Electron: the host calls the preload exposes, one per contract method. */
    copydesk?: HostBridge;
    /** Present in Electron: commands from the application menu. */
    copydeskMenu?: { onCommand(listener: (command: string) => void): void };
  }
}

/** Electron's calls answer with the host envelope; open it here, where a HostError keeps its class. */
function fromBridge(bridge: HostBridge): HostApi {
  return Object.fromEntries(
    HOST_METHODS.map((m) => [m, async (input: unknown) => openHostEnvelope(await (bridge[m] as (i: unknown) => Promise<unknown>)(input))]),
  ) as HostApi;
}

let host: HostApi | null = null;

/** The one host the app talks to: Electron's preload when present, else the local web host. */
export function getHost(): HostApi {
  host ??= window.copydesk ? fromBridge(window.copydesk) : createHttpHost({ token: webHostToken() });
  return host;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
