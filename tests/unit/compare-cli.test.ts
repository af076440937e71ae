// `copydesk compare` on real article files and on a story's revisions, in a temporary library.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareCommand } from '../../electron/cli/compare';
import { RevisionStore } from '../../electron/services/revisions';
import { type Article, serializeArticle } from '../../shared/article';
import { everyNodeArticle } from '../support/export-fixtures';
import { io } from '../support/cli-io';


type Body = { content: Array<{ type: string; content?: Array<{ text?: string }> }> };

/** The story as first filed, then as edited: a word changed, the last paragraph moved up, the first subheading cut. */
function versions(): { first: Article; edited: Article } {
  const first = everyNodeArticle();
  const body = structuredClone(first.body) as Body;
  const para = body.content[1]!;
  para.content![0]!.text = 'The port shut at dawn, the ';
  const [last] = body.content.splice(body.content.length - 1, 1);
  body.content.splice(1, 0, last!);
  body.content.splice(4, 1);
  return { first, edited: { ...first, headline: 'Storm shuts port', body: body as Article['body'], modified: '2026-11-27T11:00:00.000Z' } };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-compare-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('copydesk compare', () => {
  it('two article files: [-deleted-] and {+inserted+}, paragraphs moved and deleted', async () => {
    const { first, edited } = versions();
    await writeFile(path.join(dir, 'storm-v1.copydesk.json'), serializeArticle(first));
    await writeFile(path.join(dir, 'storm-v2.copydesk.json'), serializeArticle(edited));
    const t = io();
    expect(await compareCommand(['compare', path.join(dir, 'storm-v1.copydesk.json'), path.join(dir, 'storm-v2.copydesk.json')], t.io)).toBe(0);
    expect(t.err()).toBe('');
    const text = t.out();
    expect(
      text.startsWith('Older: storm-v1.copydesk.json\nNewer: storm-v2.copydesk.json\n\nHeadline: Storm [-closes-]{+shuts+} port[- & ferries <stop>-]\n'),
    ).toBe(true);
    expect(text).toContain('\n¶2, moved from ¶13: Crews will check the breakwater on Friday.\n');
    expect(text).toContain('\n¶3: The port [-closed-]{+shut+} at dawn, the harbour authority said.');
    // Numbers: ¶ as the newer version has it, "was ¶" as the older had it.
    expect(text).toContain('\n¶4 unchanged\nwas ¶4 (subheading), deleted: [-What is shut-]\n¶5–12 unchanged\n');
    expect(text).toMatch(/\n\n1 paragraph changed, 1 deleted, 1 moved; 1 word inserted, 4 deleted; headline changed\.\n$/);
  });

  it('--html prints a fragment with <del> and <ins>', async () => {
    const { first, edited } = versions();
    await writeFile(path.join(dir, 'a.copydesk.json'), serializeArticle(first));
    await writeFile(path.join(dir, 'b.copydesk.json'), serializeArticle(edited));
    const t = io();
    expect(await compareCommand([path.join(dir, 'a.copydesk.json'), path.join(dir, 'b.copydesk.json'), '--html'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^<section class="compare" aria-label="Compare versions">\n/);
    expect(t.out()).toContain('<dt>Headline</dt><dd>Storm <del>closes</del><ins>shuts</ins> port<del> &amp; ferries &lt;stop&gt;</del></dd>');
    expect(t.out()).toContain('The port <del>closed</del><ins>shut</ins> at dawn');
  });

  it('a story’s revisions: listed, one against the story as saved, two against each other', async () => {
    const { first, edited } = versions();
    const file = path.join(dir, 'storm.copydesk.json');
    let now = Date.parse('2026-11-27T10:00:00.000Z');
    const store = new RevisionStore(dir, () => new Date(now));
    const r1 = (await store.snapshot(first, 'manual'))!;
    now += 60_000;
    const r2 = (await store.snapshot(edited, 'manual'))!;
    const latest: Article = { ...edited, standfirst: 'Gusts of 130 km/h shut the harbour for a day.' };
    await writeFile(file, serializeArticle(latest));

    const list = io();
    expect(await compareCommand([file, '--revisions'], list.io)).toBe(0);
    expect(list.out()).toBe(
      `storm.copydesk.json: 2 revisions, newest first\n${r2.id}  ${r2.at}  manual           ${r2.words} words\n${r1.id}  ${r1.at}  manual           ${r1.words} words\n`,
    );

    const againstNow = io();
    expect(await compareCommand([file, '--revisions', r2.id], againstNow.io)).toBe(0);
    expect(againstNow.out()).toContain(`Older: revision ${r2.id} (manual, ${r2.at})\nNewer: storm.copydesk.json (as saved now)\n`);
    expect(againstNow.out()).toContain('Standfirst: Gusts of [-120-]{+130+} km/h shut the harbour for a day.\n');
    expect(againstNow.out()).toMatch(/Story text unchanged; standfirst changed\.\n$/);

    const between = io();
    expect(await compareCommand([file, '--revisions', r1.id.slice(0, 13), r2.id], between.io)).toBe(0);
    expect(between.out()).toContain('Headline: Storm [-closes-]{+shuts+} port');
    expect(between.out()).toContain('¶3: The port [-closed-]{+shut+} at dawn');
    expect(between.out()).not.toContain('Standfirst');
  });

  it('says what is wrong: unknown revision, a file that is not an article, bad arguments', async () => {
    const { first } = versions();
    const file = path.join(dir, 'storm.copydesk.json');
    await writeFile(file, serializeArticle(first));
    await new RevisionStore(dir, () => new Date('2026-11-27T10:00:00.000Z')).snapshot(first, 'manual');
    const unknown = io();
    expect(await compareCommand([file, '--revisions', '9999'], unknown.io)).toBe(1);
    expect(unknown.err()).toBe('compare: storm.copydesk.json has no revision "9999". List them with: copydesk compare storm.copydesk.json --revisions\n');

    const notArticle = path.join(dir, 'notes.copydesk.json');
    await writeFile(notArticle, '{"hello": 1}');
    const bad = io();
    expect(await compareCommand([file, notArticle], bad.io)).toBe(1);
    expect(bad.err()).toBe(`compare: ${notArticle}: The file is not a Copydesk article.\n`);

    const missing = io();
    expect(await compareCommand([file, path.join(dir, 'gone.copydesk.json')], missing.io)).toBe(1);
    expect(missing.err()).toMatch(/gone\.copydesk\.json: no such file\.\n$/);

    const usage = io();
    expect(await compareCommand([file], usage.io)).toBe(2);
    expect(await compareCommand([file, file, '--colour'], usage.io)).toBe(2);
    expect(usage.err()).toMatch(/Usage: copydesk compare OLDER\.copydesk\.json NEWER\.copydesk\.json/);
    expect(usage.err()).toContain('Unknown option --colour.');
  });
});
