export type QuoteKind = 'direct' | 'partial';

/** One paragraph's piece of a quote (a multi-paragraph quote has one per paragraph). */
export interface QuoteSegment {
  paragraph: number;
  /** offset of the first char inside the marks */
  start: number;
  /** offset just past the last char inside the marks (or the paragraph end when the mark is left open) */
  end: number;
  text: string;
  speakerId: string | null;
  cue: string | null;
}

export interface DetectedQuote {
  /** derived from paragraph index + start offset */
  id: string;
  /** index into the paragraphs array where the quote's opening mark is */
  paragraph: number;
  /** offset (UTF-16) within that paragraph of the first char inside the marks */
  start: number;
  /** offset in paragraph `endParagraph` just past the last char inside the marks */
  end: number;
  endParagraph: number;
  /** the text inside the marks (multi-paragraph: joined with "\n") */
  text: string;
  kind: QuoteKind;
  /** id of a CastMember, or null when unattributed or when the engine is not sure (see ambiguous) */
  speakerId: string | null;
  /** canonical name of the speaker (convenience copy of the cast member's name) */
  speakerName: string | null;
  /** the engine is not sure who said it (weak or conflicting evidence); speakerId is then null */
  ambiguous: boolean;
  /** when ambiguous: the likeliest speaker, offered for review but never reported as the speaker */
  suggestedSpeakerId?: string | null;
  /** 'said', 'according to', 'pronoun', 'role', 'relative', 'continuation', 'colon', 'following', 'subject', ... */
  cue: string | null;
  /** a question put by whoever conducts an interview or a transcript ("Q: “…”", "REPORTER: “…”", the
   * interviewer the story named): words of the one asking, not of a source */
  asks?: boolean;
  /** the speaker was named on evidence that has often misled the engine on news it was never tuned
   * on (a pronoun far from the name, someone else named in between, a continuation far back ...):
   * named, but for the desk to check (the confidence model's SPEAKER_CHECK) */
  check?: boolean;
  /** per-paragraph pieces (one for an ordinary quote) */
  segments: QuoteSegment[];
}

export interface CastMember {
  id: string;
  /** canonical full name */
  name: string;
  title: string | null;
  affiliation: string | null;
  /** e.g. "Ukrainian President Volodymyr Zelenskyy" */
  firstReference: string;
  /** later surface forms seen */
  references: string[];
  /** inconsistent spellings found (e.g. "Zelensky") */
  spellingVariants: string[];
  kind: 'person' | 'organization';
  gender: 'm' | 'f' | null;
  /** not a name but a description of an unnamed speaker: "government official (unnamed)",
   * "protesters", "the complaint" */
  described?: boolean;
}

export interface AttributionResult {
  quotes: DetectedQuote[];
  cast: CastMember[];
}
