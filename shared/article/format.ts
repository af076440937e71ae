import { Node } from 'prosemirror-model';
import { schema } from '../schema';
import { pendingChanges } from '../changes/article';
import { bylineText } from './byline';
import { ARTICLE_EXTENSION, ARTICLE_FORMAT, type Article, type ArticleSummary, articleSchema, CURRENT_SCHEMA_VERSION } from './model';
import { countDocWordsOnce, countWords } from './words';

/**
 * The on-disk article format: pretty-printed JSON with a fixed key order, so files are readable
 * and diff cleanly. See docs/article-format.md.
 */

export type ArticleFileErrorCode = 'corrupt' | 'newer-version' | 'invalid' | 'not-an-article';

export class ArticleFileError extends Error {
  constructor(
    readonly code: ArticleFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleFileError';
  }
}

const TOP_KEYS = [
  'format',
  'schemaVersion',
  'id',
  'headline',
  'standfirst',
  'status',
  'byline',
  'dateline',
  'created',
  'modified',
  'people',
  'quotes',
  'checks',
  'changes',
  'body',
] as const;
// Keys of ProseMirror JSON and nested records in reading order; others follow alphabetically.
const KNOWN_ORDER = [
  'type',
  'level',
  'order',
  'attrs',
  'text',
  'marks',
  'content',
  'position',
  'contributors',
  'name',
  'role',
  'affiliation',
  'contact',
  'place',
  'date',
];

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => {
      const ia = KNOWN_ORDER.indexOf(a);
      const ib = KNOWN_ORDER.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? 1e9 : ia) - (ib === -1 ? 1e9 : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function serializeArticle(article: Article): string {
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_KEYS) ordered[key] = key === 'format' || key === 'schemaVersion' ? article[key] : canonical(article[key]);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Migrations from each older schemaVersion to the next; a new version adds `n: (vn) => vn+1`
 * here and bumps CURRENT_SCHEMA_VERSION.
 *
 * 1 → 2: the desk's suggestions and notes (`changes`, and suggestion and note marks in the body).
 * A version 1 story has none, so it reads as it is; saved again, it is a version 2 file, which
 * an older Copydesk refuses rather than dropping marks it does not know.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (v1) => ({ ...v1, schemaVersion: 2 }),
};

export function migrateArticleJson(json: Record<string, unknown>): Record<string, unknown> {
  const declared = json.schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    throw new ArticleFileError('invalid', 'The file has no valid schemaVersion.');
  }
  let version: number = declared;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new ArticleFileError(
      'newer-version',
      `It was saved by a newer Copydesk (format version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Copydesk to open it; the file was left as it is.`,
    );
  }
  let current = json;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new ArticleFileError('invalid', `No migration from format version ${version}.`);
    current = step(current);
    version = current.schemaVersion as number;
  }
  return current;
}

/** Parses and checks an article file's text. Throws ArticleFileError with a reason a person can act on. */
export function parseArticle(text: string): Article {
  return readArticle(text).article;
}

/** parseArticle, also giving the body as the checked ProseMirror node it was checked as (so it is built once). */
export function readArticle(text: string): { article: Article; body: Node } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ArticleFileError('corrupt', `The file is damaged (not valid JSON: ${(e as Error).message}).`);
  }
  if (!json || typeof json !== 'object' || (json as Record<string, unknown>).format !== ARTICLE_FORMAT) {
    throw new ArticleFileError('not-an-article', 'The file is not a Copydesk article.');
  }
  const migrated = migrateArticleJson(json as Record<string, unknown>);
  const parsed = articleSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArticleFileError('invalid', `The file does not match the article format (${issue.path.join('.') || 'top level'}: ${issue.message}).`);
  }
  return { article: parsed.data, body: bodyNode(parsed.data.body) };
}

/** The body as a checked ProseMirror node; throws ArticleFileError when it breaks the schema. */
export function bodyNode(body: Article['body']): Node {
  try {
    const node = Node.fromJSON(schema, body);
    node.check();
    return node;
  } catch (e) {
    throw new ArticleFileError('invalid', `The story text does not match the editor's structure (${(e as Error).message}).`);
  }
}

/**
 * The two versions tell the same story: every field but the time it was saved, and the body as the
 * editor reads it (so JSON that differs only in defaults or key order is the same story).
 */
export function sameStory(a: Article, b: Article): boolean {
  const normal = (article: Article) => {
    let body: unknown = article.body;
    try {
      body = bodyNode(article.body).toJSON();
    } catch {
      // Not a valid story: compared as it is.
    }
    return JSON.stringify(canonical({ ...article, modified: '', body }));
  };
  return normal(a) === normal(b);
}

export function emptyBody(): Article['body'] {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function newArticle(init: Partial<Omit<Article, 'format' | 'schemaVersion'>> & { id: string; now: string }): Article {
  return {
    format: ARTICLE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id,
    headline: init.headline ?? '',
    standfirst: init.standfirst ?? '',
    status: init.status ?? 'draft',
    byline: init.byline ?? { position: 'top', contributors: [] },
    dateline: init.dateline ?? null,
    created: init.created ?? init.now,
    modified: init.modified ?? init.now,
    body: init.body ?? emptyBody(),
    people: init.people ?? [],
    quotes: init.quotes ?? [],
    ...(init.checks ? { checks: init.checks } : {}),
    ...(init.changes ? { changes: init.changes } : {}),
  };
}

export function articleWordCount(article: Article, body: Node = bodyNode(article.body)): number {
  return countWords(article.headline) + countWords(article.standfirst) + countDocWordsOnce(body);
}

export function summarizeArticle(path: string, article: Article, body?: Node): ArticleSummary {
  const pending = pendingChanges(article, body ?? bodyNode(article.body));
  return {
    ...(pending.suggestions ? { suggestions: pending.suggestions } : {}),
    ...(pending.notes ? { notes: pending.notes } : {}),
    path,
    id: article.id,
    headline: article.headline,
    byline: bylineText(article.byline.contributors),
    status: article.status,
    words: articleWordCount(article, body),
    modified: article.modified,
  };
}

/** The body's paragraphs as plain text, in reading order (for attribution, search, plain export). */
export function bodyParagraphs(body: Node): string[] {
  const out: string[] = [];
  body.descendants((node) => {
    if (node.isTextblock) {
      out.push(node.textContent);
      return false;
    }
    return true;
  });
  return out;
}

/** A file name for a headline: lower-case words joined by hyphens, at most 60 characters. */
export function slugForHeadline(headline: string): string {
  const slug = headline
    // Latin accents fold to plain letters (café → cafe); other scripts keep theirs (Київ stays Київ).
    .replace(/[\u00C0-\u024F]/g, (ch) => ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

export function isArticleFileName(name: string): boolean {
  return name.endsWith(ARTICLE_EXTENSION) && !name.startsWith('.');
}
