import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { type Article, bylineText, parseArticle } from '../../../shared/article';
import { DebouncedFile } from '../fs/debounced-file';

/**
 * Full-text search over the library: headline, standfirst, byline and the story text (with photo
 * captions and credits). The index lives in memory and on disk in `.copydesk/search-index.json`,
 * with the size, mtime and ctime of each file it was built from, so a restart re-reads only the
 * articles that changed since. The file is a cache: a damaged or foreign one is ignored and the
 * index is rebuilt from the articles.
 */

export const SEARCH_INDEX_FILE = path.join('.copydesk', 'search-index.json');
const INDEX_FORMAT = 'copydesk-search-index';
const INDEX_VERSION = 1;
const SAVE_DELAY_MS = 2000;
/** Results that get a snippet from the story text (the others show their standfirst). */
const SNIPPETS = 12;

export interface SearchStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface SearchResult {
  path: string;
  headline: string;
  snippet: string;
}

interface IndexedDoc {
  path: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
}

const OPTIONS = {
  idField: 'path',
  fields: ['headline', 'standfirst', 'byline', 'body'],
  storeFields: ['headline', 'standfirst'],
  searchOptions: { boost: { headline: 3, byline: 2, standfirst: 1.5 }, combineWith: 'AND' as const },
};

function newIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>(OPTIONS);
}

/** The story text of a ProseMirror JSON body, paragraph by paragraph, with photo captions and credits. */
export function bodyText(body: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown, into: string[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; text?: string; attrs?: Record<string, unknown>; content?: unknown[] };
    if (n.type === 'text' && typeof n.text === 'string') into.push(n.text);
    else if (n.type === 'photo' && n.attrs) out.push([n.attrs.caption, n.attrs.credit].filter((s) => typeof s === 'string' && s).join(' '));
    if (Array.isArray(n.content)) {
      const block: string[] = [];
      for (const child of n.content) walk(child, block);
      if (block.length) out.push(block.join(''));
    }
  };
  walk(body, out);
  return out.filter(Boolean).join('\n');
}

export class ArticleSearchIndex {
  private readonly root: string;
  private readonly file: string;
  private index = newIndex();
  private stamps = new Map<string, SearchStamp>();
  private loaded: Promise<void> | null = null;
  private readonly cacheFile: DebouncedFile;

  constructor(root: string) {
    this.root = root;
    this.file = path.join(root, SEARCH_INDEX_FILE);
    this.cacheFile = new DebouncedFile(this.file, SAVE_DELAY_MS, () => JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, stamps: Object.fromEntries(this.stamps), index: this.index }));
  }

  /** Number of articles in the index. */
  get size(): number {
    return this.index.documentCount;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      let text: string;
      try {
        text = await readFile(this.file, 'utf8');
      } catch {
        return;
      }
      try {
        const data = JSON.parse(text) as { format?: unknown; version?: unknown; stamps?: unknown; index?: unknown };
        if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || !data.stamps || typeof data.stamps !== 'object' || !data.index) return;
        const index = MiniSearch.loadJS<IndexedDoc>(data.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
        const stamps = new Map<string, SearchStamp>();
        for (const [name, s] of Object.entries(data.stamps as Record<string, SearchStamp>)) {
          if (s && typeof s.size === 'number' && typeof s.mtimeMs === 'number' && typeof s.ctimeMs === 'number' && index.has(name)) stamps.set(name, s);
        }
        this.index = index;
        this.stamps = stamps;
      } catch {
        // A damaged index file is only a cache: start empty; sync() rebuilds it from the articles.
        this.index = newIndex();
        this.stamps = new Map();
      }
    })();
    return this.loaded;
  }

  /**
   * Brings the index in line with the library's articles (`current`: file name → stamp):
   * adds new and changed articles, drops the ones that are gone. Returns how many were re-read.
   */
  async sync(current: Map<string, SearchStamp>): Promise<number> {
    await this.load();
    let changed = 0;
    for (const name of [...this.stamps.keys()]) {
      if (!current.has(name)) {
        this.remove(name);
        changed++;
      }
    }
    for (const [name, stamp] of current) {
      const known = this.stamps.get(name);
      if (known && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs && known.ctimeMs === stamp.ctimeMs) continue;
      let article: Article | null = null;
      try {
        article = parseArticle(await readFile(path.join(this.root, name), 'utf8'));
      } catch {
        article = null; // unreadable: not searchable until it is fixed
      }
      if (article) this.put(name, stamp, article);
      else this.remove(name);
      changed++;
    }
    if (changed) this.scheduleSave();
    return changed;
  }

  private put(name: string, stamp: SearchStamp, article: Article) {
    if (this.index.has(name)) this.index.discard(name);
    this.index.add({
      path: name,
      headline: article.headline,
      standfirst: article.standfirst,
      byline: bylineText(article.byline.contributors),
      body: bodyText(article.body),
    });
    this.stamps.set(name, stamp);
  }

  private remove(name: string) {
    if (this.index.has(name)) this.index.discard(name);
    this.stamps.delete(name);
  }

  /** Articles matching every word of `query` (the last one as a prefix), best first. */
  async search(query: string, limit = 100): Promise<SearchResult[]> {
    await this.load();
    const q = query.trim();
    if (!q) return [];
    const hits = this.index.search(q, {
      // Only the word being typed is a prefix; longer words forgive a typo.
      prefix: (term, i, all) => i === all.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    });
    const top = hits.slice(0, limit);
    const results: SearchResult[] = top.map((h) => ({ path: String(h.id), headline: String(h.headline ?? ''), snippet: String(h.standfirst ?? '') }));
    // Snippets from the story text for the first few results, read from the files themselves.
    await Promise.all(
      top.slice(0, SNIPPETS).map(async (h, i) => {
        try {
          const json = JSON.parse(await readFile(path.join(this.root, String(h.id)), 'utf8')) as { body?: unknown };
          const snippet = snippetFor(bodyText(json.body), h.terms);
          if (snippet) results[i]!.snippet = snippet;
        } catch {
          // keep the standfirst
        }
      }),
    );
    return results;
  }

  private scheduleSave() {
    this.cacheFile.schedule();
  }

  /** Writes pending changes now (atomically). A failed write only costs a slower next start. */
  flush(): Promise<void> {
    return this.cacheFile.flush();
  }
}

/** About 160 characters of text around the first of `terms`, on word boundaries. */
export function snippetFor(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const m = re.exec(lower);
    if (m && (at === -1 || m.index < at)) at = m.index + m[1]!.length;
  }
  if (at === -1) return '';
  let start = Math.max(0, at - 60);
  let end = Math.min(text.length, at + 100);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
