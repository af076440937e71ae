// `npx tsx tests/bench/bench-compare.ts`: Compare versions on two 20,000-word versions of a story.
// Prints a table (median and slowest of RUNS runs after warm-up, and the median CPU time of the
// process, which tells a slow machine from a busy one) with PASS/FAIL of the median against the
// 300 ms budget for a desk's edit; exit status 1 when it fails. The other rows are for reading.
//
//   BENCH_RUNS=21 npx tsx tests/bench/bench-compare.ts
//   BENCH_WORDS=60000 npx tsx tests/bench/bench-compare.ts
import os from 'node:os';
import type { Article } from '../../shared/article';
import { compareArticles, comparisonHtml, comparisonText } from '../../shared/compare';
import { generateStory, storyArticle } from './generate';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WORDS = Number(process.env.BENCH_WORDS ?? 20000);
const BUDGET_MS = 300;

type Block = { type: string; attrs?: Record<string, unknown>; content?: Array<{ type: string; text?: string }> };

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A later version as a desk leaves it: `share` of the paragraphs edited (a word changed, one
 * added, one cut), a few paragraphs moved, cut and added, the headline and a caption rewritten.
 */
function editedVersion(article: Article, share: number, seed: number): Article {
  const r = rng(seed);
  const blocks = structuredClone((article.body as { content: Block[] }).content);
  for (const block of blocks) {
    const text = block.content?.[0];
    if (block.type !== 'paragraph' || !text?.text || r() >= share) continue;
    const words = text.text.split(' ');
    words[Math.floor(r() * words.length)] = 'reportedly';
    words.splice(Math.floor(r() * words.length), 0, 'officials');
    words.splice(Math.floor(r() * words.length), 1);
    text.text = words.join(' ');
  }
  for (let i = 0; i < 3; i++) blocks.splice(Math.floor(r() * blocks.length), 0, ...blocks.splice(Math.floor(r() * blocks.length), 1));
  for (let i = 0; i < 2; i++) blocks.splice(Math.floor(r() * blocks.length), 1);
  for (let i = 0; i < 2; i++)
    blocks.splice(Math.floor(r() * blocks.length), 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: `A new paragraph ${i} added by the desk after the council vote.` }],
    });
  const photo = blocks.find((b) => b.type === 'photo');
  if (photo?.attrs) photo.attrs = { ...photo.attrs, caption: `${String(photo.attrs.caption)} (updated)` };
  return { ...article, headline: `${article.headline}: vote delayed`, body: { type: 'doc', content: blocks } as Article['body'] };
}

/** Wall time and this process's CPU time (which a busy machine inflates less), per run. */
function time(fn: () => unknown): { median: number; max: number; cpu: number } {
  for (let i = 0; i < 2; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { median: median(wall), max: Math.max(...wall), cpu: median(cpu) };
}

const base = storyArticle(generateStory(WORDS, 20), 'bench-compare', '2026-03-01T10:00:00.000Z');
const cases: Array<{ name: string; older: Article; newer: Article; budget: boolean }> = [
  { name: "a desk's edit (10% of paragraphs, moves, cuts)", older: base, newer: editedVersion(base, 0.1, 1), budget: true },
  { name: 'every paragraph edited', older: base, newer: editedVersion(base, 1, 2), budget: false },
  { name: 'two unrelated stories', older: base, newer: storyArticle(generateStory(WORDS, 21), 'other', '2026-03-01T10:00:00.000Z'), budget: false },
];

const label = `${WORDS / 1000}k words`;
console.log(`Compare versions, ${label}, median and slowest of ${RUNS} runs (ms); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`);
console.log(
  `${'case'.padEnd(50)} ${'compare'.padStart(8)} ${'cpu'.padStart(6)} ${'slowest'.padStart(8)} ${'text'.padStart(6)} ${'html'.padStart(6)}  ${'blocks'.padEnd(18)} budget`,
);
let failed = false;
/** Rows for `npm run bench` (BENCH_JSON=1 prints them as the last line). */
const jsonRows: { name: string; median: number; budget: boolean; pass: boolean }[] = [];
for (const c of cases) {
  const comparison = compareArticles(c.older, c.newer);
  const compare = time(() => compareArticles(c.older, c.newer));
  const text = time(() => comparisonText(comparison));
  const html = time(() => comparisonHtml(comparison));
  const s = comparison.summary;
  const blocks = `${s.changed}~ ${s.moved}> ${s.inserted}+ ${s.deleted}-`;
  let verdict = '';
  if (c.budget) {
    const pass = compare.median <= BUDGET_MS;
    jsonRows.push({ name: c.name, median: compare.median, budget: c.budget, pass });
    failed ||= !pass;
    verdict = `≤ ${BUDGET_MS} ms ${pass ? 'PASS' : 'FAIL'}`;
  }
  console.log(
    `${c.name.padEnd(50)} ${compare.median.toFixed(1).padStart(8)} ${compare.cpu.toFixed(1).padStart(6)} ${compare.max.toFixed(1).padStart(8)} ${text.median.toFixed(1).padStart(6)} ${html.median.toFixed(1).padStart(6)}  ${blocks.padEnd(18)} ${verdict}`,
  );
}
console.log('\nblocks: changed~ moved> inserted+ deleted-');
if (process.env.BENCH_JSON) console.log(`BENCH_JSON ${JSON.stringify({ words: WORDS, budgetMs: BUDGET_MS, rows: jsonRows })}`);
process.exitCode = failed ? 1 : 0;
