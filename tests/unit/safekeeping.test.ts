import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Article, parseArticle, serializeArticle } from '../../shared/article';
import { HostError, type HostInput } from '../../shared/contract';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { journalFileName, RecoveryJournal } from '../../electron/services/recovery';
import { DAY_MS, HOUR_MS, RevisionStore, revisionsToKeep } from '../../electron/services/revisions';
import { LibraryWatcher } from '../../electron/services/watch';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-safe-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const withText = (article: Article, text: string): Article => ({
  ...article,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

describe('recovery journal', () => {
  it('keeps unsaved text until the save, then clears it; the host offers it only while it differs from the file', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const opened = await library.create('Fire at the docks');
    const typed = withText(opened.article, 'Flames rose above the cranes.');
    await api.journalArticle({ path: opened.path, article: typed, baseStamp: opened.stamp });
    const file = path.join(dir, '.copydesk', 'recovery', `${opened.article.id}.json`);
    expect(JSON.parse(await readFile(file, 'utf8')).article.body.content[0].content[0].text).toBe('Flames rose above the cranes.');
    expect((await api.listRecoveries({})).recoveries).toEqual([expect.objectContaining({ articleId: opened.article.id, path: opened.path, headline: 'Fire at the docks' })]);
    const { recovery } = await api.getRecovery({ articleId: opened.article.id });
    expect(recovery?.article.body).toEqual(typed.body);
    expect(recovery?.baseStamp).toEqual(opened.stamp);
    // The save clears the journal.
    await api.saveArticle({ path: opened.path, article: typed, baseStamp: opened.stamp });
    expect((await api.getRecovery({ articleId: opened.article.id })).recovery).toBeNull();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    // A journal left behind whose text is what the file already holds is not offered.
    await api.journalArticle({ path: opened.path, article: typed, baseStamp: null });
    expect((await api.listRecoveries({})).recoveries).toEqual([]);
  });

  it('discards only when asked, ignores damaged journals, and never lets an id reach another folder', async () => {
    const journal = new RecoveryJournal(dir);
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const opened = await library.create('Story');
    const hostile = { ...opened.article, id: '../../../escape' };
    await journal.write({ path: opened.path, article: hostile, baseStamp: null });
    const names = await readdir(path.join(dir, '.copydesk', 'recovery'));
    expect(names).toEqual([journalFileName('../../../escape')]);
    expect(names[0]).toMatch(/^id-[0-9a-f]{40}\.json$/);
    expect((await journal.read('../../../escape'))?.article.id).toBe('../../../escape');
    await writeFile(path.join(dir, '.copydesk', 'recovery', 'broken.json'), '{"format":"copydesk-recovery","vers');
    expect((await journal.list()).map((e) => e.article.id)).toEqual(['../../../escape']);
    await journal.clear('../../../escape');
    expect(await journal.list()).toEqual([]);
  });
});

describe('journal changes (typing in a long story journals the blocks that changed)', () => {
  const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const texts = (article: Article | undefined) => (article?.body.content ?? []).map((b) => (b as { content: { text: string }[] }).content[0]?.text);

  async function journaled() {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const opened = await library.create('Harbour fire');
    const article: Article = { ...opened.article, body: { type: 'doc', content: [para('Lead.'), para('Second.'), para('Third.')] } };
    const first = await api.journalArticle({ path: opened.path, article, baseStamp: opened.stamp });
    const recovered = async () => (await api.getRecovery({ articleId: article.id })).recovery?.article;
    return { library, api, opened, article, first, recovered };
  }

  it('applies the changed blocks (and fields) to the last entry; the journal file holds the whole story', async () => {
    const { api, opened, article, first, recovered } = await journaled();
    const base = { path: opened.path, articleId: article.id, baseStamp: opened.stamp };
    const second = await api.journalChanges({ ...base, since: first.entry, from: 1, to: 2, blocks: [para('Second, edited.'), para('A new third.')] });
    expect(second.entry).toEqual(expect.any(String));
    expect(second.entry).not.toBe(first.entry);
    expect(texts(await recovered())).toEqual(['Lead.', 'Second, edited.', 'A new third.', 'Third.']);
    const { body: _body, ...fields } = article;
    const third = await api.journalChanges({ ...base, since: second.entry!, fields: { ...fields, headline: 'Harbour fire: two hurt' }, from: 4, to: 4, blocks: [para('Ends here.')] });
    const now = await recovered();
    expect(now?.headline).toBe('Harbour fire: two hurt');
    expect(texts(now)).toEqual(['Lead.', 'Second, edited.', 'A new third.', 'Third.', 'Ends here.']);
    // Deleting blocks: nothing inserted.
    await api.journalChanges({ ...base, since: third.entry!, from: 0, to: 2, blocks: [] });
    expect(texts(await recovered())).toEqual(['A new third.', 'Third.', 'Ends here.']);
  });

  it('the article as opened is the first entry: the first journal while typing sends only the block typed in', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const created = await library.create('Flood warning');
    await api.saveArticle({ path: created.path, article: { ...created.article, body: { type: 'doc', content: [para('River rising.'), para('Roads closed.')] } }, baseStamp: created.stamp });
    const opened = await api.openArticle({ path: created.path });
    expect(opened.journalEntry).toEqual(expect.any(String));
    // Opening writes no journal.
    expect((await api.listRecoveries({})).recoveries).toEqual([]);
    const typed = await api.journalChanges({ path: opened.path, articleId: opened.article.id, since: opened.journalEntry!, baseStamp: opened.stamp, from: 1, to: 2, blocks: [para('Roads closed at noon.')] });
    expect(typed.entry).toEqual(expect.any(String));
    const { recovery } = await api.getRecovery({ articleId: opened.article.id });
    expect(texts(recovery?.article)).toEqual(['River rising.', 'Roads closed at noon.']);
    expect(recovery?.article.headline).toBe('Flood warning');
  });

  it('answers "send it all" for an entry it does not hold (an older one, another story, a restarted host)', async () => {
    const { library, api, opened, article, first, recovered } = await journaled();
    const base = { path: opened.path, articleId: article.id, baseStamp: null, from: 0, to: 1, blocks: [para('Changed.')] };
    const second = await api.journalChanges({ ...base, since: first.entry });
    expect(await api.journalChanges({ ...base, since: first.entry })).toEqual({ journaledAt: null, entry: null });
    expect(await api.journalChanges({ ...base, articleId: 'another-story', since: second.entry! })).toEqual({ journaledAt: null, entry: null });
    const restarted = createHostService({ library, host: 'web', appVersion: 'test' });
    expect(await restarted.journalChanges({ ...base, since: second.entry! })).toEqual({ journaledAt: null, entry: null });
    expect(texts(await recovered())).toEqual(['Changed.', 'Second.', 'Third.']);
    // The host keeps the entries of the last 16 stories opened or journaled, not of every one.
    for (let i = 0; i < 16; i++) await api.openArticle({ path: (await library.create(`Other story ${i}`)).path });
    expect(await api.journalChanges({ ...base, since: second.entry! })).toEqual({ journaledAt: null, entry: null });
  });

  it('refuses changes that would break the story and keeps the last entry as it was', async () => {
    const { api, opened, article, first, recovered } = await journaled();
    const base = { path: opened.path, articleId: article.id, baseStamp: null, since: first.entry };
    const refused = async (input: Partial<HostInput<'journalChanges'>>) => {
      const err = await api.journalChanges({ ...base, from: 0, to: 1, blocks: [], ...input }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe('invalid-argument');
    };
    await refused({ blocks: [{ type: 'no-such-block', content: [] }] });
    await refused({ blocks: [{ type: 'text', text: 'loose text at the top' }] });
    await refused({ from: 2, to: 1 });
    await refused({ from: 0, to: 4 });
    await refused({ from: 0, to: 3, blocks: [] }); // a story of no blocks
    const { body: _body, ...fields } = article;
    await refused({ fields: { ...fields, id: 'someone-else' } });
    expect(texts(await recovered())).toEqual(['Lead.', 'Second.', 'Third.']);
    // The entry still holds: good changes apply to it.
    expect((await api.journalChanges({ ...base, from: 3, to: 3, blocks: [para('Fourth.')] })).entry).toEqual(expect.any(String));
    expect(texts(await recovered())).toEqual(['Lead.', 'Second.', 'Third.', 'Fourth.']);
  });
});

describe('revision history', () => {
  it('keeps everything from the last hour, one an hour for a day, one a day after, newest always', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * DAY_MS }), { maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (ages, max) => {
        const now = 40 * DAY_MS;
        const times = ages.map((a) => now - a);
        const keep = revisionsToKeep(times, now, max);
        expect(keep.size).toBeLessThanOrEqual(max);
        if (times.length === 0) return;
        const newest = times.indexOf(Math.max(...times));
        expect([...keep].some((i) => times[i] === times[newest])).toBe(true);
        const recent = times.filter((t) => now - t < HOUR_MS).length;
        if (recent <= max) for (const [i, t] of times.entries()) if (now - t < HOUR_MS) expect(keep.has(i), `recent ${i}`).toBe(true);
        const hours = new Map<number, number>();
        for (const i of keep) {
          const t = times[i];
          if (now - t >= HOUR_MS && now - t < DAY_MS && t !== Math.max(...times)) {
            const h = Math.floor(t / HOUR_MS);
            hours.set(h, (hours.get(h) ?? 0) + 1);
          }
        }
        for (const count of hours.values()) expect(count).toBe(1);
      }),
    );
  });

  it('snapshots manual saves, autosaves at most every five minutes, skips identical text, and reads back', async () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const store = new RevisionStore(dir, () => new Date(now));
    const opened = await library.create('Budget');
    const v1 = withText(opened.article, 'one two three');
    expect(await store.snapshot(v1, 'manual')).toMatchObject({ reason: 'manual', words: 4 });
    expect(await store.snapshot(v1, 'manual')).toBeNull(); // same text
    now += 60_000;
    expect(await store.snapshot(withText(v1, 'one two three four'), 'autosave')).toBeNull(); // too soon
    now += 5 * 60_000;
    const auto = await store.snapshot(withText(v1, 'one two three four'), 'autosave');
    expect(auto).toMatchObject({ reason: 'autosave', words: 5 });
    const list = await store.list(opened.article.id);
    expect(list.map((r) => r.reason)).toEqual(['autosave', 'manual']);
    expect((await store.read(opened.article.id, list[1].id)).body).toEqual(v1.body);
    await expect(store.read(opened.article.id, '../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('a manual save through the host keeps a revision; choosing my version over a changed file keeps the other one too', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const opened = await library.create('Council');
    const mine = withText(opened.article, 'My lead paragraph.');
    const first = await api.saveArticle({ path: opened.path, article: mine, baseStamp: opened.stamp, snapshot: 'manual' });
    const file = path.join(dir, opened.path);
    await writeFile(file, serializeArticle(withText(opened.article, 'The sync client’s paragraph.')));
    await expect(api.saveArticle({ path: opened.path, article: withText(mine, 'Mine, edited.'), baseStamp: first.stamp, snapshot: 'autosave' })).rejects.toMatchObject({ code: 'conflict' });
    await api.saveArticle({ path: opened.path, article: withText(mine, 'Mine, edited.'), baseStamp: first.stamp, overwrite: true, snapshot: 'manual' });
    const { revisions } = await api.listRevisions({ articleId: opened.article.id });
    expect(revisions.map((r) => r.reason)).toEqual(['manual', 'replaced-on-disk', 'manual']);
    const theirs = await api.readRevision({ articleId: opened.article.id, revisionId: revisions[1].id });
    expect(JSON.stringify(theirs.article.body)).toContain('The sync client’s paragraph.');
  });
});

describe('library watcher (real fs.watch)', () => {
  it('reports a change made by another program, not the library’s own saves or a touched timestamp', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const opened = await library.create('Watched story');
    const watcher = new LibraryWatcher(library, { rescanMs: 60_000 });
    try {
      const { cursor } = await watcher.waitForChanges(undefined, 0);
      // Our own save: no change.
      const saved = await library.save(opened.path, withText(opened.article, 'Saved by Copydesk.'), opened.stamp);
      const quiet = await watcher.waitForChanges(cursor, 600);
      expect(quiet.changes).toEqual([]);
      // A touched timestamp: no change.
      await utimes(path.join(dir, opened.path), new Date(), new Date(Date.now() + 5000));
      expect((await watcher.waitForChanges(cursor, 600)).changes).toEqual([]);
      // Another program writes the file: one change with the new stamp.
      const theirs = serializeArticle(withText(saved.summary ? opened.article : opened.article, 'Written by a sync client.'));
      const waiting = watcher.waitForChanges(cursor, 10_000);
      await writeFile(path.join(dir, opened.path), theirs);
      const { changes, cursor: next } = await waiting;
      expect(changes).toHaveLength(1);
      expect(changes[0].path).toBe(opened.path);
      expect(changes[0].stamp?.sha256).not.toBe(saved.stamp.sha256);
      expect(changes[0].stamp?.size).toBe(Buffer.byteLength(theirs));
      // Deleted: reported with no stamp.
      const gone = watcher.waitForChanges(next, 10_000);
      await rm(path.join(dir, opened.path));
      expect((await gone).changes).toEqual([{ path: opened.path, stamp: null }]);
    } finally {
      watcher.close();
    }
  });

  it('a damaged file on disk is never saved over by an autosave, and a newer version never at all', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const opened = await library.create('Fragile');
    const file = path.join(dir, opened.path);
    await writeFile(file, '{"format": "copydesk-article", "schemaVersion": 1, "headl');
    await expect(library.save(opened.path, opened.article, null)).rejects.toMatchObject({ code: 'corrupt-file' });
    await expect(library.save(opened.path, opened.article, opened.stamp)).rejects.toMatchObject({ code: 'corrupt-file' });
    expect(await readFile(file, 'utf8')).toContain('"headl');
    const newer = JSON.stringify({ format: 'copydesk-article', schemaVersion: 9, id: 'x' });
    await writeFile(file, newer);
    await expect(library.save(opened.path, opened.article, null, true)).rejects.toMatchObject({ code: 'newer-version' });
    expect(await readFile(file, 'utf8')).toBe(newer);
    // The reporter's explicit choice may replace a damaged file (its bytes were refused for reading anyway).
    await writeFile(file, '{oops');
    await library.save(opened.path, opened.article, null, true);
    expect(parseArticle(await readFile(file, 'utf8')).id).toBe(opened.article.id);
  });
});
