// Scores own-set parts with the attribution engine as it was at a commit (its `shared/` unpacked
// from git into a temporary folder), beside today's: the "before" figures of a part written during
// a round, measured with the engine of the round's start.
//
//   npx tsx tests/attribution/score-at.ts <commit> fresh29 fresh30 ...
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../shared/attribution/index';
import type { AttributionResult } from '../../shared/attribution/types';
import { engineAt } from './confidence-history';
import { type GoldItem, type Metrics, score } from './dev-metrics';
import { type OwnSetPart, ownSetParts } from './own-set';
import { predictions } from './predictions';

const [commit, ...names] = process.argv.slice(2);
if (!commit || !names.length || names.some((n) => !(n in ownSetParts))) {
  console.error('usage: score-at.ts <commit> <part> [<part> ...]   (parts: first, fresh, fresh2 ... as in own-set/index.ts)');
  process.exit(2);
}
const dir = join(tmpdir(), 'copydesk-score-at');
const then = await engineAt(commit, dir);
const analyzeThen = (text: string): AttributionResult => then.link(text.replace(/\r\n?/g, '\n').split('\n').map((p) => then.local(p)), { onEvidence: () => {} });
const line = (label: string, m: Metrics) =>
  `${label.padEnd(22)} quote_f1=${m.f1.toFixed(4)}  speaker_acc=${m.accuracy.toFixed(4)} (${m.correct}/${m.matched})  wrong_speaker=${(100 * m.wrongRate).toFixed(1)}% (${m.wrong})  false_quotes=${m.predicted - m.matched}`;
const scored = (items: GoldItem[], analyze: (text: string) => AttributionResult) =>
  score(items, new Map(items.map((it) => [it.id, predictions(analyze(it.text))])));
for (const name of names as OwnSetPart[]) {
  const items = ownSetParts[name];
  console.log(line(`${name} at ${commit}`, scored(items, analyzeThen)));
  console.log(line(`${name} now`, scored(items, analyzeText)));
}
rmSync(dir, { recursive: true, force: true });
