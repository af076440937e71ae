import type { Person, QuoteRecord } from '../article/index';
import { type AttributionResult, type CastMember, reconcileQuotes } from '../attribution/index';
import type { HouseStyle } from './house-style';
import type { CheckMatch } from './types';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * What the checks take from the story's people: the names that are never flagged, the spellings
 * of a name that disagree (as the Sources panel warns), and the quotes that still need a speaker
 * or a confirmation (as Review quotes shows them).
 */

export interface NameContext {
  /** cast and `people` names, word by word ("Volodymyr", "Zelenskyy") */
  readonly names: ReadonlySet<string>;
  /** the library's dictionary, lower-cased (single words and phrases) */
  readonly dictionary: ReadonlySet<string>;
  /** a second spelling of a name → what the story calls the person elsewhere */
  readonly variants: ReadonlyMap<string, { replacement: string; name: string }>;
  /** finds the variants in text; null when there are none */
  readonly variantPattern: RegExp | null;
  /** equal keys mean equal contexts */
  readonly key: string;
}

const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

function nameWords(name: string, into: Set<string>) {
  for (const w of name.match(NAME_WORD) ?? []) if (/^\p{Lu}/u.test(w)) into.add(w);
}

export function nameContext(cast: readonly CastMember[], people: readonly Person[], style: HouseStyle, previous?: NameContext): NameContext {
  const names = new Set<string>();
  for (const c of cast) if (!c.described) nameWords(c.name, names);
  for (const p of people) nameWords(p.name, names);
  const variants = new Map<string, { replacement: string; name: string }>();
  if (style.enabled.has('names.two-spellings')) {
    for (const c of cast) {
      if (c.kind !== 'person' || c.described) continue;
      const words = c.name.split(/\s+/);
      for (const v of c.spellingVariants) {
        // A surname spelled differently gets the surname; a whole name, the whole name.
        const replacement = /\s/.test(v.trim()) ? c.name : words[words.length - 1]!;
        if (v !== replacement) variants.set(v, { replacement, name: c.name });
      }
    }
  }
  // A variant is what the check flags; it must not also count as a name that is never flagged.
  for (const v of variants.keys()) names.delete(v);
  const dictionary = new Set(style.dictionary.map((w) => w.toLowerCase()));
  const key = JSON.stringify([[...names].sort(), [...dictionary].sort(), [...variants].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  if (previous && previous.key === key) return previous;
  const variantPattern = variants.size
    ? new RegExp(
        `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...variants.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
        'gu',
      )
    : null;
  return { names, dictionary, variants, variantPattern, key };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’.-]/u;

/** True when the range [from, to) of `text` lies on a person's name or a dictionary word. */
export function onNameOrDictionaryWord(text: string, from: number, to: number, ctx: NameContext): boolean {
  if (!ctx.names.size && !ctx.dictionary.size) return false;
  const exact = text.slice(from, to).trim();
  if (ctx.dictionary.has(exact.toLowerCase())) return true;
  // Widen to whole words only where the range cuts into one ("Zelenskyy ," is about the space, not the name).
  let start = from;
  if (WORD_CHAR.test(text[from] ?? '')) while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  let end = to;
  if (to > from && WORD_CHAR.test(text[to - 1]!)) while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  for (const raw of text.slice(start, end).split(/[^\p{L}\p{M}\p{N}'’.-]+/u)) {
    const word = raw.replace(/^[.'’-]+|[.'’-]+$/gu, '');
    if (!word) continue;
    const bare = word.replace(/['’]s$/u, '');
    if (ctx.names.has(word) || ctx.names.has(bare)) return true;
    const lower = word.toLowerCase();
    if (ctx.dictionary.has(lower) || ctx.dictionary.has(bare.toLowerCase())) return true;
  }
  return false;
}

export interface VariantHit {
  from: number;
  to: number;
  message: string;
  replacements: string[];
}

/** Every place a second spelling of a name stands in `text`. */
export function variantHits(text: string, ctx: NameContext): VariantHit[] {
  const re = ctx.variantPattern;
  if (!re) return [];
  const out: VariantHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = ctx.variants.get(m[0])!;
    out.push({ from: m.index, to: m.index + m[0].length, message: `${v.name} is also spelled “${m[0]}” — pick one spelling`, replacements: [v.replacement] });
  }
  return out;
}

const QUOTE_RULES = {
  unattributed: 'quotes.no-speaker',
  ambiguous: 'quotes.uncertain-speaker',
  flagged: 'quotes.flagged',
  attributed: 'quotes.not-confirmed',
} as const;

const shortQuote = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};

/** One match per quote that still needs a speaker, has a doubtful one, was flagged, or is not confirmed. */
export function quoteMatches(attribution: AttributionResult, records: readonly QuoteRecord[], people: readonly Person[], style: HouseStyle): CheckMatch[] {
  if (!attribution.quotes.length) return [];
  const wanted = Object.values(QUOTE_RULES).some((id) => style.enabled.has(id));
  if (!wanted) return [];
  const { items } = reconcileQuotes({ detected: attribution.quotes, cast: attribution.cast, records: [...records], people: [...people] });
  const cast = new Map(attribution.cast.map((c) => [c.id, c]));
  const out: CheckMatch[] = [];
  for (const item of items) {
    if (item.state === 'confirmed') continue;
    // The engine leaves a speaker it is not sure of unset (with a suggestion): that is an uncertain
    // speaker, not a missing one.
    const state = item.state === 'unattributed' && item.detected.ambiguous ? 'ambiguous' : item.state;
    const rule = style.enabled.get(QUOTE_RULES[state]);
    if (!rule) continue;
    const q = item.detected;
    const seg = q.segments[0] ?? { paragraph: q.paragraph, start: q.start, end: q.end, text: q.text };
    const words = `“${shortQuote(q.text)}”`;
    const suggested = q.suggestedSpeakerId ? cast.get(q.suggestedSpeakerId)?.name : undefined;
    const message =
      state === 'unattributed'
        ? `No speaker for the quote ${words}: name who said it`
        : state === 'ambiguous'
          ? `Not sure who said ${words}${suggested ? ` (perhaps ${suggested})` : ''}: check it in Review quotes`
          : state === 'flagged'
            ? `The quote ${words} was flagged in review${item.record.reviewerNote ? `: ${item.record.reviewerNote}` : ''}`
            : `The quote ${words}${item.speaker ? ` (${item.speaker.name})` : ''} is not confirmed yet`;
    out.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      range: { kind: 'block', block: seg.paragraph, from: seg.start, to: seg.end },
      text: seg.text,
      message,
      replacements: [],
    });
  }
  return out;
}
