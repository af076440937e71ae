import { readFile } from 'node:fs/promises';
import { type Article, ArticleFileError, type ArticleSummary, readArticle, summarizeArticle } from '../../../shared/article';

/**
 * The library-list entry for one article file. A file that cannot be read still gets an entry,
 * with the reason in `problem`, so a damaged story shows in the list instead of vanishing.
 */
export async function readSummary(full: string, name: string, mtime: Date): Promise<ArticleSummary> {
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    return problemSummary(name, mtime, e);
  }
  return summarizeFile(name, text, mtime).summary;
}

/** The list entry for a file's text and, when it is a readable article, the article itself (for the search index). */
export function summarizeFile(name: string, text: string, mtime: Date): { summary: ArticleSummary; article: Article | null } {
  try {
    const { article, body } = readArticle(text);
    return { summary: summarizeArticle(name, article, body), article };
  } catch (e) {
    return { summary: problemSummary(name, mtime, e), article: null };
  }
}

/** The entry of a file that is not a readable article: its name, and the reason in `problem`. */
export function problemSummary(name: string, mtime: Date, e: unknown): ArticleSummary {
  const problem = e instanceof ArticleFileError ? e.message : (e as Error).message;
  return { path: name, id: name, headline: name, byline: '', status: 'draft', words: 0, modified: mtime.toISOString(), problem };
}
