// `copydesk attributions` with real streams.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributionsCommand } from '../../electron/cli/attributions';

const here = dirname(fileURLToPath(import.meta.url));

function sink() {
  const s = new PassThrough();
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  return { stream: s, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('attributions CLI', () => {
  it('--jsonl: one output line per input line, offsets into the input text, bad lines reported', async () => {
    const items = [
      { id: 'a', text: '"We will win," said coach Lou Park.\nPark added that the team was "ready."' },
      { id: 'b', text: 'Nothing quoted here, and a "so-called" expert.' },
    ];
    const lines = [JSON.stringify(items[0]), '{not json', JSON.stringify(items[1])];
    for (let i = 0; i < 150; i++) lines.push(JSON.stringify({ id: `n${i}`, text: `"Line ${i} is fine," said Ana Ruiz.` }));
    const stdin = Readable.from([lines.join('\n') + '\n']);
    const out = sink();
    const err = sink();
    const code = await attributionsCommand(['attributions', '--jsonl'], { stdin, stdout: out.stream, stderr: err.stream });
    expect(code).toBe(1);
    const rows = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(152);
    const a = rows[0];
    expect(a.id).toBe('a');
    expect(a.quotes.map((q: { quote: string; speaker: string }) => [q.quote, q.speaker])).toEqual([
      ['We will win,', 'Lou Park'],
      ['ready.', 'Lou Park'],
    ]);
    for (const q of a.quotes) expect(items[0]!.text.slice(q.start, q.end)).toBe(q.quote);
    expect(rows[1]).toEqual({ id: 'b', quotes: [] });
    expect(err.text()).toMatch(/line 2: bad JSON/);
    expect(err.text()).toMatch(/100 items/);
    expect(err.text()).toMatch(/done, 152 items, 1 bad lines/);
    expect(out.text()).not.toMatch(/items/);
  });

  it('FILE.txt: prints a readable report', async () => {
    const out = sink();
    const err = sink();
    const code = await attributionsCommand(['attributions', join(here, '..', 'fixtures', 'kyodo-zelenskyy-japan.txt')], {
      stdin: Readable.from([]), stdout: out.stream, stderr: err.stream,
    });
    expect(code).toBe(0);
    const text = out.text();
    expect(text).toMatch(/10 quotes/);
    expect(text).toMatch(/Volodymyr Zelenskyy \(person, 10 quotes\)/);
    expect(text).toMatch(/Sanae Takaichi \(person, not quoted\)/);
  });

  it('rejects unsupported files with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attr-cli-'));
    const f = join(dir, 'story.docx');
    writeFileSync(f, 'x');
    const out = sink();
    const err = sink();
    const code = await attributionsCommand([f], { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream });
    expect(code).toBe(2);
    expect(err.text()).toMatch(/unsupported file type/);
  });
});
