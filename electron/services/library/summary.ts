import { readFile } from 'node:fs/promises';
import { ArticleFileError, type ArticleSummary, parseArticle, summarizeArticle } from '../../../shared/article';

/**
 * The library-list entry for one article file. A file that cannot be read still gets an entry,
 * with the reason in `problem`, so a damaged story shows in the list instead of vanishing.
 */
export async function readSummary(full: string, name: string, mtime: Date): Promise<ArticleSummary> {
  try {
    return summarizeArticle(name, parseArticle(await readFile(full, 'utf8')));
  } catch (e) {
    const problem = e instanceof ArticleFileError ? e.message : (e as Error).message;
    return { path: name, id: name, headline: name, byline: '', status: 'draft', words: 0, modified: mtime.toISOString(), problem };
  }
}
