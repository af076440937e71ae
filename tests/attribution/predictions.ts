// The engine's quotes as the dev set's scorer reads them: one entry per quote segment, as the
// CLI's JSONL gives them. Shared by the dev-set and own-set scorers.
import { type AttributionResult, analyzeText } from '../../shared/attribution/index';
import type { GoldItem, PredQuote } from './dev-metrics';

/** An uncertain quote has no speaker; with `countUncertain` its suggested speaker is counted as
 * named (what guessing would score). */
export function predictions(result: AttributionResult, countUncertain = false): PredQuote[] {
  const names = new Map(result.cast.map((c) => [c.id, c.name]));
  const out: PredQuote[] = [];
  for (const q of result.quotes) {
    for (const s of q.segments) {
      const sid = q.ambiguous ? (countUncertain ? (q.suggestedSpeakerId ?? s.speakerId ?? q.speakerId) : null) : (s.speakerId ?? q.speakerId);
      out.push({ quote: s.text, speaker: sid ? (names.get(sid) ?? null) : null, cue: q.ambiguous ? `${s.cue ?? q.cue} (uncertain)` : (s.cue ?? q.cue) });
    }
  }
  return out;
}

/** Every passage's predictions, by passage id. */
export function predictAll(items: GoldItem[], countUncertain = false): Map<string, PredQuote[]> {
  return new Map(items.map((it) => [it.id, predictions(analyzeText(it.text), countUncertain)]));
}
