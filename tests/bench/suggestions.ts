// Suggestions (issue 14) on a 20,000-word story: accept-all and reject-all of 500 suggestions,
// and what Suggesting mode adds to a keystroke. Plain Node, no DOM; prints a table, fails nothing
// but says PASS/FAIL for the goal (accept-all of 500 suggestions ≤ 200 ms).
//   npx tsx tests/bench/suggestions.ts
import os from 'node:os';
import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import { bodyNode } from '../../shared/article';
import type { SuggestionRecord } from '../../shared/changes/model';
import { resolveSuggestions, type Suggester, suggestionIds, suggestTransaction } from '../../shared/changes/suggest';
import { schema } from '../../shared/schema';
import { generateStory } from './generate';

const WORDS = 20_000;
const SUGGESTIONS = 500;
const KEYSTROKES = 300;
const RUNS = 9;
const GOAL_MS = 200;

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};

const records = new Map<string, SuggestionRecord>();
let next = 0;
const person = (author: string): Suggester => ({ author, now: () => '2026-12-03T10:00:00.000Z', newId: () => `s${++next}`, records });

/** Text positions spread over the story, one per paragraph in turn. */
function spots(doc: Node, count: number): number[] {
  const starts: number[] = [];
  doc.forEach((node, pos) => {
    if (node.isTextblock && node.content.size > 200) starts.push(pos + 1);
  });
  // Far enough apart that no two suggestions touch (touching ones would join).
  return Array.from({ length: count }, (_, i) => (starts[i % starts.length] as number) + 5 + 60 * Math.floor(i / starts.length));
}

const original = bodyNode(generateStory(WORDS, 14_000).body);
let state = EditorState.create({ schema, doc: original });
// 500 suggestions of the usual kinds, made the way the editor makes them: from the end back, so positions hold.
const at = spots(original, SUGGESTIONS).sort((a, b) => b - a);
at.forEach((pos, i) => {
  const tr = state.tr;
  if (i % 4 === 0) tr.insertText('newly ', pos);
  else if (i % 4 === 1) tr.delete(pos, pos + 4);
  else if (i % 4 === 2) tr.insertText('said', pos, pos + 3);
  else tr.addMark(pos, pos + 5, schema.marks.strong.create());
  const out = suggestTransaction(tr, state, person(i % 2 ? 'Ana' : 'Ben'));
  for (const r of out.added) records.set(r.id, r);
  state = state.apply(out.tr);
});
const count = suggestionIds(state.doc).size;

function resolveTimes(how: 'accept' | 'reject'): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const tr = new Transform(state.doc);
    resolveSuggestions(tr, null, how);
    times.push(performance.now() - t0);
  }
  return times;
}
const accept = resolveTimes('accept');
const reject = resolveTimes('reject');

// Keystrokes typed into the middle of the story: plain apply, and Suggesting mode (suggestTransaction + apply).
function typing(suggesting: boolean): number[] {
  let s = EditorState.create({ schema, doc: state.doc });
  const pos = spots(s.doc, 200)[100] as number;
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const t0 = performance.now();
    const tr = s.tr.insertText('x', pos + i);
    s = s.apply(suggesting ? suggestTransaction(tr, s, person('Ana')).tr : tr);
    times.push(performance.now() - t0);
  }
  return times.slice(20);
}
const plain = typing(false);
const suggested = typing(true);

const rows: { measure: string; value: number; note: string; goal?: number }[] = [
  { measure: 'accept all (median)', value: pct(accept, 0.5), note: `${count} suggestions, slowest ${Math.max(...accept).toFixed(1)} ms`, goal: GOAL_MS },
  { measure: 'reject all (median)', value: pct(reject, 0.5), note: `${count} suggestions, slowest ${Math.max(...reject).toFixed(1)} ms` },
  { measure: 'keystroke, editing p50', value: pct(plain, 0.5), note: 'state.apply(tr)' },
  { measure: 'keystroke, editing p95', value: pct(plain, 0.95), note: '' },
  { measure: 'keystroke, suggesting p50', value: pct(suggested, 0.5), note: 'suggestTransaction + apply' },
  { measure: 'keystroke, suggesting p95', value: pct(suggested, 0.95), note: '' },
];
console.log(`Suggestions at ${WORDS / 1000}k words (ms); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores\n`);
let failed = false;
for (const r of rows) {
  const verdict = r.goal === undefined ? '' : `≤ ${r.goal} ms ${r.value <= r.goal ? 'PASS' : 'FAIL'}`;
  failed ||= r.goal !== undefined && r.value > r.goal;
  console.log(`${r.measure.padEnd(28)} ${r.value.toFixed(2).padStart(8)}  ${r.note.padEnd(42)} ${verdict}`);
}
if (process.env.BENCH_JSON) console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
process.exitCode = failed ? 1 : 0;
