// Quote detection and attribution: public surface.
//
// Two phases:
//  1. local (per paragraph, cached by paragraph text): quote marks, frame tokens, sentences,
//     name mentions and the speech cue of each quote (see local.ts);
//  2. global: multi-paragraph quotes, the cast, pronoun / role-noun / continuation resolution
//     (see link.ts). A session runs it only when an edit changes what it reads (`linkKey`);
//     otherwise it patches the offsets and texts of the edited paragraphs' quotes.

import { withEchoes } from './echo';
import { link, linkKey } from './link';
import { analyzeParagraphLocal, type LocalParagraph } from './local';
import type { AttributionResult, QuoteSegment } from './types';

export type { AttributionResult, CastMember, DetectedQuote, QuoteKind, QuoteSegment } from './types';

export function analyzeParagraphs(paragraphs: string[]): AttributionResult {
  return withEchoes(link(paragraphs.map((p) => analyzeParagraphLocal(p))), paragraphs);
}

/** Plain-text helper: one paragraph per line (blank lines are kept as empty paragraphs so
 * paragraph indices equal line numbers - 1). */
export function analyzeText(text: string): AttributionResult {
  return analyzeParagraphs(splitParagraphs(text));
}

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

export interface AttributionSession {
  /** Analyse the current paragraphs; unchanged paragraphs reuse their cached local analysis. */
  update(paragraphs: string[]): AttributionResult;
  /** Drop every cached paragraph. */
  reset(): void;
  /** Cache statistics of the last update (for tests and the benchmark). */
  readonly stats: { paragraphs: number; reused: number; analysed: number; relinked: boolean };
}

export function createAttributionSession(): AttributionSession {
  // Local analyses by paragraph text. New texts are added as they come; the map is rebuilt from
  // the current paragraphs only when stale entries outnumber them, not on every update.
  let cache = new Map<string, LocalParagraph>();
  let lastInput: string[] = [];
  let lastLocals: LocalParagraph[] = [];
  /** what `link` gave (patched since), before the echoes of the opening's phrases (echo.ts) */
  let lastLinked: AttributionResult | null = null;
  let lastResult: AttributionResult | null = null;
  /** quote indices in lastResult by paragraph (built on first need, valid while the structure is) */
  let quotesByPara: number[][] | null = null;
  const stats = { paragraphs: 0, reused: 0, analysed: 0, relinked: false };
  const changed: number[] = [];
  return {
    update(paragraphs: string[]): AttributionResult {
      const n = paragraphs.length;
      const sameLength = n === lastInput.length;
      const locals = new Array<LocalParagraph>(n);
      let reused = 0;
      changed.length = 0;
      for (let i = 0; i < n; i++) {
        const p = paragraphs[i]!;
        let lp: LocalParagraph | undefined;
        if (sameLength && p === lastInput[i]) lp = lastLocals[i];
        else {
          lp = cache.get(p);
          if (sameLength) changed.push(i);
        }
        if (lp) reused++;
        else {
          lp = analyzeParagraphLocal(p);
          cache.set(p, lp);
        }
        locals[i] = lp;
      }
      if (cache.size > 2 * n + 64) {
        cache = new Map();
        for (let i = 0; i < n; i++) cache.set(paragraphs[i]!, locals[i]!);
      }
      stats.paragraphs = n;
      stats.reused = reused;
      stats.analysed = n - reused;
      const prevLocals = lastLocals;
      lastInput = paragraphs.slice();
      lastLocals = locals;
      if (lastResult && sameLength && changed.length === 0) {
        stats.relinked = false;
        return lastResult;
      }
      // Same paragraphs, and every changed one reads the same to the linking pass: the links
      // cannot differ, only the offsets and texts of quotes in the changed paragraphs.
      if (lastLinked && sameLength && changed.every((i) => linkKey(locals[i]!) === linkKey(prevLocals[i]!))) {
        quotesByPara ??= indexQuotes(lastLinked, n);
        lastLinked = patchQuotes(lastLinked, quotesByPara, changed, prevLocals, locals);
        stats.relinked = false;
        lastResult = withEchoes(lastLinked, paragraphs);
        return lastResult;
      }
      quotesByPara = null;
      stats.relinked = true;
      lastLinked = link(locals);
      lastResult = withEchoes(lastLinked, paragraphs);
      return lastResult;
    },
    reset() {
      cache = new Map();
      lastInput = [];
      lastLocals = [];
      lastLinked = null;
      lastResult = null;
      quotesByPara = null;
    },
    stats,
  };
}

function indexQuotes(result: AttributionResult, n: number): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  result.quotes.forEach((q, qi) => {
    for (const s of q.segments) {
      const list = out[s.paragraph]!;
      if (list[list.length - 1] !== qi) list.push(qi);
    }
  });
  return out;
}

/** A copy of `result` with the quote offsets and texts of the `changed` paragraphs taken from
 * their new local analysis (same link key, so the n-th quote there is the n-th quote before). */
function patchQuotes(result: AttributionResult, byPara: number[][], changed: number[], before: LocalParagraph[], after: LocalParagraph[]): AttributionResult {
  const touched = new Set<number>();
  for (const p of changed) for (const qi of byPara[p]!) touched.add(qi);
  if (!touched.size) return result;
  const isChanged = new Set(changed);
  const quotes = result.quotes.slice();
  for (const qi of touched) {
    const q = quotes[qi]!;
    const segments: QuoteSegment[] = q.segments.map((s) => {
      if (!isChanged.has(s.paragraph)) return s;
      const k = before[s.paragraph]!.quotes.findIndex((lq) => lq.raw.start === s.start);
      const raw = after[s.paragraph]!.quotes[k]!.raw;
      return { ...s, start: raw.start, end: raw.end, text: raw.text };
    });
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    quotes[qi] = { ...q, id: `q${first.paragraph}-${first.start}`, start: first.start, end: last.end, text: segments.map((s) => s.text).join('\n'), segments };
  }
  return { quotes, cast: result.cast };
}

export {
  isReviewed,
  normalizeQuoteText,
  type QuoteState,
  type QuoteSummary,
  quoteSimilarity,
  quoteState,
  type ReconciledQuote,
  type ReconcileInput,
  type Reconciliation,
  reconcileQuotes,
  summarizeQuotes,
  summaryLine,
} from './reconcile';
