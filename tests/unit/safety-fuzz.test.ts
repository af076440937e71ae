import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFileError, bodyNode, newArticle, parseArticle, serializeArticle } from '../../shared/article';
import { HOST_METHODS, HostError } from '../../shared/contract';
import { importWireText } from '../../shared/import';
import { createHostService, dispatchHostCall } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';

/** Generated inputs against the file parser, the wire importer and the host API: no crash, no write outside the library, no loss. */

let base: string;
let dir: string;
let outside: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'copydesk-fuzz-'));
  dir = path.join(base, 'library');
  outside = path.join(base, 'outside');
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.copydesk.json'), 'SECRET');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function snapshotTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(root, full), await readFile(full, 'utf8'));
    }
  }
  return out;
}

describe('article file parser', () => {
  it('refuses any text that is not an article with ArticleFileError, never another crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        try {
          bodyNode(parseArticle(text).body);
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleFileError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid file with any field changed to any value is read or refused, never half-read', () => {
    const article = newArticle({ id: 'fuzz', now: '2026-11-27T10:00:00.000Z', headline: 'Storm', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wind.' }] }] } });
    const keys = Object.keys(JSON.parse(serializeArticle(article)));
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const json = { ...JSON.parse(serializeArticle(article)), [key]: value };
        try {
          const read = parseArticle(JSON.stringify(json));
          // Whatever was accepted writes back to the same text: nothing was dropped on the way.
          expect(parseArticle(serializeArticle(read))).toEqual(read);
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleFileError);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('wire text importer', () => {
  it('turns any text into a story the editor accepts, keeping every word', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.lorem({ maxCount: 12 }), fc.string(), fc.constantFrom('KYIV, Nov. 26 (Kyodo) --', 'By Jane Doe', '(PHOTO)', '==Kyodo', '')), { maxLength: 12 }), (lines) => {
        const text = lines.join('\n\n');
        const story = importWireText(text);
        const article = newArticle({ id: 'w', now: '2026-11-27T10:00:00.000Z', ...story });
        bodyNode(article.body);
        expect(parseArticle(serializeArticle(article))).toEqual(article);
      }),
      { numRuns: 300 },
    );
  });
});

describe('host API', () => {
  it('any call with any argument answers or refuses with a HostError; nothing outside the library changes; no story is lost', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: true });
    await symlink(path.join(outside, 'secret.copydesk.json'), path.join(dir, 'escape.copydesk.json'));
    const api = createHostService({ library, host: 'web', appVersion: 'fuzz' });
    const [sample] = await library.list();
    const outsideBefore = await snapshotTree(outside);
    const baseBefore = (await readdir(base)).sort();
    const hostile = fc.oneof(
      fc.constantFrom('..', '../secret.copydesk.json', '../outside/secret.copydesk.json', '/etc/passwd', 'C:\\x.copydesk.json', 'escape.copydesk.json', 'a/../../b.copydesk.json', '\0.copydesk.json', '.copydesk.json', 'ﬁle\u202e.copydesk.json', sample.path, sample.id),
      fc.string(),
    );
    const arg = fc.oneof(
      fc.anything(),
      fc.record({ path: hostile, headline: fc.string(), trashPath: hostile, articleId: hostile, revisionId: hostile, fileName: hostile, data: fc.base64String({ maxLength: 200 }) }, { requiredKeys: [] }),
    );
    const methods = HOST_METHODS.filter((m) => m !== 'waitForLibraryChanges');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...methods), fc.string()), arg, async (method, input) => {
        try {
          await dispatchHostCall(api, method, input);
        } catch (e) {
          expect(e, `${method} ${JSON.stringify(input)?.slice(0, 200)}`).toBeInstanceOf(HostError);
          expect((e as HostError).code).not.toBe('internal');
        }
      }),
      { numRuns: 600 },
    );
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect((await readdir(base)).sort()).toEqual(baseBefore);
    // The sample story is still in the library or its trash, whole.
    const everywhere = [...(await library.list()), ...(await library.listTrash())];
    expect(everywhere.some((a) => a.id === sample.id && !a.problem)).toBe(true);
  }, 120_000);
});
