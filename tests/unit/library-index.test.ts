import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../electron/services/library';
import { SUMMARY_INDEX_FILE } from '../../electron/services/library/index-cache';
import { SEARCH_INDEX_FILE, snippetFor } from '../../electron/services/search';
import { type Article, parseArticle, serializeArticle } from '../../shared/article';

let dir: string;
const open: ArticleLibrary[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-index-'));
});
afterEach(async () => {
  for (const lib of open.splice(0)) await lib.close();
  await rm(dir, { recursive: true, force: true });
});

async function library(): Promise<ArticleLibrary> {
  const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
  open.push(lib);
  return lib;
}

function withBody(article: Article, text: string): Article {
  return { ...article, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
}

async function story(lib: ArticleLibrary, headline: string, text: string): Promise<string> {
  const created = await lib.create(headline);
  const saved = await lib.save(created.path, withBody(created.article, text), created.stamp);
  return saved.path;
}

describe('library summary index', () => {
  it('is written to disk and used by the next start for files that did not change', async () => {
    const first = await library();
    const name = await story(first, 'Harbour strike ends', 'Dockers returned to work on Monday.');
    expect((await first.list()).map((a) => a.headline)).toEqual(['Harbour strike ends']);
    await first.close();

    const file = path.join(dir, SUMMARY_INDEX_FILE);
    const index = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(index.entries)).toEqual([name]);
    // Prove the next start trusts the index for an unchanged file: doctor the cached headline.
    index.entries[name].summary.headline = 'From the index';
    await writeFile(file, JSON.stringify(index));
    const second = await library();
    expect((await second.list())[0]?.headline).toBe('From the index');
  });

  it('re-reads a file that changed since the index was written (stale entry rebuilt)', async () => {
    const first = await library();
    const name = await story(first, 'Budget vote', 'The council voted.');
    await first.list();
    await first.close();

    const full = path.join(dir, name);
    const article = parseArticle(await readFile(full, 'utf8'));
    await writeFile(full, serializeArticle({ ...article, headline: 'Budget vote delayed' }));
    const later = new Date(Date.now() + 5000);
    await utimes(full, later, later);
    const second = await library();
    expect((await second.list()).map((a) => a.headline)).toEqual(['Budget vote delayed']);
  });

  it('ignores a damaged index file and rebuilds it', async () => {
    const first = await library();
    await story(first, 'Flood warning', 'Rivers rose overnight.');
    await first.close();
    await writeFile(path.join(dir, SUMMARY_INDEX_FILE), '{"format":"copydesk-library-index","version":1,"entries":{"x.copydesk.json":');
    const second = await library();
    expect((await second.list()).map((a) => a.headline)).toEqual(['Flood warning']);
    await second.flushIndexes();
    const rebuilt = JSON.parse(await readFile(path.join(dir, SUMMARY_INDEX_FILE), 'utf8'));
    expect(Object.values(rebuilt.entries).map((e) => (e as { summary: { headline: string } }).summary.headline)).toEqual(['Flood warning']);
  });

  it('sees a file added or removed by another program', async () => {
    const lib = await library();
    const name = await story(lib, 'Rail link approved', 'Trains by 2030.');
    await lib.list();
    const copy = path.join(dir, 'copied-by-hand.copydesk.json');
    await writeFile(copy, await readFile(path.join(dir, name), 'utf8'));
    await expect.poll(async () => (await lib.list()).map((a) => a.path).sort()).toEqual(['copied-by-hand.copydesk.json', name].sort());
    await rm(copy);
    await expect.poll(async () => (await lib.list()).map((a) => a.path)).toEqual([name]);
  });
});

describe('library search', () => {
  it('finds articles by headline, byline and body words, the last word as a prefix, with a snippet', async () => {
    const lib = await library();
    const a = await story(lib, 'Harbour strike ends', 'Dockers returned to work on Monday after a deal on overtime pay.');
    await story(lib, 'Council budget', 'The council approved the budget for schools.');
    expect((await lib.search('dockers')).map((r) => r.path)).toEqual([a]);
    expect((await lib.search('harbour overt')).map((r) => r.path)).toEqual([a]);
    const [hit] = await lib.search('overtime');
    expect(hit).toMatchObject({ path: a, headline: 'Harbour strike ends' });
    expect(hit?.snippet).toContain('overtime pay');
    expect(await lib.search('   ')).toEqual([]);
  });

  it('is updated when an article is saved, and drops trashed articles', async () => {
    const lib = await library();
    const created = await lib.create('Water supply');
    expect(await lib.search('reservoir')).toEqual([]);
    const saved = await lib.save(created.path, withBody(created.article, 'The reservoir is half empty.'), created.stamp);
    expect((await lib.search('reservoir')).map((r) => r.path)).toEqual([saved.path]);
    await lib.trash(saved.path);
    expect(await lib.search('reservoir')).toEqual([]);
    await lib.restore(saved.path);
    expect((await lib.search('reservoir')).map((r) => r.path)).toEqual([saved.path]);
  });

  it('persists the index, re-reads only stale entries, and rebuilds from a damaged index file', async () => {
    const first = await library();
    const name = await story(first, 'Hospital wing', 'The new wing opens in spring.');
    await story(first, 'Bus network', 'Night buses return.');
    expect(await first.search('spring')).toHaveLength(1);
    await first.close();
    const saved = JSON.parse(await readFile(path.join(dir, SEARCH_INDEX_FILE), 'utf8'));
    expect(Object.keys(saved.stamps)).toHaveLength(2);

    // Changed behind Copydesk's back while it was closed: the next start re-indexes that file.
    const full = path.join(dir, name);
    const article = parseArticle(await readFile(full, 'utf8'));
    await writeFile(full, serializeArticle(withBody(article, 'The new wing opens in autumn.')));
    const second = await library();
    expect(await second.search('spring')).toEqual([]);
    expect((await second.search('autumn')).map((r) => r.path)).toEqual([name]);
    await second.close();

    await writeFile(path.join(dir, SEARCH_INDEX_FILE), 'not json at all');
    const third = await library();
    expect((await third.search('night buses')).map((r) => r.headline)).toEqual(['Bus network']);
    expect((await third.search('autumn')).map((r) => r.path)).toEqual([name]);
  });

  it('cuts a snippet around the first matching word', () => {
    const text = `${'Lead words here. '.repeat(10)}The mayor said the flood barrier will hold. ${'Tail words follow. '.repeat(10)}`;
    const snippet = snippetFor(text, ['flood']);
    expect(snippet).toContain('flood barrier');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(200);
    expect(snippetFor(text, ['absent'])).toBe('');
  });
});
