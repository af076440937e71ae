// Benchmark: full analysis vs incremental update per simulated keystroke.
//   npx tsx tests/attribution/bench-attribution.ts
// Generated text (about one quote per 80 words); prints a table, asserts nothing.
import { analyzeParagraphs, createAttributionSession } from '../../shared/attribution/index';

const FIRST = ['Maria', 'John', 'Aiko', 'Pedro', 'Grace', 'Omar', 'Lena', 'Victor', 'Ruth', 'Samuel', 'Nadia', 'Tom'];
const LAST = ['Alvarez', 'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Tanaka', 'Fischer', 'Novak', 'Brennan', 'Costa', 'Ibrahim', 'Walsh'];
const TITLES = ['Finance Minister', 'Mayor', 'Sen.', 'Professor', 'Gov.', 'Judge'];
const FILLER = (
  'the council met on tuesday to discuss the budget for next year and the plan for new housing near the river ' +
  'while residents waited outside the hall for news about the decision that could change the shape of the town for decades'
).split(' ');

function rnd(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(words: number, seed = 1): string[] {
  const r = rnd(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const paras: string[] = [];
  let count = 0;
  while (count < words) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const last = name.split(' ')[1]!;
    const filler = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(' ');
    const kind = Math.floor(r() * 4);
    let p: string;
    if (kind === 0) p = `${pick(TITLES)} ${name} said the ${filler(12)} was "${filler(6)}" and ${filler(40)}.`;
    else if (kind === 1) p = `"${filler(14)}," ${last} said. "${filler(10)}." ${filler(40)}.`.replace(/^"(\w)/, (_m, c: string) => `"${c.toUpperCase()}`);
    else if (kind === 2) p = `${filler(30)}, according to ${name}, who described it as "${filler(5)}." ${filler(30)}.`;
    else p = `${filler(20)}. "${filler(12)}," he said, adding that ${filler(30)}.`;
    p = p.charAt(0).toUpperCase() + p.slice(1);
    paras.push(p);
    count += p.split(/\s+/).length;
  }
  return paras;
}

function time(fn: () => void, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

const rows: string[][] = [
  [
    'words',
    'paragraphs',
    'quotes',
    'full analysis ms',
    'incremental ms/keystroke (median)',
    'p95 ms',
    'typing a sentence with a name: median',
    'p95',
    're-linked keys',
  ],
];
// Typed at the end of the middle paragraph, one character at a time: most keys leave the links
// alone (patched), those that change a name, a cue or a quote re-run the linking pass.
const SENTENCE = ' Later, Mayor Jane Fordham told reporters it was \u201cthe best plan we have had in years,\u201d and she said the council agreed.';
analyzeParagraphs(generate(2000, 99)); // warm up (lexicon load, JIT)
for (const words of [1000, 5000, 20000, 60000]) {
  const paras = generate(words, words);
  const full = time(() => analyzeParagraphs(paras), words >= 20000 ? 3 : 10);
  const s = createAttributionSession();
  const res = s.update(paras);
  const mid = Math.floor(paras.length / 2);
  const doc = paras.slice();
  const samples: number[] = [];
  const base = doc[mid]!;
  // (in the plain words that end every generated paragraph, before its last full stop: typed at a
  // fixed offset, the keys landed inside a cue's "said" at some sizes and re-linked the story each
  // time, which is the sentence row's case, not a plain keystroke's)
  const at = base.lastIndexOf(' ', base.length - 2);
  for (let k = 0; k < 200; k++) {
    // type one character in the middle paragraph (a new array each time, as an editor would pass)
    const next = doc.slice();
    next[mid] = base.slice(0, at) + 'abcdefghij'.slice(0, (k % 10) + 1) + base.slice(at);
    const t0 = performance.now();
    s.update(next);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const med = samples[Math.floor(samples.length / 2)]!;
  const p95 = samples[Math.floor(samples.length * 0.95)]!;
  const typed: number[] = [];
  let relinked = 0;
  for (let rep = 0; rep < 2; rep++) {
    for (let k = 1; k <= SENTENCE.length; k++) {
      const next = doc.slice();
      next[mid] = base + SENTENCE.slice(0, k);
      const t0 = performance.now();
      s.update(next);
      typed.push(performance.now() - t0);
      if (s.stats.relinked) relinked++;
    }
  }
  typed.sort((a, b) => a - b);
  const tMed = typed[Math.floor(typed.length / 2)]!;
  const tP95 = typed[Math.floor(typed.length * 0.95)]!;
  rows.push([
    String(words),
    String(paras.length),
    String(res.quotes.length),
    full.toFixed(1),
    med.toFixed(3),
    p95.toFixed(3),
    tMed.toFixed(3),
    tP95.toFixed(3),
    `${relinked}/${typed.length}`,
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
