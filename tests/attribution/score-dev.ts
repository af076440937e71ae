// Scores the attribution engine on the internal dev set (never copied into the repo).
//   npx tsx tests/attribution/score-dev.ts [--verbose]
// The dev set lives beside the clone: <repo>/../shared/attribution-dev/{dev.jsonl,score.mjs}.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../shared/attribution/index';
import { toJsonlQuotes } from '../../electron/cli/attributions';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const devDir = resolve(repoRoot, '..', 'shared', 'attribution-dev');
const devFile = join(devDir, 'dev.jsonl');
const scorer = join(devDir, 'score.mjs');

if (!existsSync(devFile) || !existsSync(scorer)) {
  console.log(`dev set not found at ${devDir}; nothing to score.`);
  process.exit(0);
}

const lines = readFileSync(devFile, 'utf8').split(/\r?\n/).filter((l) => l.trim());
const out: string[] = [];
const t0 = performance.now();
for (const line of lines) {
  const item = JSON.parse(line) as { id: string; text: string };
  const res = analyzeText(item.text);
  out.push(JSON.stringify({ id: item.id, quotes: toJsonlQuotes(item.text, res) }));
}
const ms = performance.now() - t0;
const dir = mkdtempSync(join(tmpdir(), 'copydesk-attr-'));
const predFile = join(dir, 'dev.pred.jsonl');
writeFileSync(predFile, out.join('\n') + '\n');
console.log(`analysed ${lines.length} passages in ${ms.toFixed(0)} ms; predictions: ${predFile}`);
const args = [scorer, devFile, predFile, '--by-tag', ...process.argv.slice(2).filter((a) => a === '--verbose')];
const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exit(r.status ?? 1);
