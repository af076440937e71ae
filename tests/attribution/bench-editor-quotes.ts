// What a keystroke and a debounced analysis cost in the editor on a long story (no DOM: plugin state only).
//   npx tsx tests/attribution/bench-editor-quotes.ts [words]
import { EditorState } from 'prosemirror-state';
import { SAMPLE_WIRE_STORY } from '../../shared/sample/index';
import { schema } from '../../shared/schema';
import { collectParagraphs, quoteAttribution, quoteAttributionKey } from '../../renderer/editor/quote-plugin';
import { createAttributionSession } from '../../shared/attribution/index';

const target = Number(process.argv[2] ?? 20000);
const base = SAMPLE_WIRE_STORY.split('\n').slice(1, 12).filter((l) => l.trim());
const paras: string[] = [];
let words = 0;
for (let i = 0; words < target; i++) {
  const t = base[i % base.length]!;
  paras.push(t);
  words += t.split(/\s+/).length;
}
const doc = schema.node('doc', null, paras.map((t) => schema.node('paragraph', null, [schema.text(t)])));
const session = createAttributionSession();
let state = EditorState.create({ doc, plugins: [quoteAttribution({ session, schedule: () => () => {} })] });

const time = (f: () => void, n = 1) => {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
};
// first analysis (cold cache)
let paragraphs = collectParagraphs(state.doc);
const cold = time(() => session.update(paragraphs.texts));
// keystroke: apply a one-character insertion in the middle (plugin maps decorations + changed ranges)
const mid = paragraphs.starts[Math.floor(paragraphs.starts.length / 2)]!;
const key = time(() => {
  state = state.apply(state.tr.insertText('x', mid));
}, 200);
// debounced pass after typing: collect paragraphs (cached text) + engine (one paragraph re-analysed)
const warm = time(() => {
  paragraphs = collectParagraphs(state.doc);
  session.update(paragraphs.texts);
});
console.log(`${words} words, ${paras.length} paragraphs, ${quoteAttributionKey.getState(state)!.changed.length} changed range(s)`);
console.log(`first analysis ${cold.toFixed(1)} ms; keystroke (plugin apply) ${key.toFixed(3)} ms; debounced pass after an edit ${warm.toFixed(1)} ms (analysed ${session.stats.analysed} paragraph(s))`);
// steady state: several edit + pass rounds, split into the paragraph walk and the engine
let walk = 0;
let engine = 0;
const rounds = 10;
for (let r = 0; r < rounds; r++) {
  state = state.apply(state.tr.insertText('y', mid));
  walk += time(() => {
    paragraphs = collectParagraphs(state.doc);
  });
  engine += time(() => session.update(paragraphs.texts));
}
console.log(`steady state per debounced pass: paragraph walk ${(walk / rounds).toFixed(2)} ms, engine ${(engine / rounds).toFixed(1)} ms`);
