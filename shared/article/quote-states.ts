import type { QuoteState } from '../attribution/index';

/**
 * What each state of a quote is called, wherever a reporter reads it: the highlight's label, its
 * tooltip, the chip in Sources and the state in review mode. "Attributed" covers a speaker found
 * by Copydesk and one chosen by an editor alike.
 */
export const QUOTE_STATE_LABELS = {
  attributed: 'Attributed',
  unattributed: 'No speaker found',
  ambiguous: 'Speaker uncertain',
  flagged: 'Flagged for review',
  confirmed: 'Confirmed',
} as const satisfies Record<QuoteState, string>;
