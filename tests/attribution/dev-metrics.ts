// Metrics for the attribution dev set, the same definitions as the set's own scorer
// (../shared/attribution-dev/score.mjs): quotes are matched by word-token overlap >= 80% of the
// longer one, one to one, greedily; speakers match when they share a name token once titles and
// stop-words are dropped, unless both are multi-token names with different first tokens. Beyond
// score.mjs this reports the wrong-speaker rate and false alarms on quotation marks that are not
// speech, which is what a desk cares about most.

export interface GoldItem {
  id: string;
  source: string;
  text: string;
  quotes: { quote: string; speaker: string | null }[];
  meta?: { tags?: string[] };
}

export interface PredQuote {
  quote: string;
  speaker: string | null;
  /** the engine's cue, for the breakdown by cue (not used in scoring) */
  cue?: string | null;
}

export interface Metrics {
  items: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** matched quotes whose speaker matches the gold (a null gold needs a null prediction) */
  correct: number;
  accuracy: number;
  /** matched quotes given a named speaker that is not the gold one */
  wrong: number;
  wrongRate: number;
  /** matched quotes left without a speaker although the gold names one */
  abstained: number;
  /** passages with no gold quote that got any predicted quote */
  noQuoteAlarms: number;
  noQuotePassages: number;
  /** passages with quotation marks that are not speech (titles, scare quotes) that got a predicted quote matching no gold quote */
  nonSpeechAlarms: number;
  nonSpeechPassages: number;
}

export interface Mistake {
  id: string;
  kind: 'MISS' | 'FALSE' | 'WRONG' | 'NONE';
  quote: string;
  gold: string | null;
  pred: string | null;
  cue?: string | null;
}

const THRESH = 0.8;

function tokens(s: string | null): string[] {
  if (s == null) return [];
  const t = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
  return t.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const cnt = new Map<string, number>();
  for (const x of a) cnt.set(x, (cnt.get(x) ?? 0) + 1);
  let inter = 0;
  for (const x of b) {
    const c = cnt.get(x) ?? 0;
    if (c > 0) {
      inter += 1;
      cnt.set(x, c - 1);
    }
  }
  return inter / Math.max(a.length, b.length);
}

const NAME_STOP = new Set(
  (
    'the a an of and or for to in at on by with from mr mrs ms miss mx dr prof sir dame lord lady ' +
    'sen senator rep representative gov governor president vice pres former ex late gen general lt col maj capt ' +
    'sgt adm retired ret chairman chairwoman chair secretary minister prime mayor judge justice rev father ' +
    'jr sr ii iii said says told spokesman spokeswoman spokesperson d r i nev utah'
  ).split(/\s+/),
);

function nameTokens(s: string): string[] {
  const raw = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '');
  return (raw.match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !NAME_STOP.has(t));
}

export function isNullSpeaker(s: string | null | undefined): boolean {
  if (s == null) return true;
  const t = s.trim().toLowerCase();
  return t === '' || t === 'unknown' || t === 'unattributed' || t === 'none' || t === 'null';
}

export function speakerMatch(gold: string | null, pred: string | null): boolean {
  if (isNullSpeaker(gold)) return isNullSpeaker(pred);
  if (isNullSpeaker(pred)) return false;
  const g = nameTokens(gold!);
  const p = nameTokens(pred!);
  if (!g.length || !p.length) return gold!.trim().toLowerCase() === pred!.trim().toLowerCase();
  const gs = new Set(g);
  const ps = new Set(p);
  if (![...gs].some((t) => ps.has(t))) return false;
  if (g.length >= 2 && p.length >= 2 && g[0] !== p[0] && !ps.has(g[0]!) && !gs.has(p[0]!)) return false;
  return true;
}

/** Gold quote i -> predicted quote j, one to one: the pairs overlapping most first. */
function matchQuotes(gold: string[][], pred: string[][]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      const o = overlap(g, p);
      if (o >= THRESH) pairs.push([o, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.set(i, j);
    pUsed.add(j);
  }
  return gUsed;
}

/** The gold quote each predicted quote text is matched to (by index), with the scorer's matching. */
export function matchTexts(gold: string[], pred: string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, j] of matchQuotes(gold.map(tokens), pred.map(tokens))) out.set(j, i);
  return out;
}

/** Matched quotes by the engine's cue: correct, wrong (named someone else), none (no speaker). */
export type CueTable = Map<string, { correct: number; wrong: number; none: number }>;

export function score(items: GoldItem[], preds: Map<string, PredQuote[]>, mistakes?: Mistake[], byCue?: CueTable): Metrics {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let correct = 0;
  let wrong = 0;
  let abstained = 0;
  let noQuoteAlarms = 0;
  let noQuotePassages = 0;
  let nonSpeechAlarms = 0;
  let nonSpeechPassages = 0;
  for (const item of items) {
    const gq = item.quotes.map((q) => ({ ...q, tok: tokens(q.quote) }));
    const pq = (preds.get(item.id) ?? []).map((q) => ({ ...q, tok: tokens(q.quote) }));
    gold += gq.length;
    predicted += pq.length;
    if (!gq.length) {
      noQuotePassages++;
      if (pq.length) noQuoteAlarms++;
    }
    const gUsed = matchQuotes(gq.map((g) => g.tok), pq.map((p) => p.tok));
    const pUsed = new Set(gUsed.values());
    gq.forEach((g, i) => {
      const j = gUsed.get(i);
      if (j === undefined) {
        mistakes?.push({ id: item.id, kind: 'MISS', quote: g.quote, gold: g.speaker, pred: null });
        return;
      }
      const p = pq[j]!;
      matched++;
      const key = p.cue ?? '(none)';
      const row = byCue?.get(key) ?? { correct: 0, wrong: 0, none: 0 };
      byCue?.set(key, row);
      if (speakerMatch(g.speaker, p.speaker)) {
        correct++;
        row.correct++;
      } else if (isNullSpeaker(p.speaker)) {
        abstained++;
        row.none++;
        mistakes?.push({ id: item.id, kind: 'NONE', quote: g.quote, gold: g.speaker, pred: null, cue: p.cue });
      } else {
        wrong++;
        row.wrong++;
        mistakes?.push({ id: item.id, kind: 'WRONG', quote: g.quote, gold: g.speaker, pred: p.speaker, cue: p.cue });
      }
    });
    const falseQuotes = pq.filter((_, j) => !pUsed.has(j));
    for (const p of falseQuotes) mistakes?.push({ id: item.id, kind: 'FALSE', quote: p.quote, gold: null, pred: p.speaker });
    if (item.meta?.tags?.includes('non_quote_quotation_marks')) {
      nonSpeechPassages++;
      if (falseQuotes.length) nonSpeechAlarms++;
    }
  }
  const div = (a: number, b: number) => (b ? a / b : 0);
  const precision = div(matched, predicted);
  const recall = div(matched, gold);
  return {
    items: items.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    correct,
    accuracy: div(correct, matched),
    wrong,
    wrongRate: div(wrong, matched),
    abstained,
    noQuoteAlarms,
    noQuotePassages,
    nonSpeechAlarms,
    nonSpeechPassages,
  };
}

/** The article a passage comes from (the split keeps all passages of one article together). */
export function articleOf(item: GoldItem): string {
  return /\/text\/(\S+?)\.txt/.exec(item.source)?.[1] ?? item.id;
}

/** Mulberry32: a small seeded generator, so the split is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Articles in sorted order, shuffled with the seed; the first two thirds are for tuning. */
export function splitByArticle(items: GoldItem[], seed: number): { tuning: string[]; validation: string[] } {
  const articles = [...new Set(items.map(articleOf))].sort();
  const rnd = seeded(seed);
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [articles[i], articles[j]] = [articles[j]!, articles[i]!];
  }
  const tuneArticles = new Set(articles.slice(0, Math.round((articles.length * 2) / 3)));
  const tuning: string[] = [];
  const validation: string[] = [];
  for (const it of items) (tuneArticles.has(articleOf(it)) ? tuning : validation).push(it.id);
  return { tuning, validation };
}
