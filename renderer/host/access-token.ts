/**
 * The web host's access token. It arrives once in the page's address (?token=…); it is kept for
 * this tab and sent with every call, and dropped from the address bar so it does not end up in
 * screenshots or history.
 */
export function webHostToken(): string {
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
