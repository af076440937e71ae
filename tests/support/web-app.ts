import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createHostService } from '../../electron/services/host';
import { type HostDelays, withHostDelays, withHostHook } from '../../electron/services/host-delays';
import type { HostError, HostMethod } from '../../shared/contract';
import { ArticleLibrary } from '../../electron/services/library';
import { startWebHost, type WebHost } from '../../electron/web/server';

export interface WebApp {
  /** The access URL with its token. */
  url: string;
  host: WebHost;
  library: ArticleLibrary;
  dir: string;
  /** Page errors and console errors seen so far; the fixture fails the test on any. */
  errors: string[];
  /** Opens the app and waits until the library list is there. */
  open(page?: Page): Promise<void>;
  /**
   * The host answers every call of `method` with `error` (a full disk…) until the returned
   * function is called. At the host, not in the browser, so a request that outlives its page (a
   * keepalive save as the page closes) is refused too.
   */
  refuse(method: HostMethod, error: HostError): () => void;
}

export const APP_DIR = path.resolve(process.env.COPYDESK_RENDERER_DIR ?? 'dist/renderer');

/** `delays` holds chosen host calls before they run or before they answer (see host-delays.ts). */
export async function startTestHost(options: { seedSample?: boolean; dir?: string; delays?: HostDelays } = {}) {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-')));
  const library = await ArticleLibrary.open({ root: dir, seedSample: options.seedSample ?? true });
  const service = createHostService({ library, host: 'web', appVersion: 'test' });
  const refusals = new Map<HostMethod, HostError>();
  const refusing = withHostHook(service, (method, phase) => {
    const error = phase === 'before' ? refusals.get(method) : undefined;
    if (error) throw error;
  });
  const api = options.delays ? withHostDelays(refusing, options.delays) : refusing;
  const host = await startWebHost({ api, library, appDir: APP_DIR, port: 0 });
  const refuse = (method: HostMethod, error: HostError) => {
    refusals.set(method, error);
    return () => {
      refusals.delete(method);
    };
  };
  return { dir, library, host, refuse };
}

/** A fresh library in a temp folder, the real web host serving it, and a page watched for errors. */
export const test = base.extend<{ app: WebApp; seedSample: boolean; hostDelays: HostDelays | undefined }>({
  seedSample: [true, { option: true }],
  hostDelays: [undefined, { option: true }],
  app: async ({ page, seedSample, hostDelays }, use) => {
    const { dir, library, host, refuse } = await startTestHost({ seedSample, delays: hostDelays });
    const errors: string[] = [];
    const watch = (p: Page) => {
      p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
    };
    watch(page);
    const app: WebApp = {
      url: host.url,
      host,
      library,
      dir,
      errors,
      async open(p = page) {
        if (p !== page) watch(p);
        await p.goto(host.url);
        await expect(p.getByRole('list', { name: 'Articles' })).toBeVisible();
      },
      refuse,
    };
    await use(app);
    // Close the page before the server, so a last autosave is not reported as a broken connection.
    const seen = [...errors];
    await page.close();
    await host.close();
    // Let the library finish its last writes (index caches, journal) and stop watching first.
    await library.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    expect(seen, 'page or console errors').toEqual([]);
  },
});

export { expect };
