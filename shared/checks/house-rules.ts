import type { HouseRuleDefinition } from './rules';

/**
 * Copydesk's own house style: an AP-like set written for Copydesk (not copied from a style
 * book). A library's `.copydesk/house-style.yaml` switches rules off, changes their severity,
 * adds its own and replaces any of these by id.
 *
 * Severity: `error` is something that must not be published (a TK, an unclosed quotation, a
 * photo without a credit, a headline that does not fit); `warning` is house style a copy editor
 * would fix; `info` is for the record.
 */
export const HOUSE_RULES: readonly HouseRuleDefinition[] = [
  // Notes left in the copy
  {
    id: 'notes.tk',
    kind: 'regex',
    category: 'notes',
    severity: 'error',
    description: 'TK or TKTK marks something still to come.',
    pattern: '\\bTK(?:TK)*\\b',
    message: '“{text}” left in the copy: fill in what is still to come',
  },
  {
    id: 'notes.editor-note',
    kind: 'regex',
    category: 'notes',
    severity: 'error',
    description: 'Notes between [[ and ]] are for the desk, not the reader.',
    pattern: '\\[\\[[^\\]]*\\]\\]',
    message: 'A note for the desk is still in the copy: deal with it and remove it',
  },

  // The story's fields
  { id: 'story.headline-empty', kind: 'code', category: 'story', severity: 'error', description: 'Every story needs a headline.' },
  {
    id: 'story.headline-length',
    kind: 'code',
    category: 'story',
    severity: 'error',
    description: 'The headline fits its slot: the story’s own limit, or the house limit in characters.',
  },
  {
    id: 'story.standfirst-length',
    kind: 'code',
    category: 'story',
    severity: 'warning',
    description: 'The standfirst stays within the house limit in characters.',
  },
  { id: 'story.byline-empty', kind: 'code', category: 'story', severity: 'warning', description: 'Someone is credited with the story.' },
  {
    id: 'story.dateline-form',
    kind: 'code',
    category: 'story',
    severity: 'warning',
    description: 'A dateline is the place in capitals, then the date as “Nov. 26”: “KYIV, Nov. 26”.',
  },

  // House style
  {
    id: 'numbers.spell-out',
    kind: 'code',
    category: 'style',
    severity: 'warning',
    description: 'Numbers one to nine are spelled out; ages, percentages, money, measures, times, dates and ranks keep figures.',
    fields: ['body', 'standfirst'],
  },
  {
    id: 'numbers.sentence-start',
    kind: 'code',
    category: 'style',
    severity: 'warning',
    description: 'A sentence does not start with a figure (a year may).',
    fields: ['body', 'standfirst'],
  },
  {
    id: 'dates.months',
    kind: 'code',
    category: 'style',
    severity: 'warning',
    description: 'Before a date, Jan., Feb., Aug., Sept., Oct., Nov. and Dec. are abbreviated; March to July are not.',
  },
  {
    id: 'dates.no-ordinals',
    kind: 'regex',
    category: 'style',
    severity: 'warning',
    description: 'Dates take no st, nd, rd or th: “Nov. 26”, not “Nov. 26th”.',
    pattern: '(\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2})(?:st|nd|rd|th)\\b',
    message: 'No ordinal in a date: “{replacement}”',
    replacement: '$1',
  },
  {
    id: 'style.percent',
    kind: 'regex',
    category: 'style',
    severity: 'warning',
    description: 'In copy, percentages are written with the word “percent”.',
    pattern: '(?<![0-9.,])([0-9]+(?:[.,][0-9]+)*)\\s?%',
    message: 'Write “percent” in copy: “{replacement}”',
    replacement: '$1 percent',
    fields: ['body', 'standfirst'],
  },
  {
    id: 'style.percent-in-headlines',
    kind: 'regex',
    category: 'style',
    severity: 'warning',
    description: 'Headlines use the % sign.',
    pattern: '(?<![0-9.,])([0-9]+(?:[.,][0-9]+)*)\\s?(?:percent|per\\s?cent)\\b',
    flags: 'i',
    message: 'Headlines take the % sign: “{replacement}”',
    replacement: '$1%',
    fields: ['headline'],
  },
  {
    id: 'style.per-cent',
    kind: 'words',
    category: 'style',
    severity: 'warning',
    description: '“percent” is one word.',
    words: { 'per cent': 'percent' },
    fields: ['body', 'standfirst'],
  },
  {
    id: 'style.titles-before-names',
    kind: 'code',
    category: 'style',
    severity: 'warning',
    description:
      'A formal title directly before a name is capitalised (President Volodymyr Zelenskyy); Governor, Lieutenant Governor and Senator are abbreviated.',
  },
  {
    id: 'style.ok',
    kind: 'words',
    category: 'style',
    severity: 'warning',
    description: 'OK, not okay or O.K.',
    words: { okay: 'OK', ok: 'OK', 'o.k.': 'OK', okayed: 'OK’d', okays: 'OKs' },
  },
  {
    id: 'style.email',
    kind: 'words',
    category: 'style',
    severity: 'warning',
    description: 'email, without a hyphen.',
    words: { 'e-mail': 'email', 'e-mails': 'emails', 'e-mailed': 'emailed', 'e-mailing': 'emailing' },
  },
  {
    id: 'style.preferred-words',
    kind: 'words',
    category: 'style',
    severity: 'warning',
    description: 'The house’s spellings of common words.',
    words: {
      'web site': 'website',
      'web sites': 'websites',
      'cell phone': 'cellphone',
      'cell phones': 'cellphones',
      towards: 'toward',
      amongst: 'among',
      whilst: 'while',
    },
  },

  // Typing and punctuation
  {
    id: 'copy.doubled-word',
    kind: 'code',
    category: 'copy',
    severity: 'error',
    description: 'The same word twice in a row (“the the”); “had had” and “that that” stand.',
  },
  {
    id: 'copy.space-before-punctuation',
    kind: 'regex',
    category: 'copy',
    severity: 'warning',
    description: 'No space before a comma, full stop, colon, semicolon, question or exclamation mark.',
    pattern: '[ \\t\\u00a0]+([,;:!?]|\\.(?!\\.))',
    message: 'Space before “{replacement}”',
    replacement: '$1',
  },
  {
    id: 'copy.straight-quotes',
    kind: 'code',
    category: 'copy',
    severity: 'warning',
    description: 'Quotation marks and apostrophes are curly (“ ” ‘ ’), as Copydesk types them.',
  },
  {
    id: 'copy.unbalanced-quotes',
    kind: 'code',
    category: 'copy',
    severity: 'error',
    description: 'Every quotation opened is closed (a quote may run on into a paragraph that opens with a quotation mark).',
  },
  { id: 'copy.unbalanced-brackets', kind: 'code', category: 'copy', severity: 'error', description: 'Every bracket opened is closed.' },

  // Quotes and names (from the quote engine and the Review quotes records)
  { id: 'quotes.no-speaker', kind: 'code', category: 'quotes', severity: 'warning', description: 'A quote whose speaker nobody has named.' },
  { id: 'quotes.uncertain-speaker', kind: 'code', category: 'quotes', severity: 'warning', description: 'A quote whose speaker Copydesk is not sure of.' },
  { id: 'quotes.flagged', kind: 'code', category: 'quotes', severity: 'warning', description: 'A quote flagged in Review quotes.' },
  { id: 'quotes.not-confirmed', kind: 'code', category: 'quotes', severity: 'info', description: 'A quote not yet confirmed in Review quotes.' },
  {
    id: 'names.two-spellings',
    kind: 'code',
    category: 'names',
    severity: 'warning',
    description: 'A person’s name spelled two ways in one story (as Sources warns).',
  },

  // Photos and links
  { id: 'photos.placeholder', kind: 'code', category: 'photos', severity: 'warning', description: 'A photo placeholder still waiting for its image.' },
  { id: 'photos.no-alt', kind: 'code', category: 'photos', severity: 'warning', description: 'A photo without alt text.' },
  { id: 'photos.no-credit', kind: 'code', category: 'photos', severity: 'error', description: 'A photo without a credit.' },
  {
    id: 'links.malformed',
    kind: 'code',
    category: 'links',
    severity: 'error',
    description: 'A link whose address is empty, misspelt or not a web, email or phone address.',
  },
];
