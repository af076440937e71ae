import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { startWebHost, type WebHost } from '../../electron/web/server';

let dir: string;
let appDir: string;
let host: WebHost;

/** Raw HTTP, so the Host and Origin headers are exactly what a hostile page or rebinding DNS would send. */
function request(p: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: p, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token, ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-web-'));
  appDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-app-'));
  await writeFile(path.join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(dir, 'private.txt'), 'not for the web');
  await mkdir(path.join(dir, 'media'), { recursive: true });
  await writeFile(path.join(dir, 'media', 'abc.jpg'), 'jpeg bytes');
  const library = await ArticleLibrary.open({ root: dir });
  host = await startWebHost({ api: createHostService({ library, host: 'web', appVersion: 'test' }), library, appDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
  await rm(appDir, { recursive: true, force: true });
});

describe('web host', () => {
  it('listens on loopback and prints a tokened URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the app with the token and sets a strict cookie; refuses without it', async () => {
    const ok = await request(`/?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<title>app</title>');
    expect(ok.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/')).status).toBe(401);
    expect((await request('/?token=wrong')).status).toBe(401);
    const cookie = await request('/', { headers: { cookie: `copydesk_token=${host.token}` } });
    expect(cookie.status).toBe(200);
  });

  it('answers host calls, validating their arguments', async () => {
    const list = JSON.parse((await api('listArticles', {})).body);
    expect(list.ok).toBe(true);
    expect(list.result.articles[0].headline).toBe('Zelenskyy proposes historic defence cooperation with Japan');
    const bad = JSON.parse((await api('openArticle', { path: 42 })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const outside = JSON.parse((await api('openArticle', { path: '../../etc/passwd.copydesk.json' })).body);
    expect(outside).toMatchObject({ ok: false, error: { code: 'outside-library' } });
    const unknown = JSON.parse((await api('deleteEverything', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((await request('/api/listArticles', { headers: { 'x-copydesk-token': host.token } })).status).toBe(405);
  });

  it('refuses DNS rebinding (a foreign Host) and cross-site calls (a foreign Origin)', async () => {
    expect((await request(`/?token=${host.token}`, { headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await api('listArticles', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listArticles', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('listArticles', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('serves the media folder as inert files and nothing else of the library', async () => {
    const headers = { 'x-copydesk-token': host.token };
    const media = await request('/media/abc.jpg', { headers });
    expect(media.status).toBe(200);
    expect(media.headers['content-security-policy']).toContain('sandbox');
    expect((await request('/private.txt', { headers })).status).toBe(404);
    expect((await request('/media/..%2fprivate.txt', { headers })).status).toBe(404);
    expect((await request('/..%2f..%2fetc%2fpasswd', { headers })).status).toBe(404);
    expect((await request('/../../etc/passwd', { headers })).status).toBe(404);
  });
});
