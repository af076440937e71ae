import { ipcMain } from 'electron';
import { HOST_METHODS, type HostApi, ipcChannel } from '../shared/contract';
import { answerIpcCall } from './ipc-answer';
import { APP_ORIGIN } from './protocol';

/** Registers one IPC handler per host call; each answers with the host envelope (see answerIpcCall). */
export function registerHostIpc(api: HostApi): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => answerIpcCall(api, method, event, input, APP_ORIGIN));
  }
}
