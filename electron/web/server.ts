import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type HostApi, HostError, hostEnvelope, MAX_UPLOAD_BASE64_LENGTH, MAX_UPLOAD_MB } from '../../shared/contract';
import { inMediaFolder } from '../../shared/photos';
import { dispatchHostCall } from '../services/host';
import type { ArticleLibrary } from '../services/library';

/**
 * The local web host: the built renderer and the host API over HTTP on 127.0.0.1.
 *
 * Guarded like a desktop app's IPC: it listens on loopback only; every request carries the
 * per-launch token (query on first load, then an HttpOnly SameSite cookie or a header); the
 * Host header must name this server (no DNS rebinding) and a browser's Origin must be ours
 * (no cross-site calls). It serves the app's files and the library's media, nothing else.
 */

export interface WebHostOptions {
  api: HostApi;
  library: ArticleLibrary;
  /** The built renderer (vite build output). */
  appDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const TOKEN_COOKIE = 'copydesk_token';
/** The largest call is a file upload: its base64, with room for the file name and the JSON around them. */
const MAX_BODY = MAX_UPLOAD_BASE64_LENGTH + 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The app's pages may run only their own scripts and show images from here (and pasted blobs). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data: http: https:; font-src 'self'; connect-src 'self' ws: wss: http: https:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return v;
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HostError('invalid-argument', `The request is too large: Copydesk takes files up to ${MAX_UPLOAD_MB} MB.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, headers: http.OutgoingHttpHeaders = {}) {
  let st: Stats;
  try {
    st = await stat(file);
  } catch {
    return send(res, 404, 'Not found');
  }
  if (!st.isFile()) return send(res, 404, 'Not found');
  const ext = path.extname(file).toLowerCase();
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Length': st.size,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const appDir = path.resolve(options.appDir);
  let origin = '';
  let allowedHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return send(res, 421, 'This Copydesk server only answers on its own address.');
      const url = new URL(req.url ?? '/', origin);
      const reqOrigin = req.headers.origin;
      if (reqOrigin && reqOrigin !== origin && reqOrigin !== origin.replace('127.0.0.1', 'localhost')) {
        return send(res, 403, 'Cross-site requests are refused.');
      }
      const fetchSite = req.headers['sec-fetch-site'];
      if (fetchSite === 'cross-site') return send(res, 403, 'Cross-site requests are refused.');

      const queryToken = url.searchParams.get('token') ?? undefined;
      const presented = (req.headers['x-copydesk-token'] as string | undefined) ?? cookieToken(req.headers.cookie) ?? queryToken;
      if (!sameToken(presented, token)) {
        return send(res, 401, 'Copydesk needs the access link printed when it started (it ends in ?token=…).');
      }
      const setCookie = sameToken(queryToken, token) ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict` } : {};

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
        const method = decodeURIComponent(url.pathname.slice(5));
        const envelope = await hostEnvelope(async () => {
          const text = await readBody(req);
          let input: unknown;
          try {
            input = text ? JSON.parse(text) : {};
          } catch {
            throw new HostError('invalid-argument', 'The request was not valid JSON.');
          }
          return dispatchHostCall(options.api, method, input);
        });
        return sendJson(res, 200, envelope);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');

      if (inMediaFolder(url.pathname.slice(1))) {
        try {
          const file = await options.library.mediaFile(decodeURIComponent(url.pathname.slice(1)));
          // Media is served as inert data: no scripts, no sniffing, no framing.
          return sendFile(req, res, file, { 'Content-Security-Policy': "default-src 'none'; sandbox", 'Cache-Control': 'private, max-age=31536000, immutable' });
        } catch {
          return send(res, 404, 'Not found');
        }
      }

      let rel = decodeURIComponent(url.pathname);
      if (rel === '/' || rel === '') rel = '/index.html';
      const file = path.resolve(appDir, `.${path.posix.normalize(rel)}`);
      if (!file.startsWith(appDir + path.sep)) return send(res, 404, 'Not found');
      const isHtml = file.endsWith('.html');
      return sendFile(req, res, file, {
        ...setCookie,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': isHtml ? 'no-store' : 'no-cache',
      });
    } catch (e) {
      if (!res.headersSent) send(res, 500, `Copydesk hit an error: ${(e as Error).message}`);
      else res.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
