import { type HostApi, HostError, HOST_METHODS, type HostMethod } from '../../shared/contract';

/**
 * The host API over HTTP to the local web host. The access token arrives once in the page's
 * address (?token=…); it is kept for this tab and sent with every call, and dropped from the
 * address bar so it does not end up in screenshots or history.
 */
function accessToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('copydesk-token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem('copydesk-token') ?? '';
}

export function createHttpHost(): HostApi {
  const token = accessToken();
  const call = async (method: HostMethod, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`./api/${method}`, {
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
    const body = (await response.json()) as { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };
    if (!body.ok) throw HostError.fromJSON(body.error);
    return body.result;
  };
  return Object.fromEntries(HOST_METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as HostApi;
}
