import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { type Article, bylineText, parseArticle } from '../../../shared/article';
import { DebouncedFile } from '../fs/debounced-file';
import { SearchIndexBuilder, termOf } from './index-builder';
import { serializeIndex } from './index-file';

/**
 * Full-text search over the library: headline, standfirst, byline and the story text (with photo
 * captions and credits). The index lives in memory and on disk in `.copydesk/search-index.json`,
 * with the size, mtime and ctime of each file it was built from, so a restart re-reads only the
 * articles that changed since. The file is a cache: a damaged or foreign one is ignored and the
 * index is rebuilt from the articles.
 *
 * The library list reads every new or changed article anyway; it hands each one here (`offer`),
 * so the index is brought up to date from what the list read instead of reading every file a
 * second time, and right after the listing (`syncSoon`), so the first search rarely waits.
 * Only the words search needs are kept: no story text is held once it is indexed (snippets are
 * cut from the one file when it is a result).
 */

export const SEARCH_INDEX_FILE = path.join('.copydesk', 'search-index.json');
const INDEX_FORMAT = 'copydesk-search-index';
const INDEX_VERSION = 1;
const SAVE_DELAY_MS = 2000;
/** Results that get a snippet from the story text (the others show their standfirst). */
const SNIPPETS = 12;
/** An empty index given at least this many articles is built in one go (SearchIndexBuilder), not one `add` at a time. */
const BULK_BUILD = 64;
/** Indexing gives way to other host calls this often, so a first build never holds them up for long. */
const YIELD_EVERY_MS = 40;

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
  processTerm: termOf,
  searchOptions: { boost: { headline: 3, byline: 2, standfirst: 1.5 }, combineWith: 'AND' as const },
};

function newIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>(OPTIONS);
}

/** What search indexes of an article (its file name is its id). */
export function searchDocument(name: string, article: Article): IndexedDoc {
  return { path: name, headline: article.headline, standfirst: article.standfirst, byline: bylineText(article.byline.contributors), body: bodyText(article.body) };
}

function sameStamp(a: SearchStamp, b: SearchStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
  /** Articles the library list has just read, with the stamp of what it read, waiting to be indexed. */
  private readonly offered = new Map<string, { stamp: SearchStamp; doc: IndexedDoc }>();
  private loaded: Promise<void> | null = null;
  /** Syncs run one at a time (the one after the listing and a search's may overlap). */
  private syncing: Promise<unknown> = Promise.resolve();
  private readonly cacheFile: DebouncedFile;

  constructor(root: string) {
    this.root = root;
    this.file = path.join(root, SEARCH_INDEX_FILE);
    // What JSON.stringify({ format, version, stamps, index }) writes, the index written term by term (index-file.ts).
    this.cacheFile = new DebouncedFile(
      this.file,
      SAVE_DELAY_MS,
      () => `{"format":${JSON.stringify(INDEX_FORMAT)},"version":${INDEX_VERSION},"stamps":${JSON.stringify(Object.fromEntries(this.stamps))},"index":${serializeIndex(this.index)}}`,
    );
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
   * An article the library has just read (`stamp`: the file as it was read): the next sync
   * indexes it from this instead of reading the file again.
   */
  offer(name: string, stamp: SearchStamp, article: Article): void {
    const known = this.stamps.get(name);
    if (known && sameStamp(known, stamp)) return;
    this.offered.set(name, { stamp, doc: searchDocument(name, article) });
  }

  /** Whether articles offered by the list are waiting to be indexed. */
  get hasOffers(): boolean {
    return this.offered.size > 0;
  }

  /**
   * Brings the index in line with the library's articles (`current`: file name → stamp):
   * adds new and changed articles, drops the ones that are gone. Returns how many were re-read.
   */
  sync(current: Map<string, SearchStamp>): Promise<number> {
    const run = this.syncing.then(() => this.syncNow(current));
    this.syncing = run.catch(() => undefined);
    return run;
  }

  /**
   * sync(), started on the next turn of the event loop (so the call that offered the articles
   * is answered first) and queued now (so a search or a flush waits for it).
   */
  syncSoon(current: Map<string, SearchStamp>): void {
    const run = this.syncing.then(nextTurn).then(() => this.syncNow(current));
    this.syncing = run.catch(() => undefined);
  }

  private async syncNow(current: Map<string, SearchStamp>): Promise<number> {
    await this.load();
    let changed = 0;
    for (const name of [...this.stamps.keys()]) {
      if (!current.has(name)) {
        this.remove(name);
        changed++;
      }
    }
    const stale: [string, SearchStamp][] = [];
    for (const [name, stamp] of current) {
      const known = this.stamps.get(name);
      if (!known || !sameStamp(known, stamp)) stale.push([name, stamp]);
    }
    // An empty index given many articles (a new library, or a lost index file) is built in one go.
    const bulk = this.index.documentCount === 0 && stale.length >= BULK_BUILD ? new SearchIndexBuilder<IndexedDoc>(OPTIONS) : null;
    const built: [string, SearchStamp][] = [];
    let turn = performance.now();
    for (const [name, stamp] of stale) {
      const doc = await this.documentFor(name, stamp);
      if (doc && bulk) {
        bulk.add(doc);
        built.push([name, stamp]);
      } else if (doc) this.put(name, stamp, doc);
      else this.remove(name);
      changed++;
      if (performance.now() - turn > YIELD_EVERY_MS) {
        await nextTurn();
        turn = performance.now();
      }
    }
    if (bulk) {
      this.index = bulk.finish(OPTIONS);
      for (const [name, stamp] of built) this.stamps.set(name, stamp);
    }
    // Offers for files that went away, or that are indexed as offered, are of no use now.
    for (const [name, offer] of [...this.offered]) {
      const indexed = this.stamps.get(name);
      if (!current.has(name) || (indexed && sameStamp(indexed, offer.stamp))) this.offered.delete(name);
    }
    if (changed) this.scheduleSave();
    return changed;
  }

  /** The article as it is now: what the list just read when it is still current, else the file. */
  private async documentFor(name: string, stamp: SearchStamp): Promise<IndexedDoc | null> {
    const offer = this.offered.get(name);
    if (offer && sameStamp(offer.stamp, stamp)) {
      this.offered.delete(name);
      return offer.doc;
    }
    try {
      return searchDocument(name, parseArticle(await readFile(path.join(this.root, name), 'utf8')));
    } catch {
      return null; // unreadable: not searchable until it is fixed
    }
  }

  private put(name: string, stamp: SearchStamp, doc: IndexedDoc) {
    if (this.index.has(name)) this.index.discard(name);
    this.index.add(doc);
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

  /** Writes pending changes now (atomically), after any sync under way. A failed write only costs a slower next start. */
  async flush(): Promise<void> {
    await this.syncing;
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
