// How sure the engine is of a quote's speaker, learned from quotes whose speaker is known.
//
// The rules (link.ts) find each quote's likeliest speaker and say whether they are sure of it. On
// text they were never tuned on they are sure too often: most of their wrong speakers come with no
// doubt attached. This layer reads the evidence behind each choice (how the speaker was reached,
// how far back and how often the story named them, who else is in view) and gives the probability
// that the choice is right, from a logistic model trained on the evaluation set's tuning parts
// (tests/attribution/train-confidence.ts writes `confidence-model.ts`). A sure choice below the
// model's threshold goes to review instead of being named.
//
// Every input is something the linking pass reads (sentence indices, mention ranks, the link key's
// fields), so an edit that leaves the link key alone leaves the probability alone too.

/** What the linking pass knew when it chose a quote's speaker. */
export interface QuoteEvidence {
  /** how the quote's own cue refers to its speaker ('name', 'pronoun', 'role', 'org', 'described', 'none') */
  ref: string;
  /** the engine's cue: a speech verb, or 'continuation', 'following', 'subject', 'answer', 'according to', 'colon' ... */
  cue: string | null;
  /** the rules were not sure (the quote would go to review without this layer) */
  rulesUnsure: boolean;
  /** the cue's link between verb and speaker is a guess, or the role is only a person noun */
  weakCue: boolean;
  partial: boolean;
  standalone: boolean;
  /** the quote runs over more than one paragraph */
  multiParagraph: boolean;
  speakerKind: 'person' | 'organization';
  described: boolean;
  /** a person whose gender the story never gave */
  noGender: boolean;
  /** non-empty paragraphs back to the speaker's last mention (0: this paragraph; -1: never named) */
  paragraphsSinceMention: number;
  /** the speaker is named in the quote's own sentence */
  namedInSentence: boolean;
  /** other people named in the quote's paragraph, and of them the ones of the speaker's gender */
  othersInParagraph: number;
  othersSameGender: number;
  /** other people named between the speaker's last mention and the quote */
  othersBetween: number;
  /** the speaker had been named for a quote before this one */
  spokeBefore: boolean;
  /** the other speakers named for a quote before this one */
  otherSpeakers: number;
  /** the quote before this one was the same speaker's */
  sameAsLastQuote: boolean;
  /** the quote's text names its speaker (a quote about someone) */
  speakerNamedInQuote: boolean;
  /** the speaker's name as the cast has it (for an unnamed speaker, its description) */
  speakerName: string;
}

export interface ConfidenceModel {
  /** feature names, in the order of `weights` (see `features`) */
  features: string[];
  weights: number[];
  bias: number;
  /** a choice the rules are sure of is named only at or above this probability */
  nameAt: number;
  /** the choices the model was trained on and is applied to: 'person' — people the story names
   * (organisations and unnamed sources stay the rules' alone); absent — every choice */
  scope?: 'person';
}

/** The choice is a person the story names (not an organisation, not an unnamed source). */
export const namedPerson = (ev: QuoteEvidence) => ev.speakerKind === 'person' && !ev.described;

/** Whether the model speaks to a choice made on this evidence (see ConfidenceModel.scope). */
export function inScope(model: ConfidenceModel, ev: QuoteEvidence): boolean {
  return model.scope !== 'person' || namedPerson(ev);
}

const PLAIN_PERSON = /^(?:(?:a|an|the|one)\s+)?(?:man|woman|person|people|boy|girl|men|women)\b/i;
const EXPLICIT_OTHER = new Set(['continuation', 'following', 'subject', 'answer', 'according to', 'colon', 'role', 'pronoun']);

/** The model's inputs, by name. Counts are squashed so one story's oddities do not dominate. */
export function features(ev: QuoteEvidence): Record<string, number> {
  const cue = ev.cue ?? '';
  return {
    ref_name: +(ev.ref === 'name'),
    ref_pronoun: +(ev.ref === 'pronoun'),
    ref_role: +(ev.ref === 'role'),
    ref_org: +(ev.ref === 'org'),
    ref_described: +(ev.ref === 'described'),
    ref_none: +(ev.ref === 'none'),
    cue_verb: +!EXPLICIT_OTHER.has(cue),
    cue_continuation: +(cue === 'continuation'),
    cue_following: +(cue === 'following'),
    cue_subject: +(cue === 'subject'),
    cue_according: +(cue === 'according to'),
    cue_colon: +(cue === 'colon'),
    rules_unsure: +ev.rulesUnsure,
    weak_cue: +ev.weakCue,
    partial: +ev.partial,
    standalone: +ev.standalone,
    multi_paragraph: +ev.multiParagraph,
    organization: +(ev.speakerKind === 'organization'),
    described: +ev.described,
    no_gender: +ev.noGender,
    never_named: +(ev.paragraphsSinceMention < 0),
    paragraphs_since: ev.paragraphsSinceMention < 0 ? 0 : Math.min(ev.paragraphsSinceMention, 4) / 4,
    named_in_sentence: +ev.namedInSentence,
    others_in_paragraph: Math.min(ev.othersInParagraph, 3) / 3,
    others_same_gender: Math.min(ev.othersSameGender, 3) / 3,
    others_between: Math.min(ev.othersBetween, 3) / 3,
    spoke_before: +ev.spokeBefore,
    // the story has quoted no one else yet: a pronoun or a continuation has one person to mean
    sole_speaker: +(ev.spokeBefore && ev.otherSpeakers === 0),
    same_as_last_quote: +ev.sameAsLastQuote,
    named_in_quote: +ev.speakerNamedInQuote,
    // an organisation known only by what it is ("the company") and an unnamed person known only as
    // a man or a woman: the story may have named them otherwise
    described_org: +(ev.described && ev.speakerKind === 'organization'),
    plain_person: +(ev.described && ev.speakerKind === 'person' && PLAIN_PERSON.test(ev.speakerName)),
    pronoun_far: +(ev.ref === 'pronoun' && ev.paragraphsSinceMention !== 0),
    pronoun_rival: +(ev.ref === 'pronoun' && (ev.othersSameGender > 0 || ev.othersBetween > 0)),
    continuation_far: +(ev.cue === 'continuation' && ev.paragraphsSinceMention !== 0),
  };
}

/** The probability that the speaker chosen on this evidence is the one who said it. */
export function probability(model: ConfidenceModel, ev: QuoteEvidence): number {
  const f = features(ev);
  let z = model.bias;
  for (let i = 0; i < model.features.length; i++) z += model.weights[i]! * (f[model.features[i]!] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
