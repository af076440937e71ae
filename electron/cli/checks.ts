// `copydesk check` — the copy desk's checks over article files, for the desk and for pipelines.
//
//   check FILE… [--json] [--library DIR]
//
// FILE is an article (.copydesk.json) or a wire story (.txt, read as Import reads it). The house
// style is the library's (.copydesk/house-style.yaml in --library DIR, else in the folder the file
// is in), or Copydesk's own when there is none; mistakes in it go to stderr, and the rules that are
// fine still run. Exit status: 1 when any error-severity match is open or a file could not be
// read, 0 otherwise, 2 for a mistake in the command.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyNode, newArticle, parseArticle } from '../../shared/article';
import { bodyPositions, type CheckMatch, type CheckStoryFields, checkStory, type HouseStyle, type StoryChecks } from '../../shared/checks';
import { importWireText } from '../../shared/import';
import { type LoadedHouseStyle, loadHouseStyle } from '../services/checks';
import type { CommandIo } from './copydesk';

const USAGE = 'Usage: copydesk check FILE… [--json] [--library DIR]   (.copydesk.json articles or .txt wire stories)';

/** One match as the command prints it (`--json`): where it is in words a desk uses. */
export interface CheckReportMatch {
  ruleId: string;
  category: string;
  severity: string;
  /** 1-based paragraph (textblock) of the body, or null for a field or a photo */
  paragraph: number | null;
  field: string | null;
  /** 1-based photo number, or null */
  photo: number | null;
  /** for a photo: how many paragraphs stand before it */
  afterParagraph: number | null;
  from: number | null;
  to: number | null;
  text: string;
  message: string;
  replacements: string[];
}

export interface CheckReport {
  file: string;
  counts: StoryChecks['counts'];
  matches: CheckReportMatch[];
}

function reportMatch(m: CheckMatch, photoAfter: readonly number[]): CheckReportMatch {
  const r = m.range;
  return {
    ruleId: m.ruleId,
    category: m.category,
    severity: m.severity,
    paragraph: r.kind === 'block' ? r.block + 1 : null,
    field: r.kind === 'field' ? r.field : null,
    photo: r.kind === 'photo' ? r.photo + 1 : null,
    afterParagraph: r.kind === 'photo' ? (photoAfter[r.photo] ?? null) : null,
    from: r.kind === 'photo' ? null : r.from,
    to: r.kind === 'photo' ? null : r.to,
    text: m.text,
    message: m.message,
    replacements: m.replacements,
  };
}

/** Story order for a reader: fields, then the body by paragraph (photos where they stand), quotes in place. */
function readingOrder(matches: readonly CheckReportMatch[]): CheckReportMatch[] {
  const fields = ['headline', 'standfirst', 'byline', 'dateline'];
  const rank = (m: CheckReportMatch) => (m.field ? fields.indexOf(m.field) : 10);
  // A photo sorts after the paragraphs before it.
  const place = (m: CheckReportMatch) => m.paragraph ?? (m.afterParagraph ?? 0) + 0.5;
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || place(a.m) - place(b.m) || (a.m.from ?? 0) - (b.m.from ?? 0) || a.i - b.i)
    .map(({ m }) => m);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quoteText = (t: string) => {
  const one = t.replace(/\s+/g, ' ');
  return `“${one.length > 40 ? `${one.slice(0, 39)}…` : one}”`;
};

export function formatCheckReport(report: CheckReport): string {
  const { counts } = report;
  const lines = [`${report.file}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`];
  const rows = readingOrder(report.matches);
  const where = (m: CheckReportMatch) => (m.paragraph !== null ? `¶${m.paragraph}` : m.photo !== null ? `photo ${m.photo}` : m.field!);
  const wWhere = Math.max(0, ...rows.map((m) => where(m).length));
  const wRule = Math.max(0, ...rows.map((m) => m.ruleId.length));
  for (const m of rows) {
    const parts = [where(m).padEnd(wWhere), m.severity.padEnd(7), m.ruleId.padEnd(wRule)];
    if (m.text) parts.push(quoteText(m.text));
    parts.push(m.message);
    // The replacement, unless the message already says it.
    if (m.replacements.length && !m.message.includes(`“${m.replacements[0]}”`))
      parts.push(`→ ${m.replacements.map((r) => (r ? `“${r}”` : '(delete)')).join(' or ')}`);
    lines.push(`  ${parts.join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

async function readStory(file: string): Promise<{ fields: CheckStoryFields; body: ReturnType<typeof bodyNode> }> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.copydesk.json')) {
    const article = parseArticle(text);
    return { fields: article, body: bodyNode(article.body) };
  }
  const article = newArticle({ id: 'check', now: new Date(0).toISOString(), ...importWireText(text) });
  return { fields: article, body: bodyNode(article.body) };
}

export async function checkCommand(argv: string[], io: CommandIo): Promise<number> {
  const files: string[] = [];
  let json = false;
  let library: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--library') {
      library = argv[++i] ?? null;
      if (!library) {
        io.stderr.write(`--library needs a folder.\n${USAGE}\n`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('-')) {
      io.stderr.write(`Unknown option ${arg}.\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (!files.length) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const unsupported = files.find((f) => !f.endsWith('.copydesk.json') && !f.endsWith('.txt'));
  if (unsupported) {
    io.stderr.write(`${unsupported}: unsupported file type (expected a .copydesk.json article or a .txt wire story).\n`);
    return 2;
  }

  const styles = new Map<string, Promise<LoadedHouseStyle>>();
  const styleFor = async (file: string): Promise<HouseStyle> => {
    const dir = path.resolve(library ?? path.dirname(file));
    let loading = styles.get(dir);
    if (!loading) {
      loading = loadHouseStyle(dir);
      styles.set(dir, loading);
      const loaded = await loading;
      for (const p of loaded.problems) io.stderr.write(`${path.relative(process.cwd(), loaded.file) || loaded.file}: ${p.message}\n`);
    }
    return (await loading).style;
  };

  const reports: CheckReport[] = [];
  let failed = 0;
  let errors = 0;
  for (const file of files) {
    try {
      const style = await styleFor(file);
      const { fields, body } = await readStory(file);
      const result = checkStory(fields, body, { style });
      const positions = bodyPositions(body);
      const photoAfter = positions.photos.map((pos) => positions.textblocks.filter((start) => start < pos).length);
      const report: CheckReport = { file, counts: { ...result.counts }, matches: result.matches.map((m) => reportMatch(m, photoAfter)) };
      errors += report.counts.error;
      reports.push(report);
      if (!json) io.stdout.write(formatCheckReport(report));
    } catch (e) {
      failed++;
      io.stderr.write(`${file}: ${(e as Error).message}\n`);
    }
  }
  if (json)
    io.stdout.write(
      `${JSON.stringify(
        reports.map((r) => ({ ...r, matches: readingOrder(r.matches) })),
        null,
        2,
      )}\n`,
    );
  return errors || failed ? 1 : 0;
}
