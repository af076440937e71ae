import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inMediaFolder } from '../shared/photos';
import type { ArticleLibrary } from './services/library';

/** The app is served from app://copydesk/, never file://, so the CSP and origin checks mean something. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data: http: https:; connect-src 'self' ws: wss: http: https:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer and, under media/, the library's media folder — nothing else. */
export function handleAppProtocol(rendererDir: string, library: ArticleLibrary): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'copydesk') return new Response('Not found', { status: 404 });
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    let file: string;
    const media = inMediaFolder(rel);
    if (media) {
      try {
        file = await library.mediaFile(rel);
      } catch {
        return new Response('Not found', { status: 404 });
      }
    } else {
      file = path.resolve(root, rel);
      if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', media ? "default-src 'none'; sandbox" : CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
