import { contextBridge, ipcRenderer } from 'electron';
import { HOST_METHODS, ipcChannel } from '../shared/contract/methods';

/**
 * The renderer's only door to the main process: one named function per host call, each
 * forwarding its single argument to the matching IPC channel and handing back the host envelope
 * it answers with (`{ok, result|error}`, opened in the renderer). ipcRenderer itself is never exposed.
 */
const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const method of HOST_METHODS) {
  const channel = ipcChannel(method);
  api[method] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('copydesk', Object.freeze(api));

/** Menu commands (New Article, Save) from the main process, for the renderer to act on. */
const MENU_COMMANDS = new Set(['new-article', 'save']);
contextBridge.exposeInMainWorld(
  'copydeskMenu',
  Object.freeze({
    onCommand(listener: (command: string) => void) {
      ipcRenderer.on('copydesk:menu', (_event, command: unknown) => {
        if (typeof command === 'string' && MENU_COMMANDS.has(command)) listener(command);
      });
    },
  }),
);
