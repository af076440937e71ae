import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContributorDirectoryService, DIRECTORY_FILE } from '../../electron/services/contributors';
import { createHostService, dispatchHostCall } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { HostError } from '../../shared/contract';
import { mergeEntries, renameInArticle, suggestContributors } from '../../shared/contributors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-contributors-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const person = (name: string, role = 'writer', affiliation: string | null = null) => ({ name, role, affiliation, contact: null });

async function libraryWith(bylines: Record<string, ReturnType<typeof person>[]>) {
  const lib = await ArticleLibrary.open({ root: dir, seedSample: false });
  const paths: Record<string, string> = {};
  for (const [headline, contributors] of Object.entries(bylines)) {
    const created = await lib.create(headline);
    const saved = await lib.save(created.path, { ...created.article, byline: { position: 'top', contributors } }, created.stamp);
    paths[headline] = saved.path;
  }
  return { lib, paths };
}

describe('contributor directory', () => {
  it('starts from the bylines already in the library, and keeps names typed later', async () => {
    const { lib } = await libraryWith({ 'Storm hits coast': [person('Ana Ruiz', 'writer', 'Reuters'), person('Li Wei', 'additional-reporting')] });
    const directory = new ContributorDirectoryService(lib);
    expect((await directory.list()).map((e) => e.name)).toEqual(['Ana Ruiz', 'Li Wei']);
    await directory.remember([person('José Núñez Müller', 'photographer', 'Kyodo News'), person('  ')]);
    // A second service on the same folder reads the same file: the directory lives in the library.
    const again = new ContributorDirectoryService(lib);
    expect(await again.list()).toEqual([
      person('Ana Ruiz', 'writer', 'Reuters'),
      person('José Núñez Müller', 'photographer', 'Kyodo News'),
      person('Li Wei', 'additional-reporting'),
    ]);
    const file = JSON.parse(await readFile(path.join(dir, DIRECTORY_FILE), 'utf8'));
    expect(file.format).toBe('copydesk-contributors');
    expect(file.contributors).toHaveLength(3);
  });

  it('does not duplicate a name typed again with other spacing or case, and keeps known details', async () => {
    const { lib } = await libraryWith({});
    const directory = new ContributorDirectoryService(lib);
    await directory.remember([{ name: 'Ana Ruiz', role: 'writer', affiliation: 'Reuters', contact: 'ana@example.org' }]);
    const list = await directory.remember([person(' ana   ruiz ', 'editing')]);
    expect(list).toEqual([{ name: 'ana ruiz', role: 'editing', affiliation: 'Reuters', contact: 'ana@example.org' }]);
  });

  it('renaming reaches every article that credits the contributor, and only those', async () => {
    const { lib, paths } = await libraryWith({
      'Storm hits coast': [person('Ana Ruiz'), person('Tom Park')],
      'Floods in the north': [person('Tom Park', 'photographer')],
      'Budget passes': [person('Li Wei')],
    });
    const budgetBefore = await readFile(path.join(dir, paths['Budget passes']), 'utf8');
    const directory = new ContributorDirectoryService(lib);
    const result = await directory.rename('Tom Park', 'Thomas Park');
    expect(result.articles.map((a) => a.path).sort()).toEqual([paths['Floods in the north'], paths['Storm hits coast']].sort());
    const storm = await lib.open(paths['Storm hits coast']);
    expect(storm.article.byline.contributors.map((c) => c.name)).toEqual(['Ana Ruiz', 'Thomas Park']);
    expect(storm.stamp.sha256).toBe(result.articles.find((a) => a.path === paths['Storm hits coast'])?.stamp.sha256);
    expect((await lib.open(paths['Floods in the north'])).article.byline.contributors[0]).toEqual(person('Thomas Park', 'photographer'));
    expect(await readFile(path.join(dir, paths['Budget passes']), 'utf8')).toBe(budgetBefore);
    expect(result.contributors.map((e) => e.name)).toEqual(['Ana Ruiz', 'Li Wei', 'Thomas Park']);
    expect((await lib.list()).find((s) => s.path === paths['Storm hits coast'])?.byline).toBe('By Ana Ruiz and Thomas Park');
  });

  it('removing a name stops it being offered, touches no article, and a byline that credits it again brings it back', async () => {
    const { lib, paths } = await libraryWith({ 'Storm hits coast': [person('Ana Ruiz'), person('Tom Parc')] });
    const before = await readFile(path.join(dir, paths['Storm hits coast']), 'utf8');
    const directory = new ContributorDirectoryService(lib);
    expect((await directory.forget('  tom   parc ')).map((e) => e.name)).toEqual(['Ana Ruiz']);
    expect((await new ContributorDirectoryService(lib).list()).map((e) => e.name)).toEqual(['Ana Ruiz']);
    expect(await readFile(path.join(dir, paths['Storm hits coast']), 'utf8')).toBe(before);
    await expect(directory.forget('Tom Parc')).rejects.toMatchObject({ code: 'not-found' });
    expect((await directory.remember([person('Tom Parc')])).map((e) => e.name)).toEqual(['Ana Ruiz', 'Tom Parc']);
  });

  it('an editor still holding the old version gets a conflict instead of undoing the rename', async () => {
    const { lib, paths } = await libraryWith({ 'Storm hits coast': [person('Tom Park')] });
    const open = await lib.open(paths['Storm hits coast']);
    await new ContributorDirectoryService(lib).rename('Tom Park', 'Thomas Park');
    await expect(lib.save(open.path, open.article, open.stamp)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses an empty new name or an unknown contributor, and a damaged directory is left alone', async () => {
    const { lib } = await libraryWith({ 'Storm hits coast': [person('Tom Park')] });
    const directory = new ContributorDirectoryService(lib);
    await expect(directory.rename('Tom Park', '   ')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(directory.rename('Nobody Here', 'Somebody')).rejects.toMatchObject({ code: 'not-found' });
    await writeFile(path.join(dir, DIRECTORY_FILE), '{"format": "copydesk-contributors", "version": 1, "contributors": [');
    const err = await directory.remember([person('Ana Ruiz')]).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('corrupt-file');
    expect(err.message).toContain('contributors.json');
    expect(await readFile(path.join(dir, DIRECTORY_FILE), 'utf8')).toContain('"contributors": [');
    expect((await lib.open((await lib.list())[0].path)).article.byline.contributors[0].name).toBe('Tom Park');
  });

  it('is served through the host contract, with arguments checked', async () => {
    const { lib } = await libraryWith({ 'Storm hits coast': [person('Tom Park')] });
    const api = createHostService({ library: lib, host: 'web', appVersion: 'test' });
    expect(await dispatchHostCall(api, 'listContributors', {})).toEqual({ contributors: [person('Tom Park')] });
    await expect(dispatchHostCall(api, 'renameContributor', { from: '', to: 'x' })).rejects.toMatchObject({ code: 'invalid-argument' });
    const renamed = (await dispatchHostCall(api, 'renameContributor', { from: 'Tom Park', to: 'Thomas Park' })) as { articles: unknown[] };
    expect(renamed.articles).toHaveLength(1);
    await expect(dispatchHostCall(api, 'forgetContributor', { name: '' })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await dispatchHostCall(api, 'forgetContributor', { name: 'Thomas Park' })).toEqual({ contributors: [] });
  });
});

describe('directory helpers', () => {
  it('suggests names by their start, any word, and without accents', () => {
    const entries = mergeEntries([], [person('José Núñez Müller'), person('Ana Ruiz'), person('Juan Ana'), person('Tom Park')]);
    expect(suggestContributors(entries, 'jos').map((e) => e.name)).toEqual(['José Núñez Müller']);
    expect(suggestContributors(entries, 'nunez').map((e) => e.name)).toEqual(['José Núñez Müller']);
    expect(suggestContributors(entries, 'ana').map((e) => e.name)).toEqual(['Ana Ruiz', 'Juan Ana']);
    expect(suggestContributors(entries, 'Ana Ruiz')).toEqual([]);
    expect(suggestContributors(entries, '')).toEqual([]);
  });

  it('renames inside an article only where the name matches', () => {
    const article = { byline: { position: 'foot' as const, contributors: [person('Tom Park'), person('Tomas Parker')] } };
    const renamed = renameInArticle(article as never, 'tom park', 'Thomas Park');
    expect(renamed?.byline.contributors.map((c) => c.name)).toEqual(['Thomas Park', 'Tomas Parker']);
    expect(renameInArticle(article as never, 'Nobody', 'X')).toBeNull();
  });
});
