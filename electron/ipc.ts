import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type HostApi, HostError, HOST_METHODS, ipcChannel } from '../shared/contract';
import { dispatchHostCall } from './services/host';
import { APP_ORIGIN } from './protocol';

/** Only our own page, in its top frame, may call the host. */
function checkSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !frame.url.startsWith(`${APP_ORIGIN}/`)) {
    throw new HostError('unauthorized', 'This call did not come from the Copydesk window.');
  }
}

/**
 * Registers one IPC handler per host call. Each checks the sender, validates its argument
 * against the contract (in dispatchHostCall) and sends failures back as HostError JSON.
 */
export function registerHostIpc(api: HostApi): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown) => {
      try {
        checkSender(event);
        return await dispatchHostCall(api, method, input);
      } catch (e) {
        const err = e instanceof HostError ? e : new HostError('internal', (e as Error).message);
        // Electron passes only the message across; the renderer reads the JSON back out of it.
        throw new Error(JSON.stringify(err.toJSON()));
      }
    });
  }
}
