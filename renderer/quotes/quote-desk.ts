// What the Sources panel and review mode show, derived once per analysis (never per keystroke).
import type { Person, QuoteRecord } from '../../shared/article/index';
import { type QuoteState, type QuoteSummary, type Reconciliation, summarizeQuotes } from '../../shared/attribution/index';
import type { QuoteAnalysis } from '../editor/quote-plugin';

export interface QuoteItem {
  id: string;
  record: QuoteRecord;
  state: QuoteState;
  speaker: Person | null;
  /** the engine's cue ("said", "pronoun", "colon"…) */
  cue: string | null;
  ambiguous: boolean;
  text: string;
  words: number;
  /** 0-based index of the quote's first paragraph */
  paragraph: number;
  /** the quote in its paragraph, for review */
  context: { before: string; quote: string; after: string };
  /** a question put by the one conducting an interview (the engine's `asks`) */
  asks: boolean;
  /** the speaker was named on evidence that has often misled the engine (its `check`): for the
   * desk to check, until an editor confirms the quote or chooses the speaker */
  check: boolean;
}

export interface SpeakerStat {
  person: Person;
  quotes: QuoteItem[];
  words: number;
  /** every quote of theirs is a question they put as the interviewer: no source's voice */
  asks: boolean;
}

export interface MentionedPerson {
  id: string;
  name: string;
  role: string | null;
}

export interface QuoteDesk {
  items: QuoteItem[];
  /** people quoted, most words first */
  speakers: SpeakerStat[];
  /** people named in the story who are not quoted */
  mentioned: MentionedPerson[];
  unattributed: QuoteItem[];
  warnings: string[];
  summary: QuoteSummary;
  /** everyone a quote can be given to: stored people and the engine's cast */
  choices: Person[];
}

/** The chip and state label of a quote whose speaker was named on weak evidence (QuoteItem.check). */
export const CHECK_LABEL = 'Check speaker';

const CONTEXT_CHARS = 220;

function clip(text: string, side: 'before' | 'after'): string {
  if (text.length <= CONTEXT_CHARS) return text;
  if (side === 'before') {
    const cut = text.slice(-CONTEXT_CHARS);
    return `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  const cut = text.slice(0, CONTEXT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function buildQuoteDesk(rec: Reconciliation, analysis: QuoteAnalysis, countWords: (text: string) => number): QuoteDesk {
  const texts = analysis.paragraphs.texts;
  const items: QuoteItem[] = rec.items.map((it) => {
    const d = it.detected;
    const para = texts[d.paragraph] ?? '';
    const endInFirst = d.endParagraph === d.paragraph ? d.end : para.length;
    return {
      id: it.record.id,
      record: it.record,
      state: it.state,
      speaker: it.speaker,
      cue: it.record.speakerSetBy === 'editor' ? 'chosen by editor' : d.cue,
      ambiguous: d.ambiguous,
      text: d.text,
      words: countWords(d.text),
      paragraph: d.paragraph,
      context: {
        before: clip(para.slice(0, d.start), 'before'),
        quote: para.slice(d.start, endInFirst) + (d.endParagraph !== d.paragraph ? ' …' : ''),
        after: d.endParagraph === d.paragraph ? clip(para.slice(d.end), 'after') : '',
      },
      asks: !!d.asks,
      check: !!d.check && it.state === 'attributed' && it.record.speakerSetBy !== 'editor',
    };
  });

  const bySpeaker = new Map<string, SpeakerStat>();
  for (const it of items) {
    if (!it.speaker) continue;
    let s = bySpeaker.get(it.speaker.id);
    if (!s) {
      s = { person: it.speaker, quotes: [], words: 0, asks: true };
      bySpeaker.set(it.speaker.id, s);
    }
    s.quotes.push(it);
    s.words += it.words;
    if (!it.asks) s.asks = false;
  }
  const speakers = [...bySpeaker.values()].sort((a, b) => b.words - a.words || b.quotes.length - a.quotes.length || a.person.name.localeCompare(b.person.name));

  const cast = analysis.result.cast;
  const mentioned = cast
    .filter((c) => c.kind === 'person' && !bySpeaker.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, role: [c.title, c.affiliation].filter(Boolean).join(', ') || null }));

  const warnings: string[] = [];
  for (const c of cast) {
    if (c.spellingVariants.length) warnings.push(`${c.name} is also spelled ${c.spellingVariants.map((v) => `“${v}”`).join(', ')} — pick one spelling.`);
  }
  const ambiguous = items.filter((i) => i.state === 'ambiguous').length;
  if (ambiguous) warnings.push(`${ambiguous} ${ambiguous === 1 ? 'quote has' : 'quotes have'} an uncertain speaker — check in Review quotes.`);
  const checks = items.filter((i) => i.check).length;
  if (checks) warnings.push(`${checks} ${checks === 1 ? 'quote names its speaker' : 'quotes name their speakers'} on weak evidence — check in Review quotes.`);
  const unattributed = items.filter((i) => !i.speaker);
  if (unattributed.length) warnings.push(`${unattributed.length} ${unattributed.length === 1 ? 'quote has' : 'quotes have'} no speaker.`);

  const choices: Person[] = [...rec.people];
  const ids = new Set(choices.map((p) => p.id));
  for (const c of cast) {
    if (!ids.has(c.id)) {
      choices.push({ id: c.id, name: c.name, title: c.title, affiliation: c.affiliation });
      ids.add(c.id);
    }
  }

  return { items, speakers, mentioned, unattributed, warnings, summary: summarizeQuotes(items), choices };
}
