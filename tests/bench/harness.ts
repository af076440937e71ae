// What the bench (run.ts) and the typing profiler (profile-typing.ts) both need: the editor as
// shipped, the page scripts, and the bare ProseMirror page with the stories' files.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { serializeArticle } from '../../shared/article';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { startWebHost } from '../../electron/web/server';
import { chromiumLaunchOptions } from '../support/chromium';
import { BENCH_PHOTO_SRC, fileNameFor, generateStory, storyArticle } from './generate';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.resolve(ROOT, process.env.COPYDESK_RENDERER_DIR ?? 'dist/renderer');

/** A fresh production build of the renderer, so nothing measures a stale one. */
export function buildRenderer(): void {
  const vite = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, COPYDESK_RENDERER_DIR: path.relative(ROOT, RENDERER_DIR) },
  });
  if (vite.status !== 0) throw new Error('vite build failed');
}

/** The page scripts in tests/bench/browser (`names`, e.g. bare, probe), bundled into `outdir`. */
export async function bundlePageScripts(outdir: string, names: string[]): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(names.map((n) => [n, `tests/bench/browser/${n}.ts`])),
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    minify: true,
    outdir,
    logLevel: 'warning',
  });
}

/**
 * The bare ProseMirror page (loading `scripts` from `bundleDir`, bare.js last) and the stories'
 * files from `storyDir`, from a small static server on 127.0.0.1.
 */
export async function startBareServer(bundleDir: string, storyDir: string, scripts: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const tags = scripts.map((s) => `<script src="/${s}.js"${s === 'bare' ? ' defer' : ''}></script>`).join('');
  const page = `<!doctype html><meta charset="utf-8"><title>bare ProseMirror</title><link rel="icon" href="data:,"><style>body{margin:0;font:17px/1.6 Georgia,serif}.bare-host{max-width:720px;margin:40px auto}.ProseMirror{white-space:pre-wrap;outline:none}img{max-width:100%;height:auto}</style>${tags}`;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page);
    }
    const file = url.pathname.endsWith('.js')
      ? path.join(bundleDir, path.basename(url.pathname))
      : path.join(storyDir, decodeURIComponent(url.pathname.slice(1)));
    if (!file.startsWith(bundleDir) && !file.startsWith(storyDir)) return res.writeHead(404).end();
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.jpg') ? 'image/jpeg' : 'application/json' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** A new library folder (under the system's temp folder, named from `prefix`) with the bench photo and a generated story of `words` words. */
export async function storyLibrary(prefix: string, words: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), prefix));
  await mkdir(path.join(work, 'media'), { recursive: true });
  await copyFile(path.join(ROOT, 'tests/fixtures/photos/kyiv-press.jpg'), path.join(work, BENCH_PHOTO_SRC));
  const story = generateStory(words, words);
  const file = fileNameFor(story);
  await writeFile(path.join(work, file), serializeArticle(storyArticle(story, 'story', '2026-02-01T10:00:00.000Z')));
  return { work, story, file };
}

/**
 * What the profilers (profile-open.ts, profile-typing.ts) run both editors on: the page scripts
 * bundled into `bundleDir` (the renderer built first unless PROFILE_NO_BUILD), the bare editor's
 * server and Copydesk's web host on the library in `work`, and Chromium; `close` stops them all and
 * removes `work`.
 */
export async function profileEditors(work: string, bundleDir: string) {
  if (!process.env.PROFILE_NO_BUILD) buildRenderer();
  await bundlePageScripts(bundleDir, ['bare', 'probe']);
  const bareServer = await startBareServer(bundleDir, work, ['bare']);
  const library = await ArticleLibrary.open({ root: work, seedSample: false });
  const host = await startWebHost({ api: createHostService({ library, host: 'web', appVersion: 'profile' }), library, appDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const probe = await readFile(path.join(bundleDir, 'probe.js'), 'utf8');
  return {
    bareServer,
    host,
    browser,
    probe,
    async close() {
      await browser.close();
      await host.close();
      await library.close();
      await bareServer.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
