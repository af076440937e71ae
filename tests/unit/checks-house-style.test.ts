import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUSE_STYLE_FILE, loadHouseStyle, readHouseStyleText, setHouseRuleEnabled, writeHouseStyleExample } from '../../electron/services/checks';
import { type CheckStoryFields, checkStory, compileHouseStyle, DEFAULT_HOUSE_STYLE, houseStyleExample } from '../../shared/checks';
import { schema } from '../../shared/schema';

const p = (text: string) => schema.nodes.paragraph.create(null, schema.text(text));
const doc = (...texts: string[]) => schema.nodes.doc.create(null, texts.map(p));
const fields: CheckStoryFields = {
  headline: 'Council backs plan',
  standfirst: '',
  byline: { contributors: [{ name: 'Lena Novak', role: 'writer', affiliation: null, contact: null }] },
  dateline: null,
  people: [],
  quotes: [],
};
const summary = (rules: readonly { id: string; enabled: boolean; severity: string }[]) => rules.map((r) => [r.id, r.enabled, r.severity]);

describe('the house-style file', () => {
  it('the commented example gives exactly Copydesk’s house style; with its examples on, they run', () => {
    const plain = readHouseStyleText(houseStyleExample());
    expect(plain.problems).toEqual([]);
    expect(summary(plain.style.rules)).toEqual(summary(DEFAULT_HOUSE_STYLE.rules));
    expect(houseStyleExample()).toMatch(/^# House style for this library/);
    expect(houseStyleExample()).toMatch(/#\s+notes\.tk \(error\): TK or TKTK/);

    const live = readHouseStyleText(houseStyleExample({ liveExamples: true }));
    expect(live.problems).toEqual([]);
    const found = checkStory(fields, doc('Troops left Kiev. Fees rose by 40 per annum.'), { style: live.style }).matches.filter((m) =>
      m.ruleId.startsWith('desk.'),
    );
    expect(found.map((m) => [m.ruleId, m.text, m.replacements[0]])).toEqual([
      ['desk.kyiv', 'Kiev', 'Kyiv'],
      ['desk.per-annum', '0 per annum', '0 a year'],
    ]);
  });

  it('a bad file: each mistake names its rule and line, that rule is skipped, and everything else still runs', () => {
    const text = [
      '# Our desk',
      'version: 1',
      'disabled:',
      '  - copy.straight-quotes',
      '  - no.such-rule',
      'dictionary: [Donbas, 42]',
      'severity:',
      '  quotes.not-confirmed: fatal',
      '  photos.no-alt: error',
      'limits:',
      '  headline: short',
      'colours: blue',
      'rules:',
      '  - id: desk.kyiv',
      '    kind: words',
      '    words:',
      '      Kiev: Kyiv',
      '  - id: desk.broken-pattern',
      '    kind: regex',
      '    pattern: "(unclosed"',
      '    message: never',
      '  - id: desk.no-message',
      '    kind: regex',
      '    pattern: "x+"',
      '  - kind: words',
      '    words: { a: b }',
      '  - id: desk.typo',
      '    kind: word',
      '    words: { a: b }',
      '  - id: desk.extra',
      '    kind: words',
      '    words: { colour: color }',
      '    colour: red',
      '  - id: desk.kyiv',
      '    kind: words',
      '    words: { Kyiv: Kiev }',
      '',
    ].join('\n');
    const { style, problems, config } = readHouseStyleText(text);
    // What crosses to the renderer is plain data, and compiles there to the same style.
    const there = compileHouseStyle(JSON.parse(JSON.stringify(config))).style;
    expect(summary(there.rules)).toEqual(summary(style.rules));
    expect(there.dictionary).toEqual(style.dictionary);
    expect(problems.map((x) => [x.line, x.ruleId])).toEqual([
      [5, 'no.such-rule'],
      [6, null],
      [8, 'quotes.not-confirmed'],
      [11, null],
      [12, null],
      [20, 'desk.broken-pattern'],
      [22, 'desk.no-message'],
      [25, null],
      [28, 'desk.typo'],
      [30, 'desk.extra'],
      [34, 'desk.kyiv'],
    ]);
    const messages = problems.map((x) => x.message);
    expect(messages[0]).toBe('house-style.yaml, line 5: There is no rule "no.such-rule" to switch off (ignored).');
    expect(messages[2]).toBe('house-style.yaml, line 8: the severity of “quotes.not-confirmed” must be error, warning or info (ignored).');
    expect(messages[5]).toMatch(
      /^house-style\.yaml, line 20, rule “desk\.broken-pattern”: The pattern is not a valid regular expression .*The rule is skipped; the other rules still run\.$/,
    );
    expect(messages[6]).toBe('house-style.yaml, line 22, rule “desk.no-message”: “message” is missing. The rule is skipped; the other rules still run.');
    expect(messages[7]).toMatch(/line 25, rule 4 \(it has no id\): “id” is missing/);
    expect(messages[8]).toMatch(/line 28, rule “desk\.typo”: kind must be “regex” or “words”/);
    expect(messages[9]).toMatch(/line 30, rule “desk\.extra”: unknown setting “colour”/);
    expect(messages[10]).toMatch(/line 34, rule “desk\.kyiv”: A second rule with the id "desk\.kyiv"/);

    // What was right still applies: the good rule, the switched-off rule, the dictionary, the severity.
    expect(style.rules.find((r) => r.id === 'copy.straight-quotes')?.enabled).toBe(false);
    expect(style.rules.find((r) => r.id === 'photos.no-alt')?.severity).toBe('error');
    expect(style.dictionary).toEqual(['Donbas']);
    expect(style.limits.headline).toBe(70);
    const result = checkStory(fields, doc("Troops left Kiev for the the Donbas. It's late."), { style });
    expect(result.matches.map((m) => m.ruleId)).toEqual(['desk.kyiv', 'copy.doubled-word']);
  });

  it('a file that is not YAML leaves Copydesk’s own style in force, and says where it broke', () => {
    const { style, problems } = readHouseStyleText('version: 1\nrules:\n  - id: a\n   kind: words\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^house-style\.yaml, line 4: this is not valid YAML .*Copydesk’s own house style is used until the file is fixed\.$/);
    expect(summary(style.rules)).toEqual(summary(DEFAULT_HOUSE_STYLE.rules));
    expect(readHouseStyleText('- just\n- a list\n').problems[0]!.message).toMatch(/should be a set of “name: value” lines/);
    expect(readHouseStyleText('').problems).toEqual([]);
    expect(readHouseStyleText('# only comments\n').problems).toEqual([]);
  });
});

describe('the house style of a library folder', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-house-style-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('no file: Copydesk’s own style; the example is written once; a rule is switched off and on again, comments kept', async () => {
    const none = await loadHouseStyle(root);
    expect(none).toMatchObject({ found: false, problems: [], file: path.join(root, HOUSE_STYLE_FILE) });
    expect(await writeHouseStyleExample(root)).toBe(true);
    expect(await writeHouseStyleExample(root)).toBe(false);
    const loaded = await loadHouseStyle(root);
    expect(loaded.found).toBe(true);
    expect(loaded.problems).toEqual([]);

    const off = await setHouseRuleEnabled(root, 'copy.straight-quotes', false);
    expect(off.style.rules.find((r) => r.id === 'copy.straight-quotes')?.enabled).toBe(false);
    const text = await readFile(off.file, 'utf8');
    expect(text).toMatch(/^# House style for this library/);
    expect(text).toMatch(/disabled:\n {2}- copy\.straight-quotes\n/);
    expect(text).toMatch(/# Copydesk's own rules:/);

    await setHouseRuleEnabled(root, 'quotes.not-confirmed', false);
    const on = await setHouseRuleEnabled(root, 'copy.straight-quotes', true);
    expect(on.style.rules.filter((r) => !r.enabled).map((r) => r.id)).toEqual(['quotes.not-confirmed']);
    await expect(setHouseRuleEnabled(root, 'no.such-rule', false)).rejects.toThrow(/There is no house rule “no\.such-rule”/);
  });

  it('switching a rule off in a library without a file writes the example with that rule off', async () => {
    const off = await setHouseRuleEnabled(root, 'notes.tk', false);
    expect(off.problems).toEqual([]);
    expect(off.style.rules.find((r) => r.id === 'notes.tk')?.enabled).toBe(false);
    await writeFile(off.file, 'rules: [\n');
    await expect(setHouseRuleEnabled(root, 'notes.tk', true)).rejects.toThrow(/not valid YAML/);
    const broken = await loadHouseStyle(root);
    expect(broken.problems[0]!.line).toBe(2);
  });
});
