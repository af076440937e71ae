import { type HostApi, type HostEnvelope, type HostMethod, hostEnvelope } from '../shared/contract';
import { checkSender, type IpcSender } from './ipc-guard';
import { dispatchHostCall } from './services/host';

/**
 * One host call arriving over IPC: the sender checked, the argument validated against the
 * contract (in dispatchHostCall), and the outcome sent back as the envelope the web host sends
 * too. It never throws: Electron would hand the renderer a thrown error's message alone.
 */
export function answerIpcCall(api: HostApi, method: HostMethod, event: IpcSender, input: unknown, appOrigin: string): Promise<HostEnvelope> {
  return hostEnvelope(() => {
    checkSender(event, appOrigin);
    return dispatchHostCall(api, method, input);
  });
}
