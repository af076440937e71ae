import { HOUSE_RULES } from './house-rules';
import { DEFAULT_LIMITS } from './rules';
import { CHECK_CATEGORY_LABELS } from './types';

/** The house-style file's name in a library's Copydesk folder (`.copydesk/`, APP_DIR on the Node side). */
export const HOUSE_STYLE_FILE_NAME = 'house-style.yaml';

const EXAMPLE_RULES = `rules:
  - id: desk.kyiv
    kind: words
    category: style
    severity: warning
    description: The capital of Ukraine is Kyiv.
    case: exact
    words:
      Kiev: Kyiv
      Kievan: Kyivan
  - id: desk.per-annum
    kind: regex
    category: style
    severity: warning
    description: Say "a year" instead of "per annum".
    pattern: '(\\d) per annum'
    message: 'Write "{replacement}"'
    replacement: '$1 a year'`;

/**
 * A commented house-style file for a library: every section explained, Copydesk's own rules
 * listed with what each is for, and two example rules. With `liveExamples` the examples are
 * switched on (the tests read that version); otherwise they are comments and the file gives
 * exactly Copydesk's house style.
 */
export function houseStyleExample(options: { liveExamples?: boolean } = {}): string {
  const comment = (text: string) =>
    text
      .split('\n')
      .map((l) => (l ? `# ${l}` : '#'))
      .join('\n');
  const lines: string[] = [];
  lines.push(
    comment(`House style for this library. Copydesk reads this file every time it checks a story.
Lines that start with # are comments. A mistake in one rule is reported (with its line) and only
that rule is left out; everything else still runs.

Severity: error (blocks Ready until someone overrides it), warning, or info.`),
    '',
    'version: 1',
    '',
    comment(`Rules switched off for this library, by id (Copydesk's rules are listed at the end).`),
    'disabled: []',
    comment(`disabled:
  - copy.straight-quotes
  - quotes.not-confirmed`),
    '',
    comment(`Words that are never flagged: people, places and products the desk writes often.
The people in a story are never flagged anyway.`),
    'dictionary: []',
    comment(`dictionary:
  - Donbas
  - iPhone`),
    '',
    comment(`A different severity for one of the rules.`),
    'severity: {}',
    comment(`severity:
  quotes.not-confirmed: warning
  photos.no-alt: error`),
    '',
    comment(`Lengths in characters. A story may set its own headline limit.`),
    'limits:',
    `  headline: ${DEFAULT_LIMITS.headline}`,
    `  standfirst: ${DEFAULT_LIMITS.standfirst}`,
    '',
    comment(`The library's own rules. A rule with the id of one of Copydesk's replaces it.
  kind: words  banned → preferred words or phrases ("null" when there is nothing to suggest);
               case: preserve (any capitalisation, the replacement follows it) or exact
  kind: regex  a JavaScript regular expression (flags: i, m, s); the replacement may use $1, $<name>;
               {text} and {replacement} in the message stand for the match and the first replacement
  fields: [body, headline, standfirst]  where the rule looks (all three unless given)
  category: ${Object.keys(CHECK_CATEGORY_LABELS).join(', ')}`),
  );
  if (options.liveExamples) lines.push(EXAMPLE_RULES);
  else lines.push('rules: []', comment(EXAMPLE_RULES));
  lines.push('', comment("Copydesk's own rules:"));
  for (const rule of HOUSE_RULES) lines.push(`#   ${rule.id} (${rule.severity ?? 'warning'}): ${rule.description ?? ''}`);
  return `${lines.join('\n')}\n`;
}
