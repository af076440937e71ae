import { ipcMain } from 'electron';
import { type HostApi, HostError, HOST_METHODS, ipcChannel } from '../shared/contract';
import { dispatchHostCall } from './services/host';
import { checkSender } from './ipc-guard';
import { APP_ORIGIN } from './protocol';

/**
 * Registers one IPC handler per host call. Each checks the sender, validates its argument
 * against the contract (in dispatchHostCall) and sends failures back as HostError JSON.
 */
export function registerHostIpc(api: HostApi): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown) => {
      try {
        checkSender(event, APP_ORIGIN);
        return await dispatchHostCall(api, method, input);
      } catch (e) {
        const err = e instanceof HostError ? e : new HostError('internal', (e as Error).message);
        // Electron passes only the message across; the renderer reads the JSON back out of it.
        throw new Error(JSON.stringify(err.toJSON()));
      }
    });
  }
}
