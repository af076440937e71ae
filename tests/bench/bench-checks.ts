// What the copy desk's checks cost on long stories (plain Node, no DOM): a full check, and a
// re-check after one keystroke, the way the editor will run them.
//   npx tsx tests/bench/bench-checks.ts [words…]      (default: 1000 5000 20000)
// Prints a table; the goals (issue 15) are a full check ≤ 50 ms and a re-check per keystroke
// p95 ≤ 1 ms at 20,000 words. Nothing here fails a build: timings depend on the machine.
import os from 'node:os';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { bodyNode } from '../../shared/article';
import { type AttributionResult, analyzeParagraphs } from '../../shared/attribution';
import { bodyPositions, bodyTexts, type CheckStoryFields, changedBlocks, checkStory, recheckStory, type StoryChecks } from '../../shared/checks';
import { schema } from '../../shared/schema';
import { generateStory } from './generate';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const WORDS = sizes.length ? sizes : [1000, 5000, 20000];
const FULL_RUNS = 15;
const KEYSTROKES = 1000;

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => pct(xs, 0.5);

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Row {
  measure: string;
  size: string;
  value: number;
  note: string;
  goal?: number;
}
const rows: Row[] = [];

for (const words of WORDS) {
  const story = generateStory(words, 15_000 + words);
  const fields: CheckStoryFields = {
    headline: story.headline,
    standfirst: story.standfirst,
    byline: { contributors: [{ name: story.byline, role: 'writer', affiliation: 'Copydesk Wire', contact: null }] },
    dateline: { place: 'KYIV', date: 'Nov. 26' },
    people: [],
    quotes: [],
  };
  let doc: Node = bodyNode(story.body);
  const size = `${(words / 1000).toFixed(0)}k words`;
  const blocks = doc.childCount;

  // The quote engine's analysis, as the editor holds it (the checks read it, they do not redo it).
  let t0 = performance.now();
  const attribution: AttributionResult = analyzeParagraphs(bodyTexts(doc));
  const analysis = performance.now() - t0;

  // Full check: a story opened (every block read, every rule run), given the analysis.
  const full: number[] = [];
  let result: StoryChecks | null = null;
  for (let i = 0; i < FULL_RUNS; i++) {
    t0 = performance.now();
    result = checkStory(fields, doc, { attribution });
    full.push(performance.now() - t0);
  }
  rows.push({
    measure: 'full check (quote analysis given)',
    size,
    value: median(full),
    note: `p95 ${pct(full, 0.95).toFixed(1)} ms; ${result!.matches.length} matches in ${blocks} blocks`,
    goal: words === 20000 ? 50 : undefined,
  });

  // Full check that also analyses the quotes itself (the command line, a story checked cold).
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    checkStory(fields, doc);
    cold.push(performance.now() - t0);
  }
  rows.push({ measure: 'full check + quote analysis', size, value: median(cold), note: `quote analysis alone ${analysis.toFixed(1)} ms (cold)` });

  // Keystrokes: one character typed somewhere in the body, then a re-check with the last analysis.
  const r = rng(words);
  let prev = checkStory(fields, doc, { attribution });
  const per: number[] = [];
  const hinted: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const { textblocks } = bodyPositions(doc);
    const i = Math.floor(r() * textblocks.length);
    const start = textblocks[i]!;
    const len = doc.resolve(start).parent.content.size;
    const before = doc;
    doc = new Transform(doc).insert(start + Math.floor(r() * (len + 1)), schema.text(k % 7 === 0 ? ' ' : 'e')).doc;
    if (k % 2 === 0) {
      t0 = performance.now();
      prev = recheckStory(prev, fields, doc, { attribution });
      per.push(performance.now() - t0);
    } else {
      const hint = changedBlocks(before, doc);
      t0 = performance.now();
      prev = recheckStory(prev, fields, doc, { attribution }, hint);
      hinted.push(performance.now() - t0);
    }
  }
  rows.push({
    measure: 're-check per keystroke p95',
    size,
    value: pct(per, 0.95),
    note: `p50 ${median(per).toFixed(3)} ms, max ${Math.max(...per).toFixed(2)} ms`,
    goal: words === 20000 ? 1 : undefined,
  });
  rows.push({ measure: 're-check per keystroke p95, changed blocks given', size, value: pct(hinted, 0.95), note: `p50 ${median(hinted).toFixed(3)} ms` });

  // The same keystrokes with the engine keeping the quote analysis itself (re-analyses the edited paragraph).
  let own = checkStory(fields, doc);
  const withQuotes: number[] = [];
  for (let k = 0; k < 60; k++) {
    const { textblocks } = bodyPositions(doc);
    const start = textblocks[Math.floor(r() * textblocks.length)]!;
    doc = new Transform(doc).insert(start, schema.text('e')).doc;
    t0 = performance.now();
    own = recheckStory(own, fields, doc);
    withQuotes.push(performance.now() - t0);
  }
  rows.push({
    measure: 're-check per keystroke p95, quotes re-analysed too',
    size,
    value: pct(withQuotes, 0.95),
    note: `p50 ${median(withQuotes).toFixed(2)} ms`,
  });
}

const fmt = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));
const table = [['measure', 'size', 'time', 'goal', 'result', 'note']];
for (const row of rows) {
  const goal = row.goal === undefined ? '' : `≤ ${row.goal} ms`;
  const result = row.goal === undefined ? '' : row.value <= row.goal ? 'PASS' : 'FAIL';
  table.push([row.measure, row.size, `${fmt(row.value)} ms`, goal, result, row.note]);
}
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(table[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
console.log(`\nNode ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)}.`);
if (process.env.BENCH_JSON) console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
