import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostService, dispatchHostCall } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { bodyNode, newArticle, parseArticle, serializeArticle } from '../../shared/article';
import { type CheckMatch, checkStory, compileHouseStyle, ignoreFor, ignoreSet, isIgnored, matchSources, openMatches, textblockText } from '../../shared/checks';
import { articleNinjs } from '../../shared/export';

// The desk's decisions about checks: "Ignore here" kept with the story, Ready overrides in the file
// and in NINJS, and the library's house style read and switched through the host.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-check-decisions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paragraphs = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function story(...texts: string[]) {
  return newArticle({ id: 'a1', now: '2026-12-02T10:00:00.000Z', headline: 'Council meets', body: paragraphs(...texts) });
}

function doubledWordMatches(article: ReturnType<typeof story>): { match: CheckMatch; source: string }[] {
  const doc = bodyNode(article.body);
  const texts: string[] = [];
  doc.descendants((n) => {
    if (n.isTextblock) texts.push(textblockText(n));
    return !n.isTextblock;
  });
  return checkStory(article, doc)
    .matches.filter((m) => m.range.kind === 'block' && /doubled|repeat/i.test(m.ruleId))
    .map((match) => ({ match, source: texts[(match.range as { block: number }).block]! }));
}

describe('Ignore here', () => {
  it('leaves the one match ignored, still flags the same words elsewhere, and follows a moved paragraph', () => {
    const article = story('The the council met on Monday.', 'Later the the mayor spoke.');
    const found = doubledWordMatches(article);
    expect(found.length).toBe(2);
    const ignored = ignoreSet([ignoreFor(found[0]!.match, found[0]!.source)]);
    expect(found.map(({ match, source }) => isIgnored(match, source, ignored))).toEqual([true, false]);

    // The paragraphs swap places: the choice goes with its words.
    const moved = doubledWordMatches(story('Later the the mayor spoke.', 'The the council met on Monday.'));
    expect(moved.map(({ match, source }) => isIgnored(match, source, ignored))).toEqual([false, true]);

    // The words around it are rewritten: the rule may have something new to say, so it flags again.
    const rewritten = doubledWordMatches(story('The the board met on Tuesday.', 'Later the the mayor spoke.'));
    expect(rewritten.some(({ match, source }) => isIgnored(match, source, ignored))).toBe(false);
  });

  it('is kept in the article file and read back', () => {
    const article = story('The the council met.');
    const [first] = doubledWordMatches(article);
    const withChecks = { ...article, checks: { ignored: [ignoreFor(first!.match, first!.source)], overrides: [] } };
    const again = parseArticle(serializeArticle(withChecks));
    expect(again.checks).toEqual(withChecks.checks);
    // A story without decisions writes no "checks" key (older Copydesks read it unchanged).
    expect(serializeArticle(article)).not.toContain('"checks"');
  });
});

describe('Ready over open checks', () => {
  it('is recorded in the file and told to the receiving desk in NINJS ednote', () => {
    const override = {
      by: 'Ana Ruiz',
      at: '2026-12-02T11:00:00.000Z',
      reason: 'TK filled in by the web desk',
      checks: [{ ruleId: 'tk-marker', message: 'TK left in the copy', text: 'TK' }],
    };
    const article = { ...story('Turnout was TK.'), status: 'ready' as const, checks: { ignored: [], overrides: [override] } };
    expect(parseArticle(serializeArticle(article)).checks?.overrides).toEqual([override]);
    const ninjs = articleNinjs(article);
    expect(ninjs.ednote).toContain('Ana Ruiz');
    expect(ninjs.ednote).toContain('tk-marker');
    expect(ninjs.ednote).toContain('TK filled in by the web desk');
    // A draft is not "Ready over checks" whatever its history says.
    expect(articleNinjs({ ...article, status: 'draft' }).ednote).toBeUndefined();
  });
});

describe('house style through the host', () => {
  it('gives the library settings and problems, and switches a rule off and on in the file', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const first = (await dispatchHostCall(api, 'getHouseStyle', {})) as { found: boolean; problems: unknown[] };
    expect(first).toMatchObject({ found: false, problems: [] });

    const rule = compileHouseStyle().style.rules[0]!.id;
    const off = (await dispatchHostCall(api, 'setHouseRule', { ruleId: rule, enabled: false })) as { config: { disabled?: string[] }; found: boolean };
    expect(off.found).toBe(true);
    expect(off.config.disabled).toContain(rule);
    expect(compileHouseStyle(off.config).style.enabled.has(rule)).toBe(false);
    const file = await readFile(path.join(dir, '.copydesk', 'house-style.yaml'), 'utf8');
    expect(file).toContain(rule);

    const on = (await dispatchHostCall(api, 'setHouseRule', { ruleId: rule, enabled: true })) as { config: { disabled?: string[] } };
    expect(on.config.disabled ?? []).not.toContain(rule);
    await expect(dispatchHostCall(api, 'setHouseRule', { ruleId: 'no-such-rule', enabled: false })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('names the bad rule and its line, and the other rules still run', async () => {
    await mkdir(path.join(dir, '.copydesk'), { recursive: true });
    await writeFile(
      path.join(dir, '.copydesk', 'house-style.yaml'),
      ['version: 1', 'rules:', '  - id: broken-rule', '    kind: regex', '    pattern: "([unclosed"', '    message: nope', ''].join('\n'),
    );
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const answer = (await dispatchHostCall(api, 'getHouseStyle', {})) as {
      config: object;
      problems: { line: number | null; ruleId: string | null; message: string }[];
    };
    expect(answer.problems.length).toBeGreaterThan(0);
    expect(answer.problems[0]).toMatchObject({ ruleId: 'broken-rule' });
    expect(answer.problems[0]!.line).toBeGreaterThan(1);
    const { style } = compileHouseStyle(answer.config);
    expect(style.enabled.has('broken-rule')).toBe(false);
    expect(style.enabled.size).toBeGreaterThan(5);
  });
});

describe('open matches', () => {
  it('are every match but the ignored ones, in fields and in the body', () => {
    const article = { ...story('The the council met.', 'TK'), headline: 'Council  meets' };
    const doc = bodyNode(article.body);
    const all = checkStory(article, doc).matches;
    const sourceOf = matchSources(article, doc);
    const inBody = all.find((m) => m.range.kind === 'block')!;
    const inField = all.find((m) => m.range.kind === 'field')!;
    expect(inBody && inField).toBeTruthy();
    const open = openMatches(all, [ignoreFor(inBody, sourceOf(inBody)), ignoreFor(inField, sourceOf(inField))], sourceOf);
    expect(open.length).toBe(all.length - 2);
    expect(open).not.toContain(inBody);
    expect(open).not.toContain(inField);
    expect(openMatches(all, undefined, sourceOf)).toEqual(all);
  });
});
