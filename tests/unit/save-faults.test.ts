import { promises as fsp } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Article, parseArticle } from '../../shared/article';
import { HostError } from '../../shared/contract';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';

/** Failures injected into the file system during a save: a clear message, the file untouched, the text kept, a later save succeeds. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-faults-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const withText = (article: Article, text: string): Article => ({
  ...article,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

function errno(code: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: injected`) as NodeJS.ErrnoException;
  e.code = code;
  return e;
}

async function setup() {
  const library = await ArticleLibrary.open({ root: dir, seedSample: false });
  const api = createHostService({ library, host: 'web', appVersion: 'test' });
  const opened = await library.create('Flood warning');
  const saved = await api.saveArticle({ path: opened.path, article: withText(opened.article, 'Rivers are rising.'), baseStamp: opened.stamp });
  return { library, api, opened, saved, file: path.join(dir, opened.path) };
}

const FAULTS: [string, 'open' | 'rename', string, RegExp][] = [
  ['ENOSPC', 'open', 'disk-full', /disk is full.*Your text is safe/],
  ['EDQUOT', 'rename', 'disk-full', /disk is full/],
  ['EACCES', 'open', 'permission-denied', /permission denied.*Your text is safe/],
  ['EROFS', 'rename', 'permission-denied', /permission denied/],
  ['EBUSY', 'rename', 'busy', /another program has it locked.*Your text is safe/],
];

describe('injected save failures', () => {
  for (const [code, where, hostCode, message] of FAULTS) {
    it(`${code} during ${where}: ${hostCode}, the file untouched, the journal kept, the next save succeeds`, async () => {
      const { api, opened, saved, file } = await setup();
      const before = await readFile(file, 'utf8');
      const edited = withText(opened.article, 'Rivers are rising. The bridge is closed.');
      await api.journalArticle({ path: opened.path, article: edited, baseStamp: saved.stamp });
      // Fail every open/rename of a temp file of the article (the journal is already written).
      const real = fsp[where] as (...args: unknown[]) => Promise<unknown>;
      const spy = vi.spyOn(fsp, where).mockImplementation(((...args: unknown[]) => {
        if (String(args[0]).includes(`.${opened.path}.`)) return Promise.reject(errno(code));
        return real.apply(fsp, args);
      }) as never);
      const err = await api.saveArticle({ path: opened.path, article: edited, baseStamp: saved.stamp }).catch((e) => e);
      expect(err).toBeInstanceOf(HostError);
      expect(err.code).toBe(hostCode);
      expect(err.message).toMatch(message);
      expect(err.message).toContain(opened.path);
      expect(spy).toHaveBeenCalled();
      expect(await readFile(file, 'utf8')).toBe(before);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect((await api.getRecovery({ articleId: opened.article.id })).recovery?.article.body).toEqual(edited.body);
      // The cause goes away: the same save now succeeds and the journal is cleared.
      spy.mockRestore();
      await api.saveArticle({ path: opened.path, article: edited, baseStamp: saved.stamp });
      expect(JSON.stringify(parseArticle(await readFile(file, 'utf8')).body)).toContain('The bridge is closed.');
      expect((await api.getRecovery({ articleId: opened.article.id })).recovery).toBeNull();
    });
  }

  it('a write that fails half-way (ENOSPC after some bytes) leaves the old file whole', async () => {
    const { api, opened, saved, file } = await setup();
    const before = await readFile(file, 'utf8');
    const realOpen = fsp.open;
    vi.spyOn(fsp, 'open').mockImplementation((async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).includes(`.${opened.path}.`)) {
        handle.writeFile = async (data: unknown) => {
          await handle.write(Buffer.from(data as Uint8Array).subarray(0, 100));
          throw errno('ENOSPC');
        };
      }
      return handle;
    }) as never);
    const err = await api.saveArticle({ path: opened.path, article: withText(opened.article, 'x'.repeat(5000)), baseStamp: saved.stamp }).catch((e) => e);
    expect(err.code).toBe('disk-full');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('the library folder vanishing (really): a clear message, then saving works again once it is back', async () => {
    const { api, opened, saved } = await setup();
    const edited = withText(opened.article, 'Written while the network drive was gone.');
    await rm(dir, { recursive: true, force: true });
    const err = await api.saveArticle({ path: opened.path, article: edited, baseStamp: saved.stamp }).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('not-found');
    expect(err.message).toMatch(/the file or its folder is gone\. Your text is safe in the editor/);
    await mkdir(dir, { recursive: true });
    await api.saveArticle({ path: opened.path, article: edited, baseStamp: saved.stamp });
    expect(JSON.stringify(parseArticle(await readFile(path.join(dir, opened.path), 'utf8')).body)).toContain('network drive was gone');
  });

  it('a revision that cannot be kept does not fail the save', async () => {
    const { api, opened, saved, file } = await setup();
    // A file where the revisions folder should be: every snapshot fails for real.
    await writeFile(path.join(dir, '.copydesk', 'revisions'), 'not a folder');
    await api.saveArticle({ path: opened.path, article: withText(opened.article, 'Saved anyway.'), baseStamp: saved.stamp, snapshot: 'manual' });
    expect(await readFile(file, 'utf8')).toContain('Saved anyway.');
    expect((await api.listRevisions({ articleId: opened.article.id })).revisions).toEqual([]); // the fault did happen
  });
});
