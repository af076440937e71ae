// The attribution engine in the browser: full analysis and the per-keystroke session update.
import { analyzeParagraphs, createAttributionSession } from '../../../shared/attribution/index';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}

function bench(paragraphs: string[], keystrokes = 200) {
  analyzeParagraphs(paragraphs.slice(0, 40)); // warm up (lexicon, JIT)
  const full: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyzeParagraphs(paragraphs);
    full.push(performance.now() - t0);
  }
  const session = createAttributionSession();
  session.update(paragraphs);
  const mid = Math.floor(paragraphs.length / 2);
  const base = paragraphs[mid] ?? '';
  const samples: number[] = [];
  for (let k = 0; k < keystrokes; k++) {
    const next = paragraphs.slice();
    next[mid] = base.slice(0, 20) + 'abcdefghij'.slice(0, (k % 10) + 1) + base.slice(20);
    const t0 = performance.now();
    session.update(next);
    samples.push(performance.now() - t0);
  }
  return { fullMs: median(full), incP50: median(samples), incP95: percentile(samples, 0.95) };
}

(window as unknown as { __attribution: typeof bench }).__attribution = bench;
