// Quote detection and attribution: public surface.
//
// Two phases:
//  1. local (per paragraph, cached by paragraph text): quote marks, frame tokens, sentences,
//     name mentions and the speech cue of each quote (see local.ts);
//  2. global (cheap, every call): multi-paragraph quotes, the cast, pronoun / role-noun /
//     continuation resolution (see link.ts).
import { analyzeParagraphLocal, type LocalParagraph } from './local';
import { link } from './link';
import type { AttributionResult } from './types';

export type { AttributionResult, CastMember, DetectedQuote, QuoteKind, QuoteSegment } from './types';

export function analyzeParagraphs(paragraphs: string[]): AttributionResult {
  return link(paragraphs.map((p) => analyzeParagraphLocal(p)));
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
  readonly stats: { paragraphs: number; reused: number; analysed: number };
}

export function createAttributionSession(): AttributionSession {
  let cache = new Map<string, LocalParagraph>();
  let lastInput: string[] | null = null;
  let lastResult: AttributionResult | null = null;
  const stats = { paragraphs: 0, reused: 0, analysed: 0 };
  return {
    update(paragraphs: string[]): AttributionResult {
      if (lastInput && lastResult && lastInput.length === paragraphs.length && lastInput.every((p, i) => p === paragraphs[i])) {
        stats.reused = paragraphs.length;
        stats.analysed = 0;
        return lastResult;
      }
      const next = new Map<string, LocalParagraph>();
      let reused = 0;
      const locals = paragraphs.map((p) => {
        let lp = next.get(p) ?? cache.get(p);
        if (lp) reused++;
        else lp = analyzeParagraphLocal(p);
        next.set(p, lp);
        return lp;
      });
      cache = next;
      stats.paragraphs = paragraphs.length;
      stats.reused = reused;
      stats.analysed = paragraphs.length - reused;
      lastInput = paragraphs.slice();
      lastResult = link(locals);
      return lastResult;
    },
    reset() {
      cache = new Map();
      lastInput = null;
      lastResult = null;
    },
    stats,
  };
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
