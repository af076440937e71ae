// Scores the attribution engine on the team's own evaluation set (tests/attribution/own-set/),
// passages written here in styles the dev set lacks, with the dev set's definitions
// (dev-metrics.ts), in two parts: the first (passages.ts), whose failures were fixed, and a fresh
// part (fresh.ts) written after those fixes and only measured. Written by the team, so not truly
// unseen; the dev set's validation part stays the check against overfitting.
//
//   npx tsx tests/attribution/score-own.ts                   the figures
//   npx tsx tests/attribution/score-own.ts --verbose         ... and every mistake
//   npx tsx tests/attribution/score-own.ts --by-tag          ... and speaker accuracy by passage tag
//   npx tsx tests/attribution/score-own.ts --count-uncertain count an uncertain quote's suggested speaker as named
import { type Metrics, type Mistake, score } from './dev-metrics';
import { ownSetFresh } from './own-set/fresh';
import { ownSet } from './own-set/passages';
import { predictAll } from './predictions';

const flags = new Set(process.argv.slice(2));
const all = [...ownSet, ...ownSetFresh];
const preds = predictAll(all, flags.has('--count-uncertain'));
const mistakes: Mistake[] = [];
const first = score(ownSet, preds, mistakes);
const fresh = score(ownSetFresh, preds, mistakes);

const fx = (x: number) => x.toFixed(4);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, r: Metrics) =>
  `${name.padEnd(26)} passages=${r.items} gold=${r.gold} predicted=${r.predicted} matched=${r.matched}  quote_f1=${fx(r.f1)}  ` +
  `speaker_acc=${fx(r.accuracy)} (${r.correct}/${r.matched})  wrong_speaker=${pct(r.wrongRate)} (${r.wrong})  no_speaker=${r.abstained}  ` +
  `false_quotes=${r.predicted - r.matched}  non_speech_false_alarms=${r.nonSpeechAlarms}/${r.nonSpeechPassages}`;

console.log(line('first part (tuned on)', first));
console.log(line('fresh part', fresh));
console.log(line('all', score(all, preds)));

if (flags.has('--by-tag')) {
  const tags = [...new Set(all.flatMap((it) => it.meta?.tags ?? []))].sort();
  for (const tag of tags) {
    const part = all.filter((it) => it.meta?.tags?.includes(tag));
    console.log(line(`  ${tag}`, score(part, preds)));
  }
}

if (flags.has('--verbose')) {
  console.log('\nmistakes:');
  for (const x of mistakes) {
    console.log(`${x.kind.padEnd(5)} ${x.id.padEnd(14)} ${JSON.stringify(x.quote.slice(0, 60))}  gold=${x.gold}  pred=${x.pred}  cue=${x.cue ?? '-'}`);
  }
}
