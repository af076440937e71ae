// `copydesk check` on real article files in a temporary library folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CheckReport, checkCommand } from '../../electron/cli/checks';
import { type Article, newArticle, serializeArticle } from '../../shared/article';
import { importWireText } from '../../shared/import';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';

function sink() {
  const s = new PassThrough();
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  return { stream: s, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await checkCommand(argv, { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function article(id: string, headline: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return newArticle({
    id,
    now: '2025-11-26T09:00:00.000Z',
    headline,
    byline: { position: 'top', contributors: [{ name: 'Lena Novak', role: 'writer', affiliation: 'Copydesk Wire', contact: null }] },
    body: { type: 'doc', content: paragraphs.map(paragraph) },
    ...extra,
  });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-check-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(name: string, a: Article): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, serializeArticle(a));
  return file;
}

describe('copydesk check', () => {
  it('prints every match with rule, severity, paragraph, text and message, and exits 1 while an error is open', async () => {
    const file = await save(
      'harbour.copydesk.json',
      article('a', 'Council backs harbour plan', ['The council hired 4 new inspectors.', 'The plan is TK and the the vote is on Monday.']),
    );
    const { code, out, err } = await run([file]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(`${file}: 2 errors, 1 warning, 0 info`);
    expect(lines.slice(1).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['¶1', 'warning', 'numbers.spell-out', '“4”', 'Spell out numbers one to nine: “four”'],
      ['¶2', 'error', 'notes.tk', '“TK”', '“TK” left in the copy: fill in what is still to come'],
      ['¶2', 'error', 'copy.doubled-word', '“the the”', '“the the”: the word is doubled', '→ “the”'],
    ]);
  });

  it('exits 0 for clean copy and for the sample story (file or article), whose people are never flagged', async () => {
    const clean = await save('clean.copydesk.json', article('b', 'Council backs harbour plan', ['The council hired four new inspectors on Monday.']));
    const sampleFields = importWireText(SAMPLE_WIRE_STORY);
    const sample = await save('sample.copydesk.json', newArticle({ id: 's', now: '2025-11-26T09:00:00.000Z', ...sampleFields }));
    const wire = path.join(dir, 'wire.txt');
    await writeFile(wire, SAMPLE_WIRE_STORY);
    const { code, out } = await run([clean, sample, wire]);
    expect(code).toBe(0);
    expect(out).toContain(`${clean}: 0 errors, 0 warnings, 0 info`);
    expect(out).toContain(`${sample}: 0 errors, 26 warnings, 10 info`);
    expect(out).toContain(`${wire}: 0 errors, 26 warnings, 10 info`);
    // Only the quotes-to-confirm lines name a person (as the speaker); nothing flags a name.
    const flagged = out.split('\n').filter((l) => !l.includes('quotes.not-confirmed'));
    expect(flagged.filter((l) => /Zelenskyy|Takaichi/.test(l))).toEqual([]);
  });

  it('--json: one document with every match, in story order', async () => {
    const file = await save(
      'photo.copydesk.json',
      article('c', 'Council backs 5 percent rise', [], {
        body: {
          type: 'doc',
          content: [paragraph('Fees rose 8% this year.'), { type: 'photo', attrs: { src: 'media/x.jpg', alt: 'Harbour at dawn' } }, paragraph('The end.')],
        },
      }),
    );
    const { code, out } = await run(['--json', file]);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as CheckReport[];
    expect(reports).toHaveLength(1);
    expect(reports[0]!.counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(reports[0]!.matches.map((m) => [m.ruleId, m.severity, m.field ?? m.paragraph ?? `photo ${m.photo}`, m.text, m.replacements])).toEqual([
      ['style.percent-in-headlines', 'warning', 'headline', '5 percent', ['5%']],
      ['style.percent', 'warning', 1, '8%', ['8 percent']],
      ['photos.no-credit', 'error', 'photo 1', '', []],
    ]);
  });

  it('reads the library’s house style: a bad rule is named with its line on stderr, the other rules still run', async () => {
    await mkdir(path.join(dir, '.copydesk'));
    await writeFile(
      path.join(dir, '.copydesk', 'house-style.yaml'),
      [
        '# Our desk',
        'disabled: [numbers.spell-out]',
        'rules:',
        '  - id: desk.kyiv',
        '    kind: words',
        '    severity: error',
        '    words: { Kiev: Kyiv }',
        '  - id: desk.broken',
        '    kind: regex',
        '    pattern: "(unclosed"',
        '    message: never shown',
        '',
      ].join('\n'),
    );
    const file = await save('kyiv.copydesk.json', article('d', 'Troops leave the city', ['The council hired 4 new inspectors in Kiev.']));
    const { code, out, err } = await run([file]);
    expect(err).toMatch(
      /house-style\.yaml, line 10, rule “desk\.broken”: The pattern is not a valid regular expression .*The rule is skipped; the other rules still run\.\n$/,
    );
    expect(code).toBe(1);
    expect(out).toMatch(/¶1\s+error\s+desk\.kyiv\s+“Kiev”/);
    expect(out).not.toMatch(/numbers\.spell-out/);
    // --library points at another library's house style.
    const other = await mkdtemp(path.join(os.tmpdir(), 'copydesk-check-lib-'));
    try {
      const elsewhere = await run(['--library', other, file]);
      expect(elsewhere.err).toBe('');
      expect(elsewhere.code).toBe(0);
      expect(elsewhere.out).toMatch(/numbers\.spell-out/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('a damaged file fails with a reason; the command’s own mistakes exit 2', async () => {
    const broken = path.join(dir, 'broken.copydesk.json');
    await writeFile(broken, '{ not json');
    const good = await save('good.copydesk.json', article('e', 'Council backs harbour plan', ['Fine copy.']));
    const r = await run([broken, good]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.copydesk\.json: The file is damaged/);
    expect(r.out).toContain(`${good}: 0 errors`);
    expect((await run([])).code).toBe(2);
    expect((await run(['--frobnicate', good])).code).toBe(2);
    expect((await run([path.join(dir, 'story.docx')])).err).toMatch(/unsupported file type/);
  });

  it('runs as a real command (npm run copydesk -- check), exit status 1 with an error open', async () => {
    const file = await save('tk.copydesk.json', article('f', 'Council backs harbour plan', ['Figures TK.']));
    const result = await promisify(execFile)('npx', ['tsx', 'electron/cli/copydesk.ts', 'check', file]).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/¶1\s+error\s+notes\.tk\s+“TK”/);
  }, 60_000);
});
