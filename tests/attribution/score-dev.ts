// Scores the attribution engine on the internal dev set (never copied into the repo), on its two
// parts: the tuning part (look at its mistakes, fix them with general rules) and the validation
// part (only measured; a rule that helps tuning and not validation is dropped).
//
//   npx tsx tests/attribution/score-dev.ts               both parts, plus the sample story
//   npx tsx tests/attribution/score-dev.ts --verbose     ... and every mistake on the tuning part
//   npx tsx tests/attribution/score-dev.ts --by-tag      ... and score.mjs's breakdown of the tuning part
//   npx tsx tests/attribution/score-dev.ts --by-cue      ... and the tuning part's matched quotes by the engine's cue
//   npx tsx tests/attribution/score-dev.ts --count-uncertain   count an uncertain quote's suggested speaker as named
//   npx tsx tests/attribution/score-dev.ts --make-split  (re)write dev-split.json from the seed
//
// The dev set lives beside the clone: <repo>/../shared/attribution-dev/{dev.jsonl,score.mjs}.
// The split (tests/attribution/dev-split.json) lists passage ids only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../shared/attribution/index';
import { type CueTable, type GoldItem, type Metrics, type Mistake, type PredQuote, score, splitByArticle } from './dev-metrics';
import { predictions } from './predictions';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const devDir = resolve(repoRoot, '..', 'shared', 'attribution-dev');
const devFile = join(devDir, 'dev.jsonl');
const scorer = join(devDir, 'score.mjs');
const splitFile = join(here, 'dev-split.json');
const SEED = 13;

const flags = new Set(process.argv.slice(2));
const countUncertain = flags.has('--count-uncertain');

if (!existsSync(devFile) || !existsSync(scorer)) {
  console.log(`dev set not found at ${devDir}; nothing to score.`);
  process.exit(0);
}

const items = readFileSync(devFile, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldItem);

interface Split {
  seed: number;
  method: string;
  tuning: string[];
  validation: string[];
}

if (flags.has('--make-split')) {
  const { tuning, validation } = splitByArticle(items, SEED);
  const split: Split = {
    seed: SEED,
    method:
      'articles (the source text file of each passage) sorted, shuffled with mulberry32(seed), first two thirds tuning; all passages of an article in one part',
    tuning,
    validation,
  };
  writeFileSync(splitFile, `${JSON.stringify(split, null, 2)}\n`);
  console.log(`wrote ${splitFile}: ${tuning.length} tuning, ${validation.length} validation passages`);
}
const split = JSON.parse(readFileSync(splitFile, 'utf8')) as Split;

const preds = new Map<string, PredQuote[]>();
const t0 = performance.now();
for (const item of items) preds.set(item.id, predictions(analyzeText(item.text), countUncertain));
const ms = performance.now() - t0;

const byId = new Map(items.map((it) => [it.id, it]));
const part = (ids: string[]) => ids.map((id) => byId.get(id)!).filter(Boolean);
const tuning = part(split.tuning);
const validation = part(split.validation);

const fx = (x: number) => x.toFixed(4);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function report(name: string, m: Metrics): void {
  console.log(
    `${name.padEnd(10)} passages=${m.items} gold=${m.gold} predicted=${m.predicted} matched=${m.matched}  ` +
      `quote_f1=${fx(m.f1)} (P ${fx(m.precision)} R ${fx(m.recall)})  speaker_acc=${fx(m.accuracy)} (${m.correct}/${m.matched})  ` +
      `wrong_speaker=${pct(m.wrongRate)} (${m.wrong})  no_speaker=${m.abstained}  ` +
      `non_speech_false_alarms=${m.nonSpeechAlarms}/${m.nonSpeechPassages}  no_quote_passages_with_a_quote=${m.noQuoteAlarms}/${m.noQuotePassages}`,
  );
}

console.log(
  `analysed ${items.length} passages in ${ms.toFixed(0)} ms (split seed ${split.seed}; uncertain quotes ${countUncertain ? 'counted with their suggested speaker' : 'counted as no speaker'})`,
);
const mistakes: Mistake[] = [];
const cues: CueTable = new Map();
const tm = score(tuning, preds, mistakes, cues);
const vm = score(validation, preds);
report('tuning', tm);
report('validation', vm);
report('all', score(items, preds));

// The sample story: every quote to Volodymyr Zelenskyy.
{
  const text = readFileSync(join(repoRoot, 'tests', 'fixtures', 'kyodo-zelenskyy-japan.txt'), 'utf8');
  const sample = predictions(analyzeText(text), countUncertain);
  const z = sample.filter((q) => q.speaker === 'Volodymyr Zelenskyy').length;
  console.log(`sample     ${z}/${sample.length} quotes to Volodymyr Zelenskyy`);
}

if (flags.has('--by-cue')) {
  console.log('\nmatched quotes on the tuning part by cue (correct / wrong speaker / no speaker):');
  for (const [cue, r] of [...cues].sort((a, b) => b[1].correct + b[1].wrong + b[1].none - (a[1].correct + a[1].wrong + a[1].none))) {
    console.log(`  ${cue.padEnd(28)} ${String(r.correct).padStart(4)} ${String(r.wrong).padStart(4)} ${String(r.none).padStart(4)}`);
  }
}

if (flags.has('--verbose')) {
  console.log('\nmistakes on the tuning part (the validation part is only measured):');
  for (const m of mistakes) {
    console.log(`${m.kind.padEnd(5)} ${m.id}  ${JSON.stringify(m.quote.slice(0, 70))}  gold=${m.gold}  pred=${m.pred}  cue=${m.cue ?? '-'}`);
  }
}

// Cross-check with the set's own scorer, on each part.
const dir = mkdtempSync(join(tmpdir(), 'copydesk-attr-'));
for (const [name, part] of [
  ['tuning', tuning],
  ['validation', validation],
] as const) {
  const goldFile = join(dir, `${name}.gold.jsonl`);
  const predFile = join(dir, `${name}.pred.jsonl`);
  writeFileSync(goldFile, `${part.map((it) => JSON.stringify(it)).join('\n')}\n`);
  writeFileSync(predFile, `${part.map((it) => JSON.stringify({ id: it.id, quotes: preds.get(it.id) })).join('\n')}\n`);
  const args = [scorer, goldFile, predFile, ...(name === 'tuning' && flags.has('--by-tag') ? ['--by-tag'] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const lines = r.stdout.trim().split('\n');
  console.log(`\nscore.mjs, ${name} part:`);
  for (const l of name === 'tuning' && flags.has('--by-tag') ? lines : lines.slice(-1)) console.log(`  ${l}`);
}
