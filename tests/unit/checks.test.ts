import type { Mark, Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { type Article, bodyNode, newArticle, parseDatelineText, type QuoteRecord } from '../../shared/article';
import { analyzeParagraphs } from '../../shared/attribution';
import {
  bodyPositions,
  bodyTexts,
  type CheckMatch,
  type CheckStoryFields,
  checkStory,
  compileHouseStyle,
  DEFAULT_HOUSE_STYLE,
  docRange,
  houseRuleDefinitions,
} from '../../shared/checks';
import { importWireText } from '../../shared/import';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';
import { schema } from '../../shared/schema';

// Documents built from the real schema, prosemirror-test-builder style.
const p = (...parts: (string | Node)[]) =>
  schema.nodes.paragraph.create(
    null,
    parts.map((x) => (typeof x === 'string' ? schema.text(x) : x)),
  );
const link = (text: string, href: string) => schema.text(text, [schema.marks.link.create({ href })]);
const photo = (attrs: Record<string, unknown>) => schema.nodes.photo.create(attrs);
const doc = (...blocks: Node[]) => schema.nodes.doc.create(null, blocks);

const story = (fields: Partial<CheckStoryFields> = {}): CheckStoryFields => ({
  headline: 'Council backs plan for the harbour',
  standfirst: '',
  byline: { contributors: [{ name: 'Lena Novak', role: 'writer', affiliation: 'Copydesk Wire', contact: null }] },
  dateline: null,
  people: [],
  quotes: [],
  ...fields,
});

const record = (text: string, status: QuoteRecord['status'], id: string): QuoteRecord => ({
  id,
  text,
  speakerId: null,
  method: null,
  date: null,
  sourceNote: null,
  status,
  reviewerNote: null,
});

const ids = (matches: readonly CheckMatch[]) => matches.map((m) => m.ruleId).sort();

/** One instance of each default rule's error (the empty headline needs a story of its own). */
function seededStory(): { fields: CheckStoryFields; body: Node; headlineLimit: number } {
  const body = doc(
    p('The mayor said the plan was TK and would be finished soon.'),
    p('Officials will meet again [[check the date with Ana]] to vote on it.'),
    p('The council hired 4 new inspectors.'),
    p('12 people were hurt in the crash.'),
    p('The vote is set for November 26 at the town hall.'),
    p('The deadline was moved to Dec. 3rd this year.'),
    p('Prices rose 8% in a year.'),
    p('Rents went up by three per cent last year.'),
    p('The council met with president Maria Costa on the plan.'),
    p('She said the budget was okay for now.'),
    p('Residents can send an e-mail to the council.'),
    p('The council will publish the plan on its web site tomorrow.'),
    p('The the council voted against the plan.'),
    p('The vote was close , officials said.'),
    p("The mayor's office did not comment."),
    p('“It is over, said a resident.'),
    p('The fund (set up in March will close.'),
    p('“We will not give up,” said Ana Ruiz.'),
    p('The report was published on Monday.'),
    p('“The numbers do not add up,” said Tom Walsh.'),
    p('Ana Ruiz left the meeting before the vote.'),
    p('“Nobody here wanted it to end like this, but the numbers simply did not add up.”'),
    p('The report was published on Monday by the council.'),
    p('Officials were still counting the votes at midnight.'),
    p('“Something has to change before the winter comes to the valley.”'),
    p('Walshe later said the vote was fair.'),
    photo({ src: '' }),
    photo({ src: 'media/a.jpg', credit: 'Photo: Lena Novak / Copydesk Wire' }),
    photo({ src: 'media/b.jpg', alt: 'Council members at a long table' }),
    p('Read ', link('the full report', 'htp://council.example.org/report'), ' on the council’s site.'),
  );
  // Records as Review quotes leaves them: the flagged quote, and the unclosed one confirmed (its
  // check is the unbalanced mark, not the speaker).
  const detected = analyzeParagraphs(bodyTexts(body)).quotes;
  const unclosed = detected.find((q) => q.text.startsWith('It is over'))!;
  const quotes = [record('The numbers do not add up,', 'flagged', 'q-flagged'), record(unclosed.text, 'confirmed', 'q-unclosed')];
  const fields = story({
    headline: 'Council backs 5 percent pay rise for all city workers',
    standfirst:
      'The harbour district has waited years for the plan, and the council now says the work can begin before the winter storms arrive, though residents still want to know who will pay for the new sea wall, when the road along the water will reopen and what happens to the old fish market.',
    byline: { contributors: [] },
    dateline: { place: 'Kyiv', date: 'November 26' },
    quotes,
  });
  return { fields, body, headlineLimit: 40 };
}

/** The story with one replacement applied where the match is. */
function applyReplacement(fields: CheckStoryFields, body: Node, m: CheckMatch, replacement: string): { fields: CheckStoryFields; body: Node } {
  const r = m.range;
  if (r.kind === 'field') {
    if (r.field === 'dateline') return { fields: { ...fields, dateline: parseDatelineText(replacement) }, body };
    if (r.field === 'headline' || r.field === 'standfirst') {
      const text = fields[r.field];
      return { fields: { ...fields, [r.field]: text.slice(0, r.from) + replacement + text.slice(r.to) }, body };
    }
    throw new Error(`no replacement in ${r.field}`);
  }
  const range = docRange(bodyPositions(body), r)!;
  const marks: readonly Mark[] = body.resolve(range.from + 1).marks();
  const tr = new Transform(body);
  if (replacement) tr.replaceWith(range.from, range.to, schema.text(replacement, marks));
  else tr.delete(range.from, range.to);
  return { fields, body: tr.doc };
}

describe('the copy desk checks: default house style', () => {
  it('finds every default rule’s error in a story seeded with one of each', () => {
    const { fields, body, headlineLimit } = seededStory();
    const result = checkStory(fields, body, { headlineLimit });
    const all = houseRuleDefinitions()
      .map((r) => r.id)
      .filter((id) => id !== 'story.headline-empty');
    expect(ids(result.matches)).toEqual([...all].sort());
    const by = (id: string) => result.matches.find((m) => m.ruleId === id)!;
    expect(by('notes.tk').text).toBe('TK');
    expect(by('numbers.spell-out').replacements).toEqual(['four']);
    expect(by('numbers.sentence-start').replacements).toEqual(['Twelve']);
    expect(by('dates.months')).toMatchObject({ text: 'November', replacements: ['Nov.'] });
    expect(by('dates.no-ordinals')).toMatchObject({ text: 'Dec. 3rd', replacements: ['Dec. 3'] });
    expect(by('style.percent')).toMatchObject({ text: '8%', replacements: ['8 percent'] });
    expect(by('style.percent-in-headlines')).toMatchObject({ text: '5 percent', replacements: ['5%'], range: { kind: 'field', field: 'headline' } });
    expect(by('style.titles-before-names')).toMatchObject({ text: 'president', replacements: ['President'] });
    expect(by('style.ok').replacements).toEqual(['OK']);
    expect(by('copy.doubled-word')).toMatchObject({ text: 'The the', replacements: ['The'] });
    expect(by('copy.space-before-punctuation')).toMatchObject({ text: ' ,', replacements: [','] });
    expect(by('copy.straight-quotes').replacements).toEqual(['’']);
    expect(by('story.headline-length')).toMatchObject({ range: { kind: 'field', field: 'headline', from: 40, to: 53 }, text: ' city workers' });
    expect(by('story.dateline-form').replacements).toEqual(['KYIV, Nov. 26']);
    expect(by('names.two-spellings')).toMatchObject({ text: 'Walshe', replacements: ['Walsh'] });
    expect(by('photos.placeholder').range).toEqual({ kind: 'photo', photo: 0 });
    expect(by('photos.no-alt').range).toEqual({ kind: 'photo', photo: 1 });
    expect(by('photos.no-credit').range).toEqual({ kind: 'photo', photo: 2 });
    expect(by('links.malformed')).toMatchObject({ text: 'the full report', severity: 'error' });
    expect(by('quotes.not-confirmed').severity).toBe('info');
    expect(result.counts).toEqual({
      error: result.matches.filter((m) => m.severity === 'error').length,
      warning: result.matches.filter((m) => m.severity === 'warning').length,
      info: 1,
    });
    // Every block range points at the text it reports.
    const texts = bodyTexts(body);
    for (const m of result.matches) if (m.range.kind === 'block') expect(texts[m.range.block]!.slice(m.range.from, m.range.to)).toBe(m.text);
  });

  it('each replacement, applied, gives clean copy: that error is gone and no other appears', () => {
    const { fields, body, headlineLimit } = seededStory();
    const before = checkStory(fields, body, { headlineLimit });
    const withReplacement = before.matches.filter((m) => m.replacements.length);
    expect(withReplacement.map((m) => m.ruleId).sort()).toEqual(
      [
        'copy.doubled-word',
        'copy.space-before-punctuation',
        'copy.straight-quotes',
        'dates.months',
        'dates.no-ordinals',
        'names.two-spellings',
        'numbers.sentence-start',
        'numbers.spell-out',
        'story.dateline-form',
        'style.email',
        'style.ok',
        'style.per-cent',
        'style.percent',
        'style.percent-in-headlines',
        'style.preferred-words',
        'style.titles-before-names',
      ].sort(),
    );
    for (const m of withReplacement) {
      for (const replacement of m.replacements) {
        const fixed = applyReplacement(fields, body, m, replacement);
        const after = checkStory(fixed.fields, fixed.body, { headlineLimit });
        const expected = ids(before.matches);
        expected.splice(expected.indexOf(m.ruleId), 1);
        expect({ rule: m.ruleId, found: ids(after.matches) }).toEqual({ rule: m.ruleId, found: expected });
      }
    }
  });

  it('an empty headline is an error of its own', () => {
    const result = checkStory(story({ headline: '  ' }), doc(p('Text.')));
    expect(result.matches.map((m) => [m.ruleId, m.severity])).toEqual([['story.headline-empty', 'error']]);
  });

  it('the sample wire story raises no error and no house-style match, and its people are never flagged', () => {
    const imported = importWireText(SAMPLE_WIRE_STORY);
    const article: Article = newArticle({ id: 'sample', now: '2025-11-26T00:00:00Z', ...imported });
    const body = bodyNode(article.body);
    const result = checkStory(article, body);
    expect(result.matches.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.matches.filter((m) => m.category === 'style' || m.category === 'notes' || m.category === 'story' || m.category === 'names')).toEqual([]);
    // What it does raise: straight quotes from the wire, the photo the wire promised, ten quotes to confirm.
    expect(new Set(result.matches.map((m) => m.ruleId))).toEqual(new Set(['copy.straight-quotes', 'photos.placeholder', 'quotes.not-confirmed']));
    expect(result.matches.filter((m) => m.ruleId === 'quotes.not-confirmed')).toHaveLength(10);
    for (const m of result.matches) expect(m.text).not.toMatch(/Zelenskyy|Takaichi/);

    // Even a house rule that bans their names leaves the people of the story alone.
    const { style } = compileHouseStyle({
      rules: [
        { id: 'desk.names', kind: 'words', words: { Zelenskyy: 'Zelensky', Takaichi: null, Volodymyr: 'Volodimir' } },
        { id: 'desk.capitals', kind: 'regex', pattern: '\\b[A-Z][a-z]+chi\\b', message: 'flagged' },
      ],
    });
    const strict = checkStory(article, body, { style });
    expect(strict.matches.filter((m) => m.ruleId.startsWith('desk.'))).toEqual([]);
  });
});

describe('names and the dictionary', () => {
  const rule = { id: 'desk.banned', kind: 'words' as const, words: { Donbas: 'Donbass', Kiev: 'Kyiv', colour: 'color' } };

  it('people records, the cast and dictionary words are never flagged; other words are', () => {
    const { style } = compileHouseStyle({ rules: [rule], dictionary: ['donbas'] });
    const body = doc(p('Troops left the Donbas and the roads to Kiev; the colour of the flag was blue.'));
    const result = checkStory(story(), body, { style });
    expect(result.matches.filter((m) => m.ruleId === 'desk.banned').map((m) => m.text)).toEqual(['Kiev', 'colour']);
    const withPerson = checkStory(story({ people: [{ id: 'person-ana-kiev', name: 'Ana Kiev', title: null, affiliation: null }] }), body, { style });
    expect(withPerson.matches.filter((m) => m.ruleId === 'desk.banned').map((m) => m.text)).toEqual(['colour']);
    // The cast the quote engine finds counts as much as the stored people.
    const cast = checkStory(story(), doc(p('“We stay,” said Olga Kiev.'), p('Kiev left at noon.')), { style });
    expect(cast.matches.filter((m) => m.ruleId === 'desk.banned')).toEqual([]);
  });

  it('a name in the cast is exempt in the headline too, but a second spelling of it is flagged', () => {
    const { style } = compileHouseStyle({ rules: [{ id: 'desk.walsh', kind: 'words', words: { Walsh: 'Welsh' } }] });
    const body = doc(p('“The numbers do not add up,” said Tom Walsh.'), p('Walshe later said the vote was fair.'));
    const result = checkStory(story({ headline: 'Walsh and Walshe split the vote' }), body, { style });
    expect(result.matches.filter((m) => m.ruleId === 'desk.walsh')).toEqual([]);
    expect(result.matches.filter((m) => m.ruleId === 'names.two-spellings').map((m) => [m.range.kind, m.text])).toEqual([
      ['field', 'Walshe'],
      ['block', 'Walshe'],
    ]);
  });
});

describe('house rules read like a copy editor', () => {
  const check = (...paras: string[]) => checkStory(story(), doc(...paras.map((t) => p(t)))).matches;
  const found = (rule: string, ...paras: string[]) =>
    check(...paras)
      .filter((m) => m.ruleId === rule)
      .map((m) => m.text);

  it('numbers: figures stay for ages, percentages, money, measures, times, dates, ranks and names', () => {
    expect(
      found(
        'numbers.spell-out',
        'A 3-year-old boy was found. The child, 5 years old, was safe. Prices rose 4 percent. It cost $5 and weighed 3 kg.',
        'They met at 9 a.m. on Nov. 3 in Room 4 and talked for 1.5 hours about Formula 1 and No. 2 seeds.',
        'The vote was 5 to 4. She scored 3-2 and then 7 of the 9 members left.',
      ),
    ).toEqual(['7', '9']);
    expect(found('numbers.sentence-start', '2023 was a cold year. 12 died. 1,200 were hurt. 5% left. Only 3 stayed.')).toEqual(['12', '1,200', '5%']);
    const start = check('2023 was a cold year. 12 died. 1,200 were hurt. 5% left.').filter((m) => m.ruleId === 'numbers.sentence-start');
    expect(start.map((m) => m.replacements)).toEqual([['Twelve'], [], ['Five percent']]);
  });

  it('titles: formal titles before names are capitalised, a company’s president is not; Governor becomes Gov.', () => {
    expect(found('style.titles-before-names', 'Former president Joe Biden met prime minister Anna Lind and governor Gavin Newsom.')).toEqual([
      'president',
      'prime minister',
      'governor',
    ]);
    expect(found('style.titles-before-names', 'The company president John Smith and the president on Monday. President Joe Biden.')).toEqual([]);
  });

  it('dates: long months abbreviated before a day, short ones in full, and none when the month stands alone', () => {
    const ms = check('On September 5, Sept 6, Jan 7, Mar. 8 and June 9, but not in February 2022 or in May.').filter((m) => m.ruleId === 'dates.months');
    expect(ms.map((m) => [m.text, m.replacements[0]])).toEqual([
      ['September', 'Sept.'],
      ['Sept', 'Sept.'],
      ['Jan', 'Jan.'],
      ['Mar.', 'March'],
    ]);
  });

  it('words: found in any capitalisation, replaced in the same one; the preferred spelling itself passes', () => {
    const ms = check('E-mail the desk. Send e-mails. It is OK. Okay? O.K.').filter((m) => m.category === 'style');
    expect(ms.map((m) => [m.text, m.replacements[0]])).toEqual([
      ['E-mail', 'Email'],
      ['e-mails', 'emails'],
      ['Okay', 'OK'],
      ['O.K.', 'OK'],
    ]);
  });

  it('quotes: a quote running over paragraphs is balanced; an unclosed one at the end of the story is not', () => {
    expect(found('copy.unbalanced-quotes', '“We will stay,” she said. “And we will build.', '“It is our home.”')).toEqual([]);
    expect(found('copy.unbalanced-quotes', 'She said: “We will stay.', 'The end.')).toEqual(['“']);
    expect(found('copy.unbalanced-quotes', 'She said: “We will stay.')).toEqual(['“']);
    expect(found('copy.unbalanced-quotes', 'Stray” mark.')).toEqual(['”']);
    expect(found('copy.unbalanced-brackets', 'a) first (and [only] item) :) fine', 'broken ] and (open')).toEqual([']', '(']);
  });

  it('doubled words: any letters, any case; “had had” and a word glued to a hyphen stand', () => {
    const ms = check('The the vote. He had had enough, and that that was it. Café café. It was the the-end. Is  is it?').filter(
      (m) => m.ruleId === 'copy.doubled-word',
    );
    expect(ms.map((m) => [m.text, m.replacements[0]])).toEqual([
      ['The the', 'The'],
      ['Café café', 'Café'],
      ['Is  is', 'Is'],
    ]);
  });

  it('regular expressions: capture groups in the replacement, and a bad pattern is reported and skipped', () => {
    const { style, problems } = compileHouseStyle({
      rules: [
        {
          id: 'desk.per-annum',
          kind: 'regex',
          pattern: '(?<n>\\d+) per annum',
          message: 'Write “{replacement}”',
          replacement: ['$<n> a year', '$1 each year'],
        },
        { id: 'desk.broken', kind: 'regex', pattern: '(unclosed', message: 'x' },
      ],
    });
    expect(problems).toEqual([{ path: ['rules', 1, 'pattern'], ruleId: 'desk.broken', message: expect.stringMatching(/not a valid regular expression/) }]);
    const [m] = checkStory(story(), doc(p('Fees rose by 40 per annum.')), { style }).matches.filter((x) => x.ruleId.startsWith('desk.'));
    expect(m).toMatchObject({ ruleId: 'desk.per-annum', text: '40 per annum', message: 'Write “40 a year”', replacements: ['40 a year', '40 each year'] });
  });

  it('a library switches rules off, changes severities and limits, and can replace a house rule', () => {
    const { style, problems } = compileHouseStyle({
      disabled: ['copy.straight-quotes', 'no.such-rule'],
      severity: { 'quotes.not-confirmed': 'warning' },
      limits: { headline: 20 },
      rules: [{ id: 'style.ok', kind: 'words', words: { OK: 'okay' }, case: 'exact' }],
    });
    expect(problems.map((x) => x.message)).toEqual(['There is no rule "no.such-rule" to switch off']);
    expect(style.rules.find((r) => r.id === 'copy.straight-quotes')?.enabled).toBe(false);
    expect(style.rules.find((r) => r.id === 'style.ok')?.source).toBe('library');
    const result = checkStory(story(), doc(p("It's OK.")), { style });
    expect(result.matches.map((m) => [m.ruleId, m.severity, m.text])).toEqual([
      ['story.headline-length', 'error', 'or the harbour'],
      ['style.ok', 'warning', 'OK'],
    ]);
    expect(DEFAULT_HOUSE_STYLE.rules.every((r) => r.enabled && r.source === 'house')).toBe(true);
  });

  it('links: misspelt, empty, spaced and unsafe addresses are errors; good ones pass', () => {
    const body = doc(
      p(
        link('a', 'https://example.com/x?y=1'),
        ' ',
        link('b', 'mailto:desk@example.com'),
        ' ',
        link('c', 'http//example.com'),
        ' ',
        link('d', 'www.example.com'),
        ' ',
        link('e', 'https://exa mple.com'),
        ' ',
        link('f', 'javascript:alert(1)'),
        ' ',
        link('g', 'https://localhost:8080/'),
        ' ',
        link('h', 'mailto:nobody'),
      ),
    );
    const ms = checkStory(story(), body).matches.filter((m) => m.ruleId === 'links.malformed');
    expect(ms.map((m) => m.text)).toEqual(['c', 'd', 'e', 'f', 'h']);
  });

  it('photos: the photo checks strip’s findings, numbered as the strip numbers them', () => {
    const li = schema.nodes.list_item.create(null, [p('Item'), photo({ src: 'media/a.jpg', alt: 'x' })]);
    const body = doc(photo({ src: '' }), p('Text.'), schema.nodes.bullet_list.create(null, [li]));
    const ms = checkStory(story(), body).matches.filter((m) => m.category === 'photos');
    expect(ms.map((m) => [m.ruleId, m.message])).toEqual([
      ['photos.placeholder', 'Photo 1 is still a placeholder: attach the image'],
      ['photos.no-credit', 'Photo 2 has no credit'],
    ]);
    const positions = bodyPositions(body);
    expect(body.nodeAt(docRange(positions, ms[1]!.range)!.from)?.attrs.src).toBe('media/a.jpg');
  });

  it('the dateline: place in capitals, date as “Nov. 26”; a good one passes', () => {
    const dl = (place: string, date: string) =>
      checkStory(story({ dateline: { place, date } }), doc(p('Text.'))).matches.map((m) => m.replacements[0] ?? m.message);
    expect(dl('KYIV', 'Nov. 26')).toEqual([]);
    expect(dl('PORTLAND, Ore.', 'Sept. 3')).toEqual([]);
    expect(dl('WASHINGTON', '')).toEqual([]);
    expect(dl('Tokyo', '26 November')).toEqual(['TOKYO, Nov. 26']);
    expect(dl('KYIV', '11/26')).toEqual([expect.stringMatching(/date is written like “Nov. 26”/)]);
  });
});
