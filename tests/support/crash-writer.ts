/**
 * A child process for the crash test (tests/unit/crash-save.test.ts), bundled to plain ESM before
 * the run so it starts fast. It saves one article over and over through the real library and
 * recovery journal — journal first, then the save, then the journal cleared, as the app does —
 * printing "J n" and "S n" after each step, until it is killed.
 *
 *   node crash-writer.mjs LIBRARY FILE FIRST_VERSION
 */
import { ArticleLibrary } from '../../electron/services/library';
import { RecoveryJournal } from '../../electron/services/recovery';
import { type Article, newArticle } from '../../shared/article';

const [root, name, first] = process.argv.slice(2);

export function versionedArticle(version: number): Article {
  const paragraphs = Array.from({ length: 40 }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Version ${version}, paragraph ${i}: the council met again and the vote was close. `.repeat(12) }],
  }));
  return newArticle({ id: 'crash-test-article', now: '2026-11-27T10:00:00.000Z', headline: `v${version}`, body: { type: 'doc', content: paragraphs } });
}

if (root && name && first) {
  const library = await ArticleLibrary.open({ root, seedSample: false });
  const journal = new RecoveryJournal(root);
  const say = (line: string) => process.stdout.write(`${line}\n`); // pipes are synchronous on POSIX
  say('R');
  for (let v = Number(first); ; v++) {
    const article = versionedArticle(v);
    await journal.write({ path: name, article, baseStamp: null });
    say(`J ${v}`);
    await library.save(name, article, null, true);
    say(`S ${v}`);
    await journal.clear(article.id);
  }
}
