import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../shared/article';
import { HostError } from '../../shared/contract';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';

/** Nothing outside the library can be read or written through the host API, whatever the name. */

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-conf-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'copydesk-conf-out-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return (e as HostError).code;
  }
  return 'ok';
}

describe('path confinement', () => {
  it('refuses backslash, encoded and hidden tricks, and names of Copydesk’s own files', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const a = await library.create('Story');
    const cases: [string, string[]][] = [
      ['..\\..\\x.copydesk.json', ['outside-library']],
      ['sub\\x.copydesk.json', ['invalid-path']],
      ['./x.copydesk.json', ['invalid-path']],
      ['.copydesk/library.json', ['invalid-path']],
      ['.hidden.copydesk.json', ['invalid-path']],
      ['\\\\server\\share\\x.copydesk.json', ['outside-library']],
      ['x.copydesk.json\0.txt', ['invalid-path']],
    ];
    for (const [name, codes] of cases) {
      expect(codes, `open ${name}`).toContain(await code(api.openArticle({ path: name })));
      expect(codes, `save ${name}`).toContain(await code(api.saveArticle({ path: name, article: a.article, baseStamp: null })));
      expect(codes, `trash ${name}`).toContain(await code(api.trashArticle({ path: name })));
    }
    // Percent-encoding is not decoded: it is an ordinary (missing) name inside the library.
    expect(await code(api.openArticle({ path: '%2e%2e%2fx.copydesk.json' }))).toBe('not-found');
    // Nothing was created by any of it.
    expect((await readdir(dir)).filter((n) => !n.startsWith('.') && n !== 'media').sort()).toEqual([a.path]);
  });

  it('refuses links out of the library in the trash and the media folder', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const story = await library.create('Secret');
    await writeFile(path.join(outside, 'secret.copydesk.json'), serializeArticle(story.article));
    await writeFile(path.join(outside, 'passwd.jpg'), 'root:x:0:0');
    await symlink(path.join(outside, 'secret.copydesk.json'), path.join(dir, '.copydesk', 'trash', 'link.copydesk.json'));
    await symlink(path.join(outside, 'passwd.jpg'), path.join(dir, 'media', 'evil.jpg'));
    await symlink(outside, path.join(dir, 'media', 'previews'));
    expect(await code(library.restore('link.copydesk.json'))).toBe('outside-library');
    expect(await code(library.mediaFile('media/evil.jpg'))).toBe('outside-library');
    expect(await code(library.mediaFile('media/previews/passwd.jpg'))).toBe('outside-library');
    expect((await library.listTrash()).map((a) => a.path)).toEqual([]);
    expect(await readFile(path.join(outside, 'secret.copydesk.json'), 'utf8')).toBe(serializeArticle(story.article));
  });

  it('a link to another story inside the library is followed, and saving keeps the link', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const real = await library.create('Real');
    await symlink(path.join(dir, real.path), path.join(dir, 'alias.copydesk.json'));
    const opened = await library.open('alias.copydesk.json');
    await library.save('alias.copydesk.json', { ...opened.article, standfirst: 'Through the alias' }, opened.stamp);
    expect(await readFile(path.join(dir, real.path), 'utf8')).toContain('Through the alias');
  });

  it('hostile article ids never reach another folder for recovery or revisions', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const a = await library.create('Ids');
    for (const id of ['../../../../tmp/x', '..', '/etc/passwd', 'C:\\Windows', 'a/b', '\u202e', 'ǅ'.repeat(100)]) {
      const article = { ...a.article, id };
      await api.journalArticle({ path: a.path, article, baseStamp: null });
      await api.snapshotRevision({ article, reason: 'manual' });
      expect((await api.getRecovery({ articleId: id })).recovery?.article.id).toBe(id);
      const { revisions } = await api.listRevisions({ articleId: id });
      expect(revisions).toHaveLength(1);
      expect((await api.readRevision({ articleId: id, revisionId: revisions[0].id })).article.id).toBe(id);
      expect(await code(api.readRevision({ articleId: id, revisionId: `../${revisions[0].id}` }))).toBe('invalid-argument');
    }
    expect(await readdir(outside)).toEqual([]);
    const recoveryFiles = await readdir(path.join(dir, '.copydesk', 'recovery'));
    expect(recoveryFiles.every((n) => /^(id-[0-9a-f]{40}|[\w-]+)\.json$/.test(n))).toBe(true);
  });

  it('odd Unicode headlines (right-to-left marks, zero-width, combining, emoji) stay plain names in the library', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    for (const headline of ['evil\u202egnp.exe', 'zero\u200bwidth', 'Cafe\u0301 society', '../../escape', 'a/b\\c', '🔥 Fire 🔥', 'قمة الرياض']) {
      const created = await library.create(headline);
      expect(created.path).not.toMatch(/[\\/\u202e\u200b]|\.\./);
      expect((await library.open(created.path)).article.headline).toBe(headline);
    }
    expect(await readdir(outside)).toEqual([]);
    await mkdir(path.join(dir, 'sub'));
    expect(await readdir(path.join(dir, 'sub'))).toEqual([]);
  });
});
