import { HOST_METHODS, type HostApi, HostError, type HostMethod, openHostEnvelope } from '../../shared/contract';

export interface HttpHostOptions {
  /** The web host's access token, sent with every call. */
  token: string;
  /** The web host's address, ending in "/": the page's own by default. */
  baseUrl?: string;
}

/**
 * The host API over HTTP to the local web host. Each call answers with the host envelope, the
 * same one Electron's IPC carries, opened by the same function.
 */
export function createHttpHost({ token, baseUrl = './' }: HttpHostOptions): HostApi {
  const call = async (method: HostMethod, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
        body: JSON.stringify(input ?? {}),
        keepalive: method === 'saveArticle' && JSON.stringify(input).length < 60_000,
      });
    } catch {
      throw new HostError('io', 'Copydesk’s local server is not answering. Your text is still in the editor; restart Copydesk and save again.');
    }
    if (response.status === 401) throw new HostError('unauthorized', 'This window lost its access to Copydesk. Open the address Copydesk printed when it started.');
    if (!response.ok) throw new HostError('io', `Copydesk’s local server answered ${response.status}: ${await response.text()}`);
    return openHostEnvelope(await response.json().catch(() => null));
  };
  return Object.fromEntries(HOST_METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as HostApi;
}
