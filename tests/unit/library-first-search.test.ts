import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../electron/services/library';
import { SEARCH_INDEX_FILE } from '../../electron/services/search';
import { type Article, newArticle, serializeArticle } from '../../shared/article';

// A new library's first listing reads every article once; the search index is built from what it
// read, right after it, so the first search neither reads the files again nor waits long.

let dir: string;
let outside: string;
const open: ArticleLibrary[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-first-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'copydesk-outside-'));
});
afterEach(async () => {
  for (const lib of open.splice(0)) await lib.close();
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function library(): Promise<ArticleLibrary> {
  const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
  open.push(lib);
  return lib;
}

function story(i: number, text: string): Article {
  return newArticle({
    id: `story-${i}`,
    now: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    headline: `Council story ${i}`,
    byline: { position: 'top', contributors: [{ name: i % 2 ? 'Ana Costa' : 'Tom Walsh', role: 'writer', affiliation: null, contact: null }] },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  });
}

/** `count` articles written straight into the folder, as another program (or a copied library) leaves them. */
async function writeStories(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `story-${String(i).padStart(3, '0')}.copydesk.json`;
    const text = i === 7 ? 'The harbour pilots walked out over overtime pay.' : `Routine item number ${i} about the budget.`;
    await writeFile(path.join(dir, name), serializeArticle(story(i, text)));
    names.push(name);
  }
  return names;
}

describe('first listing and first search of a library with no index yet', () => {
  it('builds the search index right after the first listing, from what the listing read', async () => {
    const names = await writeStories(80); // enough for the index to be built in one go
    const lib = await library();
    expect((await lib.list()).map((a) => a.path).sort()).toEqual(names);
    await lib.flushIndexes(); // waits for the index built after the listing, and writes it
    const saved = JSON.parse(await readFile(path.join(dir, SEARCH_INDEX_FILE), 'utf8'));
    expect(Object.keys(saved.stamps).sort()).toEqual(names);

    const [hit, ...rest] = await lib.search('pilots overt');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ path: names[7], headline: 'Council story 7' });
    expect(hit?.snippet).toContain('overtime pay');
    expect(await lib.search('ana costa')).toHaveLength(40);
    expect((await lib.search('budget')).length).toBe(79);
  });

  it('gives the same results as an index built one article at a time', async () => {
    await writeStories(80);
    const first = await library();
    await first.list();
    const queries = ['budget', 'routine item', 'council story 7', 'tom walsh', 'overtme', 'numb'];
    const bulk = await Promise.all(queries.map((q) => first.search(q, 200)));
    await first.close();

    // Fewer articles than a bulk build takes, then the rest one save at a time.
    await rm(path.join(dir, '.copydesk'), { recursive: true, force: true });
    const names = (await writeStories(80)).slice(20);
    const held = new Map<string, string>();
    for (const name of names) {
      held.set(name, await readFile(path.join(dir, name), 'utf8'));
      await rm(path.join(dir, name));
    }
    const second = await library();
    await second.search('budget');
    for (const [name, text] of held) {
      await writeFile(path.join(dir, name), text);
      await second.search('budget');
    }
    const oneByOne = await Promise.all(queries.map((q) => second.search(q, 200)));
    const byPath = (results: { path: string; headline: string }[]) => results.map((r) => `${r.path} ${r.headline}`).sort();
    expect(oneByOne.map(byPath)).toEqual(bulk.map(byPath));
  });

  it('indexes an article changed after the listing read it as it is now', async () => {
    const names = await writeStories(70);
    const lib = await library();
    await lib.list();
    const full = path.join(dir, names[3] as string);
    await writeFile(full, serializeArticle(story(3, 'Changed: the ferry timetable.')));
    const later = new Date(Date.now() + 5000);
    await utimes(full, later, later);
    expect((await lib.search('ferry timetable')).map((r) => r.path)).toEqual([names[3]]);
    expect((await lib.search('routine item number 3')).map((r) => r.path)).not.toContain(names[3]);
  });

  it('writes a complete index when the library is closed while it is being built', async () => {
    const names = await writeStories(70);
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    await lib.list();
    await lib.close();
    const saved = JSON.parse(await readFile(path.join(dir, SEARCH_INDEX_FILE), 'utf8'));
    expect(Object.keys(saved.stamps).sort()).toEqual(names);
  });

  it('does not list or index a link out of the library, nor a folder with an article’s name', async () => {
    const names = await writeStories(3);
    await writeFile(path.join(outside, 'secret.copydesk.json'), serializeArticle(story(99, 'Secret pension files.')));
    await symlink(path.join(outside, 'secret.copydesk.json'), path.join(dir, 'link.copydesk.json'));
    await symlink(path.join(dir, names[0] as string), path.join(dir, 'alias.copydesk.json'));
    await mkdir(path.join(dir, 'folder.copydesk.json'));
    const lib = await library();
    expect((await lib.list()).map((a) => a.path).sort()).toEqual(['alias.copydesk.json', ...names]);
    expect(await lib.search('secret pension')).toEqual([]);
  });
});
