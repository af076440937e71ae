import { describe, expect, it } from 'vitest';
import { ruleGroups, rulesOnSummary } from '../../renderer/checks/house-style-list';
import {
  decideStatus,
  OVERRIDE_NAME_KEY,
  openErrors,
  overrideName,
  readOverrideName,
  readyOverride,
  withOverride,
  writeOverrideName,
} from '../../renderer/checks/ready-gate';
import { type Article, bodyNode, newArticle, parseArticle, serializeArticle } from '../../shared/article';
import { type CheckMatch, compileHouseStyle, DEFAULT_HOUSE_STYLE, ignoreFor, textblockText } from '../../shared/checks';
import { articleNinjs } from '../../shared/export';

// The Ready gate's logic: which checks hold a story back, what the Status select does, and the
// record an override leaves in the story file and its NINJS.

const paragraphs = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function story(headline: string, ...texts: string[]): Article {
  return newArticle({ id: 'a1', now: '2026-12-02T10:00:00.000Z', headline, body: paragraphs(...texts) });
}

const errorsOf = (a: Article, style = DEFAULT_HOUSE_STYLE) => openErrors(a, bodyNode(a.body), style);

describe('open errors', () => {
  it('lists error checks only: a TK is one, a house-style warning is not', () => {
    const clean = story('Council meets', 'The council met on Monday.');
    expect(errorsOf(clean)).toEqual([]);
    // "utilise" and "e-mail" are warnings at most: Ready is not held back by them.
    const warned = story('Council meets', 'The council will utilise e-mail on Monday.');
    expect(errorsOf(warned)).toEqual([]);
    const tk = errorsOf(story('Council meets', 'Turnout was TK on Monday.'));
    expect(tk.map((m) => [m.ruleId, m.severity, m.text])).toEqual([['notes.tk', 'error', 'TK']]);
  });

  it('reads the fields too: a story without a headline is not ready', () => {
    expect(errorsOf(story('', 'The council met on Monday.')).map((m) => m.ruleId)).toContain('story.headline-empty');
  });

  it('leaves out what the desk chose to ignore, and what the library switched off', () => {
    const a = story('Council meets', 'Turnout was TK on Monday.', 'The budget is TK.');
    const [first, second] = errorsOf(a);
    const doc = bodyNode(a.body);
    const texts: string[] = [];
    doc.forEach((n) => {
      texts.push(textblockText(n));
    });
    const ignoredOne = { ...a, checks: { ignored: [ignoreFor(first!, texts[0]!)], overrides: [] } };
    expect(errorsOf(ignoredOne)).toEqual([second]);
    const off = compileHouseStyle({ disabled: ['notes.tk'] }).style;
    expect(errorsOf(a, off)).toEqual([]);
  });

  it('runs a library’s own error rule', () => {
    const { style, problems } = compileHouseStyle({
      rules: [{ id: 'desk.tbc', kind: 'words', severity: 'error', words: { tbc: null } }],
    });
    expect(problems).toEqual([]);
    expect(errorsOf(story('Council meets', 'The date is tbc.'), style).map((m) => m.ruleId)).toEqual(['desk.tbc']);
  });
});

describe('the Status select', () => {
  const tk: CheckMatch = {
    ruleId: 'notes.tk',
    category: 'notes',
    severity: 'error',
    range: { kind: 'block', block: 0, from: 0, to: 2 },
    text: 'TK',
    message: '“TK” left in the copy',
    replacements: [],
  };

  it('sets every status but Ready at once, without running the checks', () => {
    const never = () => {
      throw new Error('checked');
    };
    for (const status of ['draft', 'in-edit'] as const) expect(decideStatus(status, never)).toEqual({ kind: 'set', status });
  });

  it('sets Ready at once when nothing is open, and asks when errors are', () => {
    expect(decideStatus('ready', () => [])).toEqual({ kind: 'set', status: 'ready' });
    expect(decideStatus('ready', () => [tk])).toEqual({ kind: 'ask', errors: [tk] });
  });

  it('records who overrode which checks, when and why, keeping the desk’s ignored checks', () => {
    const override = readyOverride({
      by: 'Olena Kovalenko',
      reason: '  Figures come at 6pm; desk knows.  ',
      at: new Date('2026-12-02T18:00:00Z'),
      errors: [tk],
    });
    expect(override).toEqual({
      by: 'Olena Kovalenko',
      at: '2026-12-02T18:00:00.000Z',
      reason: 'Figures come at 6pm; desk knows.',
      checks: [{ ruleId: 'notes.tk', message: '“TK” left in the copy', text: 'TK' }],
    });
    const ignored = [{ ruleId: 'copy.doubled-word', text: 'the the', context: 'x\u241fy' }];
    const once = withOverride(undefined, override);
    expect(once).toEqual({ ignored: [], overrides: [override] });
    const twice = withOverride({ ignored, overrides: [override] }, { ...override, by: 'Desk' });
    expect(twice.ignored).toEqual(ignored);
    expect(twice.overrides.map((o) => o.by)).toEqual(['Olena Kovalenko', 'Desk']);
  });

  it('needs a name; long text is cut to what the file takes, so the story still saves', () => {
    expect(overrideName('   ')).toBeNull();
    expect(overrideName('  Olena   Kovalenko ')).toBe('Olena Kovalenko');
    const long = readyOverride({ by: 'x'.repeat(500), reason: 'r'.repeat(5_000), at: new Date(0), errors: [{ ...tk, message: 'm'.repeat(3_000) }] });
    const a = { ...story('Council meets', 'TK'), status: 'ready' as const, checks: withOverride(undefined, long) };
    const back = parseArticle(serializeArticle(a));
    expect(back.checks?.overrides[0]?.by.length).toBe(200);
    expect(back.checks?.overrides[0]?.reason.length).toBe(2_000);
    // The file keeps the last 500 overrides; the newest is the one NINJS reports.
    let record = withOverride(undefined, long);
    for (let i = 0; i < 505; i++) record = withOverride(record, { ...long, by: `Editor ${i}` });
    expect(record.overrides.length).toBe(500);
    expect(record.overrides.at(-1)?.by).toBe('Editor 504');
  });

  it('the override reaches NINJS as the ednote, naming the person and the rule', () => {
    const override = readyOverride({ by: 'Olena Kovalenko', reason: 'Figures at 6pm', at: new Date('2026-12-02T18:00:00Z'), errors: [tk] });
    const a = { ...story('Council meets', 'Turnout was TK.'), status: 'ready' as const, checks: withOverride(undefined, override) };
    const ednote = (articleNinjs(a) as { ednote?: string }).ednote;
    expect(ednote).toContain('Olena Kovalenko');
    expect(ednote).toContain('notes.tk');
    expect(ednote).toContain('Figures at 6pm');
  });

  it('remembers the name typed last time, and copes without storage', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    expect(readOverrideName(storage)).toBe('');
    writeOverrideName(storage, 'Olena Kovalenko');
    expect(kept.get(OVERRIDE_NAME_KEY)).toBe('Olena Kovalenko');
    expect(readOverrideName(storage)).toBe('Olena Kovalenko');
    expect(readOverrideName(null)).toBe('');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readOverrideName(broken)).toBe('');
    expect(() => writeOverrideName(broken, 'x')).not.toThrow();
  });
});

describe('the House style dialog’s list', () => {
  it('groups every rule by category in the Checks panel’s order, switched-off ones included', () => {
    const { style } = compileHouseStyle({
      disabled: ['notes.tk'],
      rules: [{ id: 'desk.tbc', kind: 'words', category: 'notes', words: { tbc: null }, description: 'To be confirmed is still to come.' }],
    });
    const groups = ruleGroups(style.rules);
    expect(groups[0]?.label).toBe('Notes left in the copy');
    expect(groups[0]?.rules.map((r) => [r.id, r.enabled])).toEqual([
      ['notes.tk', false],
      ['notes.editor-note', true],
      ['desk.tbc', true],
    ]);
    expect(groups.flatMap((g) => g.rules).length).toBe(style.rules.length);
    expect(new Set(groups.map((g) => g.category)).size).toBe(groups.length);
    expect(rulesOnSummary(style.rules)).toBe(`${style.rules.length - 1} of ${style.rules.length} rules on`);
    expect(rulesOnSummary(DEFAULT_HOUSE_STYLE.rules)).toBe(`All ${DEFAULT_HOUSE_STYLE.rules.length} rules on`);
  });
});
