import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../shared/contract';
import { ArticleLibrary } from '../../electron/services/library';
import { parseArticle, serializeArticle } from '../../shared/article';

let dir: string;
let outside: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-lib-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'copydesk-outside-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('expected a refusal');
}

describe('ArticleLibrary', () => {
  it('creates a new library with media and trash folders and the sample article, once', async () => {
    const lib = await ArticleLibrary.open({ root: dir });
    const list = await lib.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      path: 'zelenskyy-proposes-historic-defence-cooperation-with-japan.copydesk.json',
      headline: 'Zelenskyy proposes historic defence cooperation with Japan',
      byline: 'By Aghakazim Guliyev',
      status: 'draft',
    });
    expect(list[0].words).toBeGreaterThan(400);
    expect((await stat(path.join(dir, 'media'))).isDirectory()).toBe(true);
    // Deleting the sample does not bring it back next time.
    await lib.trash(list[0].path);
    const again = await ArticleLibrary.open({ root: dir });
    expect(await again.list()).toHaveLength(0);
  });

  it('does not seed a folder that already has articles', async () => {
    const first = await ArticleLibrary.open({ root: dir, seedSample: false });
    await first.create('Existing story');
    await rm(path.join(dir, '.copydesk'), { recursive: true });
    const lib = await ArticleLibrary.open({ root: dir });
    expect((await lib.list()).map((a) => a.headline)).toEqual(['Existing story']);
  });

  it('creates, saves, reopens and lists articles; the file on disk holds the text', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const created = await lib.create('Budget vote');
    expect(created.path).toBe('budget-vote.copydesk.json');
    const article = { ...created.article, standfirst: 'Council splits 7-2', body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council voted.' }] }] } };
    const saved = await lib.save(created.path, article, created.stamp);
    expect(saved.summary.words).toBe(2 + 3 + 3);
    const onDisk = parseArticle(await readFile(path.join(dir, created.path), 'utf8'));
    expect(onDisk.standfirst).toBe('Council splits 7-2');
    expect(JSON.stringify(onDisk.body)).toContain('The council voted.');
    const reopened = await lib.open(created.path);
    expect(reopened.stamp).toEqual(saved.stamp);
    expect((await lib.list()).map((a) => a.path)).toEqual(['budget-vote.copydesk.json']);
    // A second article with the same headline gets its own file.
    expect((await lib.create('Budget vote')).path).toBe('budget-vote-2.copydesk.json');
  });

  it('refuses to save over a file changed on disk since it was opened, unless told to', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const created = await lib.create('Original');
    const file = path.join(dir, created.path);
    await writeFile(file, serializeArticle({ ...created.article, headline: 'Changed by a sync client' }));
    const err = await refusal(lib.save(created.path, { ...created.article, headline: 'Mine' }, created.stamp));
    expect(err.code).toBe('conflict');
    expect(parseArticle(await readFile(file, 'utf8')).headline).toBe('Changed by a sync client');
    await lib.save(created.path, { ...created.article, headline: 'Mine' }, created.stamp, true);
    expect(parseArticle(await readFile(file, 'utf8')).headline).toBe('Mine');
  });

  it('renames safely: the file follows the headline and never replaces another file', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const a = await lib.create('First draft');
    await lib.create('Final headline');
    const renamed = await lib.rename(a.path, 'Final headline');
    expect(renamed.path).toBe('final-headline-2.copydesk.json');
    expect(renamed.article.headline).toBe('Final headline');
    expect((await readdir(dir)).filter((n) => n.endsWith('.json')).sort()).toEqual(['final-headline-2.copydesk.json', 'final-headline.copydesk.json']);
    // Renaming to the headline it already has keeps the name.
    expect((await lib.rename(renamed.path, 'Final headline')).path).toBe('final-headline-2.copydesk.json');
  });

  it('duplicates, trashes and restores without deleting anything', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const a = await lib.create('Story');
    const copy = await lib.duplicate(a.path);
    expect(copy.article.headline).toBe('Story (copy)');
    expect(copy.article.id).not.toBe(a.article.id);
    const { trashPath } = await lib.trash(a.path);
    expect((await lib.list()).map((x) => x.path)).toEqual([copy.path]);
    expect((await lib.listTrash()).map((x) => x.path)).toEqual([trashPath]);
    await lib.create('Story'); // takes the name back
    const restored = await lib.restore(trashPath);
    expect(restored.path).toBe('story-2.copydesk.json');
    expect((await lib.listTrash())).toHaveLength(0);
    expect((await lib.open(restored.path)).article.id).toBe(a.article.id);
  });

  it('ignores and never touches other files in the folder', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'notes.txt'), 'my notes');
    await writeFile(path.join(dir, 'draft.docx'), 'PK');
    await mkdir(path.join(dir, 'Photos'));
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    await lib.create('Only article');
    expect((await lib.list()).map((a) => a.headline)).toEqual(['Only article']);
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(await readFile(path.join(dir, 'draft.docx'), 'utf8')).toBe('PK');
  });

  it('sweeps temp files a killed save left behind, once they are an hour old, and nothing else', async () => {
    const lib0 = await ArticleLibrary.open({ root: dir, seedSample: false });
    const { path: story } = await lib0.create('Kept story');
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    const aged = async (name: string, text = 'half a save') => {
      await writeFile(path.join(dir, name), text);
      await utimes(path.join(dir, name), hourAgo, hourAgo);
    };
    await aged(`.${story}.0123456789ab.tmp`);
    await aged('.copydesk-library.json.a1b2c3d4e5f6.tmp');
    await writeFile(path.join(dir, `.${story}.ffffffffffff.tmp`), 'a save in progress'); // fresh: may be someone's write
    await aged('.notes.tmp', 'not ours'); // not the shape writeFileAtomic makes
    await aged('draft.0123456789ab.tmp', 'not hidden: not ours');
    await aged('media/.photo.jpg.00000000abcd.tmp');
    await mkdir(path.join(dir, '.copydesk', 'recovery'), { recursive: true });
    await aged('.copydesk/recovery/.story-id.json.0a0b0c0d0e0f.tmp');

    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp')).sort()).toEqual([`.${story}.ffffffffffff.tmp`, '.notes.tmp', 'draft.0123456789ab.tmp']);
    expect(await readdir(path.join(dir, 'media'))).toEqual([]);
    expect(await readdir(path.join(dir, '.copydesk', 'recovery'))).toEqual([]);
    expect((await lib.open(story)).article.headline).toBe('Kept story');
  });

  it('lists a damaged article with the reason and refuses to open it, leaving it as it is', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const broken = path.join(dir, 'broken.copydesk.json');
    await writeFile(broken, '{"format": "copydesk-article", "schemaVersion": 1, "headline": "half a fi');
    const [summary] = await lib.list();
    expect(summary.path).toBe('broken.copydesk.json');
    expect(summary.problem).toMatch(/damaged/);
    const err = await refusal(lib.open('broken.copydesk.json'));
    expect(err.code).toBe('corrupt-file');
    expect(err.message).toContain('broken.copydesk.json');
    expect(await readFile(broken, 'utf8')).toContain('half a fi');
    await writeFile(path.join(dir, 'future.copydesk.json'), JSON.stringify({ format: 'copydesk-article', schemaVersion: 7 }));
    expect((await refusal(lib.open('future.copydesk.json'))).code).toBe('newer-version');
  });

  it('refuses every path outside the library', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    await writeFile(path.join(outside, 'secret.copydesk.json'), serializeArticle((await lib.create('x')).article));
    await symlink(path.join(outside, 'secret.copydesk.json'), path.join(dir, 'link.copydesk.json'));
    const attempts: [string, string][] = [
      ['../secret.copydesk.json', 'outside-library'],
      [`..${path.sep}..${path.sep}etc${path.sep}passwd.copydesk.json`, 'outside-library'],
      [path.join(outside, 'secret.copydesk.json'), 'outside-library'],
      ['C:\\Windows\\win.copydesk.json', 'outside-library'],
      ['sub/dir.copydesk.json', 'invalid-path'],
      ['nul\0.copydesk.json', 'invalid-path'],
      ['notes.txt', 'invalid-path'],
      ['', 'invalid-path'],
      ['link.copydesk.json', 'outside-library'],
    ];
    for (const [p, code] of attempts) {
      expect((await refusal(lib.open(p))).code, p).toBe(code);
      expect((await refusal(lib.save(p, (await lib.open('x.copydesk.json')).article, null))).code, p).toBe(code);
    }
    expect((await refusal(lib.trash('../x.copydesk.json'))).code).toBe('outside-library');
    expect((await refusal(lib.restore('../../x.copydesk.json'))).code).toBe('outside-library');
    expect((await refusal(lib.mediaFile('media/../../etc/passwd'))).code).toBe('outside-library');
    // The link out is not listed either.
    expect((await lib.list()).map((a) => a.path)).toEqual(['x.copydesk.json']);
  });

  it('handles odd Unicode headlines as file names', async () => {
    const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
    const a = await lib.create('Зеленський: «Ми не відступимо»');
    expect(a.path).toBe('зеленський-ми-не-відступимо.copydesk.json');
    expect((await lib.open(a.path)).article.headline).toBe('Зеленський: «Ми не відступимо»');
    const b = await lib.create('🙂🙂🙂');
    expect(b.path).toBe('untitled.copydesk.json');
  });
});
