// `copydesk attributions` — quote detection and attribution from the command line.
//
//   attributions --jsonl            stdin lines {"id","text"} -> stdout lines {"id","quotes":[{quote,speaker,start,end}]}
//   attributions FILE.txt           readable report (one paragraph per line)
//   attributions FILE.copydesk.json readable report of an article file's body
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { analyzeParagraphs, type AttributionResult } from '../../shared/attribution/index';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface JsonlQuote {
  quote: string;
  speaker: string | null;
  /** offset into the input text of the first char inside the marks */
  start: number;
  /** offset just past the last char inside the marks */
  end: number;
}

/** Splits text into lines (paragraphs) and remembers where each starts in the original text. */
export function splitLinesWithOffsets(text: string): { paragraphs: string[]; offsets: number[] } {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    paragraphs.push(text.slice(last, m.index));
    offsets.push(last);
    last = m.index + m[0].length;
  }
  paragraphs.push(text.slice(last));
  offsets.push(last);
  return { paragraphs, offsets };
}

/** Flattens a result into one entry per quote segment (a quote running over paragraphs gives one
 * entry per paragraph, each with its own offsets), with offsets into the original text. */
export function toJsonlQuotes(text: string, result: AttributionResult, offsets?: number[]): JsonlQuote[] {
  const offs = offsets ?? splitLinesWithOffsets(text).offsets;
  const names = new Map(result.cast.map((c) => [c.id, c.name]));
  const out: JsonlQuote[] = [];
  for (const q of result.quotes) {
    for (const s of q.segments) {
      const base = offs[s.paragraph] ?? 0;
      const sid = s.speakerId ?? q.speakerId;
      out.push({ quote: s.text, speaker: sid ? names.get(sid) ?? null : null, start: base + s.start, end: base + s.end });
    }
  }
  return out;
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(s)) resolve();
    else stream.once('drain', () => resolve());
  });
}

async function jsonlMode(io: CliIo): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let done = 0;
  let errors = 0;
  const t0 = Date.now();
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch (e) {
      errors++;
      await write(io.stderr, `attributions: line ${lineNo}: bad JSON (${(e as Error).message}); skipped\n`);
      continue;
    }
    if (!item || typeof item !== 'object' || typeof item.text !== 'string') {
      errors++;
      await write(io.stderr, `attributions: line ${lineNo}: expected an object with a string "text"; skipped\n`);
      continue;
    }
    const { paragraphs, offsets } = splitLinesWithOffsets(item.text);
    const result = analyzeParagraphs(paragraphs);
    await write(io.stdout, JSON.stringify({ id: item.id ?? null, quotes: toJsonlQuotes(item.text, result, offsets) }) + '\n');
    done++;
    if (done % 100 === 0) await write(io.stderr, `attributions: ${done} items\n`);
  }
  await write(io.stderr, `attributions: done, ${done} items, ${errors} bad lines, ${Date.now() - t0} ms\n`);
  return errors ? 1 : 0;
}

async function readParagraphs(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.copydesk.json')) {
    const article = await import('../../shared/article/index');
    const parsed = article.parseArticle(text);
    return article.bodyParagraphs(article.bodyNode(parsed.body));
  }
  return splitLinesWithOffsets(text).paragraphs;
}

export function formatReport(file: string, paragraphs: string[], result: AttributionResult): string {
  const lines: string[] = [];
  const names = new Map(result.cast.map((c) => [c.id, c]));
  lines.push(`${file}: ${paragraphs.filter((p) => p.trim()).length} paragraphs, ${result.quotes.length} quotes, ${result.cast.length} in cast`);
  lines.push('');
  lines.push('Cast:');
  for (const c of result.cast) {
    const quoted = result.quotes.filter((q) => q.speakerId === c.id).length;
    const bits = [c.title && `title: ${c.title}`, c.affiliation && `affiliation: ${c.affiliation}`, `first reference: "${c.firstReference}"`];
    if (c.references.length) bits.push(`later: ${c.references.map((r) => `"${r}"`).join(', ')}`);
    if (c.spellingVariants.length) bits.push(`SPELLING VARIANTS: ${c.spellingVariants.join(', ')}`);
    lines.push(`  - ${c.name} (${c.kind}${quoted ? `, ${quoted} quote${quoted > 1 ? 's' : ''}` : ', not quoted'}) ${bits.filter(Boolean).join('; ')}`);
  }
  lines.push('');
  lines.push('Quotes:');
  result.quotes.forEach((q, i) => {
    const who = q.speakerId ? names.get(q.speakerId)?.name ?? q.speakerId : 'UNATTRIBUTED';
    const where = q.endParagraph !== q.paragraph ? `¶${q.paragraph + 1}-${q.endParagraph + 1}` : `¶${q.paragraph + 1}`;
    const flags = [q.kind, q.cue ? `cue: ${q.cue}` : null, q.ambiguous ? 'AMBIGUOUS' : null].filter(Boolean).join(', ');
    const text = q.text.length > 110 ? q.text.slice(0, 107) + '...' : q.text;
    lines.push(`  ${String(i + 1).padStart(3)}. ${where} "${text.replace(/\n/g, ' / ')}"`);
    lines.push(`       -> ${who} (${flags})`);
  });
  const unattributed = result.quotes.filter((q) => !q.speakerId).length;
  const ambiguous = result.quotes.filter((q) => q.ambiguous).length;
  lines.push('');
  lines.push(`${unattributed} unattributed, ${ambiguous} ambiguous`);
  return lines.join('\n') + '\n';
}

const USAGE = 'usage: copydesk attributions --jsonl  < items.jsonl\n       copydesk attributions FILE.txt|FILE.copydesk.json\n';

export async function attributionsCommand(argv: string[], io: CliIo): Promise<number> {
  const args = argv[0] === 'attributions' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (args.includes('--jsonl')) return jsonlMode(io);
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    await write(io.stderr, USAGE);
    return 2;
  }
  if (!file.endsWith('.txt') && !file.endsWith('.copydesk.json')) {
    await write(io.stderr, `attributions: ${file}: unsupported file type (expected a .txt or .copydesk.json file)\n`);
    return 2;
  }
  let paragraphs: string[];
  try {
    paragraphs = await readParagraphs(file);
  } catch (e) {
    await write(io.stderr, `attributions: ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const result = analyzeParagraphs(paragraphs);
  await write(io.stdout, formatReport(file, paragraphs, result));
  return 0;
}
