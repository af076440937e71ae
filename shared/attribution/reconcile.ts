// Reconciles what the engine detects in the text with the attribution records stored in the
// article (`article.quotes`, `article.people`). Detection is recomputed from the text on every
// pass; the records carry what only a person can add (a confirmed or flagged status, a chosen
// speaker, how and when the quote was obtained), so they must follow their quote across edits.
//
// Matching, in document order:
//  1. same quoted words (whitespace and quote-mark style ignored); the k-th quote with a given
//     text takes the k-th record with that text, so repeated short quotes keep their order;
//  2. a quote whose words were edited takes the unmatched record lying between the same
//     matched neighbours if the texts are still alike (character-bigram Dice >= 0.5), or any
//     unmatched record with near-identical text (>= 0.8) when the quote moved;
//  3. records left over that hold an editor's work are handed back as `retired`, so the caller
//     can offer them again on the next pass (undo, cut and paste) without saving them.
import type { Person, QuoteRecord } from '../article/index';
import type { CastMember, DetectedQuote } from './types';

export type QuoteState = 'attributed' | 'unattributed' | 'ambiguous' | 'flagged' | 'confirmed';

export interface ReconciledQuote {
  record: QuoteRecord;
  detected: DetectedQuote;
  state: QuoteState;
  /** the speaker as stored in `people` (null when unattributed) */
  speaker: Person | null;
}

export interface Reconciliation {
  /** the records to store, one per detected quote, in document order */
  quotes: QuoteRecord[];
  /** the people to store: everyone a stored quote is attributed to */
  people: Person[];
  items: ReconciledQuote[];
  /** records with an editor's work whose quote is no longer in the text */
  retired: QuoteRecord[];
}

export interface ReconcileInput {
  detected: DetectedQuote[];
  cast: CastMember[];
  records: QuoteRecord[];
  people: Person[];
  retired?: QuoteRecord[];
  /** id for a new record; defaults to a counter-based id unique among the records */
  newId?: () => string;
}

export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"')
    .replace(/[\u2018\u2019\u201a']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.toLowerCase();
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams: 1 for equal texts, near 0 for unrelated ones. */
export function quoteSimilarity(a: string, b: string): number {
  const x = normalizeQuoteText(a);
  const y = normalizeQuoteText(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const ga = bigrams(x);
  const gb = bigrams(y);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

/** A record holds an editor's work when it is more than a copy of the detection. */
export function isReviewed(r: QuoteRecord): boolean {
  return r.status !== 'detected' || r.speakerSetBy === 'editor' || r.method !== null || r.date !== null || r.sourceNote !== null || r.reviewerNote !== null;
}

/** The speaker the record stands for: the editor's choice and a confirmed speaker beat the engine. */
function keepsStoredSpeaker(r: QuoteRecord): boolean {
  return r.speakerSetBy === 'editor' || r.status === 'confirmed';
}

export function quoteState(record: QuoteRecord, detected: DetectedQuote | null): QuoteState {
  if (record.status === 'flagged') return 'flagged';
  if (record.status === 'confirmed') return 'confirmed';
  if (!record.speakerId) return 'unattributed';
  if (detected?.ambiguous && !keepsStoredSpeaker(record)) return 'ambiguous';
  return 'attributed';
}

const WINDOW_MIN = 0.5;
const ANYWHERE_MIN = 0.8;

export function reconcileQuotes(input: ReconcileInput): Reconciliation {
  const { detected, cast } = input;
  // Stored records first (in their order), then retired ones as a last resort.
  const pool: QuoteRecord[] = [...input.records, ...(input.retired ?? [])];
  const storedCount = input.records.length;
  const used = new Array<boolean>(pool.length).fill(false);
  const matchOf = new Array<number>(detected.length).fill(-1);

  // 1. exact text
  const byText = new Map<string, number[]>();
  pool.forEach((r, i) => {
    const k = normalizeQuoteText(r.text);
    (byText.get(k) ?? byText.set(k, []).get(k)!).push(i);
  });
  detected.forEach((d, j) => {
    const list = byText.get(normalizeQuoteText(d.text));
    const i = list?.find((x) => !used[x]);
    if (i !== undefined) {
      used[i] = true;
      matchOf[j] = i;
    }
  });

  // 2. edited text: between the matched neighbours first, then anywhere if nearly identical
  for (let j = 0; j < detected.length; j++) {
    if (matchOf[j] !== -1) continue;
    let lo = -1;
    for (let k = j - 1; k >= 0; k--)
      if (matchOf[k]! !== -1 && matchOf[k]! < storedCount) {
        lo = matchOf[k]!;
        break;
      }
    let hi = storedCount;
    for (let k = j + 1; k < detected.length; k++)
      if (matchOf[k]! !== -1 && matchOf[k]! < storedCount) {
        hi = matchOf[k]!;
        break;
      }
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < pool.length; i++) {
      if (used[i]) continue;
      const inWindow = i > lo && i < hi;
      const score = quoteSimilarity(detected[j]!.text, pool[i]!.text);
      if (score >= (inWindow ? WINDOW_MIN : ANYWHERE_MIN) && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best !== -1) {
      used[best] = true;
      matchOf[j] = best;
    }
  }

  // 3. build the records
  const takenIds = new Set(pool.map((r) => r.id));
  let counter = 1;
  const newId =
    input.newId ??
    (() => {
      let id = `quote-${counter++}`;
      while (takenIds.has(id)) id = `quote-${counter++}`;
      takenIds.add(id);
      return id;
    });

  const peopleById = new Map(input.people.map((p) => [p.id, p]));
  const castById = new Map(cast.map((c) => [c.id, c]));
  const personFor = (id: string | null): Person | null => {
    if (!id) return null;
    const stored = peopleById.get(id);
    const c = castById.get(id);
    if (stored) {
      if (c && (stored.title === null || stored.affiliation === null)) {
        return { ...stored, title: stored.title ?? c.title, affiliation: stored.affiliation ?? c.affiliation };
      }
      return stored;
    }
    if (c) return { id: c.id, name: c.name, title: c.title, affiliation: c.affiliation };
    return null;
  };

  const items: ReconciledQuote[] = detected.map((d, j) => {
    const i = matchOf[j]!;
    const old = i === -1 ? null : pool[i]!;
    let record: QuoteRecord;
    if (!old) {
      record = { id: newId(), text: d.text, speakerId: d.speakerId, method: null, date: null, sourceNote: null, status: 'detected', reviewerNote: null };
    } else {
      const speakerId = keepsStoredSpeaker(old) ? old.speakerId : d.speakerId;
      record = { ...old, text: d.text, speakerId };
    }
    // A speaker nobody can name any more (a person record lost by hand-editing) leaves the quote unattributed.
    const speaker = personFor(record.speakerId);
    if (!speaker && record.speakerId) record = { ...record, speakerId: null };
    return { record, detected: d, state: quoteState(record, d), speaker };
  });

  const retired = pool.filter((r, i) => !used[i] && isReviewed(r));
  const people: Person[] = [];
  const seen = new Set<string>();
  const keep = (id: string | null) => {
    if (!id || seen.has(id)) return;
    const p = personFor(id);
    if (p) {
      seen.add(id);
      people.push(p);
    }
  };
  for (const it of items) keep(it.record.speakerId);
  // People only a retired record points to stay, so undoing a deletion finds them again.
  for (const r of retired) keep(r.speakerId);
  return { quotes: items.map((it) => it.record), people, items, retired };
}

export interface QuoteSummary {
  quotes: number;
  attributed: number;
  flagged: number;
  confirmed: number;
}

export function summarizeQuotes(items: readonly { record: QuoteRecord }[]): QuoteSummary {
  let attributed = 0;
  let flagged = 0;
  let confirmed = 0;
  for (const { record } of items) {
    if (record.speakerId) attributed++;
    if (record.status === 'flagged') flagged++;
    if (record.status === 'confirmed') confirmed++;
  }
  return { quotes: items.length, attributed, flagged, confirmed };
}

/** "10 quotes · 10 attributed · 0 flagged" */
export function summaryLine(s: QuoteSummary): string {
  return `${s.quotes} quotes · ${s.attributed} attributed · ${s.flagged} flagged`;
}
