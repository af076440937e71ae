import MiniSearch, { type Options } from 'minisearch';

/**
 * Builds the search index of many articles at once (a library's first search, or a rebuild after
 * the index file was lost): each field is scanned once, its words counted as they are found, and
 * MiniSearch is handed the finished maps it would have built.
 *
 * The result is the index `MiniSearch.add` builds from the same documents in the same order: the
 * same terms, frequencies, field lengths and running averages, so the same scores and the same
 * results (tests/unit/search-index-builder.test.ts compares the two, text by text). It is several
 * times faster: `add` splits each field with a regular expression, lower-cases every word and
 * looks it up in its radix tree once per occurrence; this finds each occurrence by a hash taken
 * while scanning and touches the tree once per distinct term. It follows MiniSearch's default
 * tokenizer (split on `SPACE_OR_PUNCTUATION`) and `termOf` below as its term processing (lower
 * case), which is what the library's search index uses.
 */

/**
 * The index term for a word: lower case, as MiniSearch's default `processTerm` makes it, and a
 * string of its own. V8 cuts a substring of 13 characters or more as a view into the string it
 * came from, so a term kept in the index would keep the whole text of the story it was first
 * seen in alive (about 30 MB for the bench's library). The search index uses this as its
 * `processTerm`, for documents added one at a time too.
 */
export function termOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.length < 13 ? lower : (lower + ' ').slice(0, -1);
}

/** MiniSearch's default `tokenize`: split on runs of new lines, spaces and punctuation. */
const SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;

/** For each UTF-16 code unit: 0 not looked at yet, 1 part of a word, 2 a separator by itself (lone surrogates are not). */
const separatorTable = new Uint8Array(0x10000);
const astralSeparators = new Map<number, boolean>();

function isSeparator(c: number): boolean {
  let k = separatorTable[c] as number;
  if (k === 0) {
    k = c < 0xd800 || c > 0xdfff ? (SEPARATOR.test(String.fromCharCode(c)) ? 2 : 1) : 1;
    separatorTable[c] = k;
  }
  return k === 2;
}

/** Whether the code point of the surrogate pair at `i` is a separator (cached: these are rare). */
function astralSeparatorAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i) as number;
  let is = astralSeparators.get(cp);
  if (is === undefined) {
    is = SEPARATOR.test(String.fromCodePoint(cp));
    astralSeparators.set(cp, is);
  }
  return is;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A term of the index (its number, in order of first appearance), and its count in the field being read. */
interface Term {
  readonly id: number;
  pass: number;
  count: number;
}

/** A word as it appears in the text (case kept): MiniSearch counts a field's length in distinct such words. */
interface Word {
  readonly text: string;
  readonly hash: number;
  /** null for the empty word (text that starts or ends with a separator): counted in the length, not indexed */
  readonly term: Term | null;
  pass: number;
}

/** Whether `word` is the same as `text` from `start` on (its length already compared). */
function sameText(word: string, text: string, start: number): boolean {
  for (let j = 0; j < word.length; j++) if (word.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

type BuilderOptions<T> = Pick<Options<T>, 'idField' | 'fields' | 'storeFields'> & { idField: string };

export class SearchIndexBuilder<T> {
  private readonly options: BuilderOptions<T>;
  /**
   * The distinct words seen, found by a hash computed while scanning: an open-addressing table of
   * indexes into `wordList` (plus one; 0 is empty). A word is cut out of the text (a new string)
   * only the first time it is seen, not at each of its millions of occurrences.
   */
  private slots = new Int32Array(1 << 12);
  private readonly wordList: Word[] = [];
  private readonly terms = new Map<string, Term>();
  private readonly documentIds = new Map<number, unknown>();
  private readonly fieldLength = new Map<number, number[]>();
  private readonly storedFields = new Map<number, Record<string, unknown>>();
  private readonly averageFieldLength: number[] = [];
  private documentCount = 0;
  /** One number per field of each document read, so a word's first occurrence in it is known without a set. */
  private pass = 0;
  private readonly inField: Term[] = [];
  /**
   * Every posting as it is found: (term × field, document, occurrences), three numbers each.
   * MiniSearch's maps are built from these at the end, one map at a time: filling thousands of
   * maps a posting at a time, in document order, spent most of the build waiting on memory.
   */
  private postings = new Int32Array(3 << 16);
  private postingCount = 0;

  constructor(options: BuilderOptions<T>) {
    this.options = options;
  }

  get size(): number {
    return this.documentCount;
  }

  add(document: T): void {
    const { idField, fields, storeFields = [] } = this.options;
    const fieldsOf = document as Record<string, unknown>;
    const id = this.documentCount;
    this.documentIds.set(id, fieldsOf[idField]);
    if (storeFields.length > 0) {
      const stored: Record<string, unknown> = {};
      for (const name of storeFields) if (fieldsOf[name] !== undefined) stored[name] = fieldsOf[name];
      this.storedFields.set(id, stored);
    }
    let lengths: number[] | undefined;
    for (let fieldId = 0; fieldId < fields.length; fieldId++) {
      const value = fieldsOf[fields[fieldId] as string];
      if (value == null) continue;
      const length = this.readField(String(value), fieldId, id);
      lengths ??= [];
      lengths[fieldId] = length;
      // MiniSearch keeps a running average, rounding as it goes; the same arithmetic gives the same scores.
      this.averageFieldLength[fieldId] = ((this.averageFieldLength[fieldId] || 0) * id + length) / (id + 1);
    }
    if (lengths) this.fieldLength.set(id, lengths);
    this.documentCount++;
  }

  /** Counts the field's words into the postings; returns its length (distinct words, case kept). */
  private readField(text: string, fieldId: number, id: number): number {
    const pass = ++this.pass;
    const inField = this.inField;
    inField.length = 0;
    let distinct = 0;
    const n = text.length;
    let start = 0;
    let hash = 0;
    let i = 0;
    const table = separatorTable;
    for (;;) {
      // Scan one word: up to a separator (one code unit, or a surrogate pair) or the end.
      let separator = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = table[c] as number;
        if (k === 2 || (k === 0 && isSeparator(c))) {
          separator = 1;
          break;
        }
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (astralSeparatorAt(text, i)) {
              separator = 2;
              break;
            }
            hash = (Math.imul(hash, 31) + c) | 0;
            i++;
          }
        }
        hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
        i++;
      }
      const word = this.wordAt(text, start, i, hash);
      if (word.pass !== pass) {
        word.pass = pass;
        distinct++;
      }
      const term = word.term;
      if (term) {
        if (term.pass !== pass) {
          term.pass = pass;
          term.count = 0;
          inField.push(term);
        }
        term.count++;
      }
      if (separator === 0) break;
      i += separator;
      // A run of separators is one split.
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = table[d] as number;
        if (k === 2 || (k === 0 && isSeparator(d))) i++;
        else if (d >= 0xd800 && d <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) && astralSeparatorAt(text, i)) i += 2;
        else break;
      }
      start = i;
      hash = 0;
    }
    const fieldCount = this.options.fields.length;
    if ((this.postingCount + inField.length) * 3 > this.postings.length) {
      const more = new Int32Array(Math.max(this.postings.length * 2, (this.postingCount + inField.length) * 3));
      more.set(this.postings);
      this.postings = more;
    }
    const postings = this.postings;
    let at = this.postingCount * 3;
    for (const term of inField) {
      postings[at++] = term.id * fieldCount + fieldId;
      postings[at++] = id;
      postings[at++] = term.count;
    }
    this.postingCount += inField.length;
    return distinct;
  }

  /** The word `text[start..end)` (whose hash is `hash`), added the first time it is seen. */
  private wordAt(text: string, start: number, end: number, hash: number): Word {
    const length = end - start;
    let mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (let k = this.slots[slot] as number; k !== 0; k = this.slots[slot] as number) {
      const word = this.wordList[k - 1] as Word;
      if (word.hash === hash && word.text.length === length && sameText(word.text, text, start)) return word;
      slot = (slot + 1) & mask;
    }
    const w = text.slice(start, end);
    const word: Word = { text: w, hash, term: this.termFor(termOf(w)), pass: 0 };
    this.wordList.push(word);
    this.slots[slot] = this.wordList.length;
    if (this.wordList.length * 2 > this.slots.length) {
      // Keep the table at most half full: twice the size, every word placed again.
      this.slots = new Int32Array(this.slots.length * 2);
      mask = this.slots.length - 1;
      this.wordList.forEach((known, index) => {
        let at = (known.hash ^ (known.hash >>> 15)) & mask;
        while (this.slots[at] !== 0) at = (at + 1) & mask;
        this.slots[at] = index + 1;
      });
    }
    return word;
  }

  private termFor(processed: string): Term | null {
    if (!processed) return null;
    let term = this.terms.get(processed);
    if (!term) {
      term = { id: this.terms.size, pass: 0, count: 0 };
      this.terms.set(processed, term);
    }
    return term;
  }

  /** The MiniSearch index of every document added, in the order they were added. The builder is spent. */
  finish(options: Options<T>): MiniSearch<T> {
    // Postings grouped by term × field (a counting sort, so each group stays in document order).
    const fieldCount = this.options.fields.length;
    const groups = this.terms.size * fieldCount;
    const start = new Int32Array(groups + 1);
    const postings = this.postings;
    const count = this.postingCount;
    for (let p = 0; p < count; p++) start[(postings[p * 3] as number) + 1]++;
    for (let g = 0; g < groups; g++) start[g + 1] += start[g] as number;
    const next = start.slice(0, groups);
    const order = new Int32Array(count);
    for (let p = 0; p < count; p++) order[next[postings[p * 3] as number]++] = p;
    const byTerm = new Map<string, Map<number, Map<number, number>>>();
    for (const [text, term] of this.terms) {
      const fields = new Map<number, Map<number, number>>();
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const g = term.id * fieldCount + fieldId;
        const end = start[g + 1] as number;
        if (start[g] === end) continue;
        const docs = new Map<number, number>();
        for (let k = start[g] as number; k < end; k++) {
          const p = (order[k] as number) * 3;
          docs.set(postings[p + 1] as number, postings[p + 2] as number);
        }
        fields.set(fieldId, docs);
      }
      byTerm.set(text, fields);
    }
    this.postings = new Int32Array(0);
    return new BuiltIndex<T>(options, {
      documentCount: this.documentCount,
      documentIds: this.documentIds,
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      storedFields: this.storedFields,
      terms: byTerm,
    });
  }
}

/**
 * A MiniSearch index given its state whole, as `MiniSearch.loadJS` gives it but without the
 * round trip through plain objects (MiniSearch declares this state `protected` for subclasses).
 * Afterwards it is an ordinary MiniSearch: documents are added, discarded and saved as usual.
 */
class BuiltIndex<T> extends MiniSearch<T> {
  constructor(
    options: Options<T>,
    built: {
      documentCount: number;
      documentIds: Map<number, unknown>;
      fieldLength: Map<number, number[]>;
      averageFieldLength: number[];
      storedFields: Map<number, Record<string, unknown>>;
      terms: Map<string, Map<number, Map<number, number>>>;
    },
  ) {
    super(options);
    this._documentCount = built.documentCount;
    this._nextId = built.documentCount;
    this._documentIds = built.documentIds;
    for (const [shortId, id] of built.documentIds) this._idToShortId.set(id, shortId);
    this._fieldLength = built.fieldLength;
    this._avgFieldLength = built.averageFieldLength;
    this._storedFields = built.storedFields;
    for (const [text, postings] of built.terms) this._index.set(text, postings);
  }
}
