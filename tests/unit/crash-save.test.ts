import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../shared/article';
import { sweepStaleTempFiles } from '../../electron/services/fs/atomic-write';
import { RecoveryJournal } from '../../electron/services/recovery';
import { versionedArticle } from '../support/crash-writer';

/**
 * Kill a process in the middle of saving, hundreds of times, at random points. After every kill
 * the article file must be a whole version (the old or the new, never empty, truncated or mixed)
 * and the recovery journal must hold anything newer that the writer had handed over.
 */
const KILLS = Number(process.env.COPYDESK_CRASH_KILLS ?? 300);
let work: string;
let script: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'copydesk-crash-'));
  script = path.join(work, 'crash-writer.mjs');
  await build({
    entryPoints: [path.resolve('tests/support/crash-writer.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Run {
  journaled: number;
  saved: number;
  ready: boolean;
}

function runAndKill(lib: string, name: string, first: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, lib, name, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { journaled: -1, saved: -1, ready: false };
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'R' && !run.ready) {
          run.ready = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        } else if (line.startsWith('J ')) run.journaled = Number(line.slice(2));
        else if (line.startsWith('S ')) run.saved = Number(line.slice(2));
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${stderr}`));
      else resolve(run);
    });
  });
}

/** Which version a file holds, or null when it is not one whole version. */
function versionOf(text: string): number | null {
  try {
    const article = parseArticle(text);
    const v = Number(article.headline.slice(1));
    const expected = versionedArticle(v);
    return JSON.stringify(article.body) === JSON.stringify(expected.body) ? v : null;
  } catch {
    return null;
  }
}

it(`${KILLS} saves interrupted by SIGKILL at random points: the file is always a whole version and nothing handed over is lost`, async () => {
  const lib = path.join(work, 'library');
  const name = 'council-vote.copydesk.json';
  const file = path.join(lib, name);
  const journalFile = path.join(lib, '.copydesk', 'recovery', 'crash-test-article.json');
  await rm(lib, { recursive: true, force: true });
  const { ArticleLibrary } = await import('../../electron/services/library');
  await ArticleLibrary.open({ root: lib, seedSample: false });
  await writeFile(file, serializeArticle(versionedArticle(0)));
  const journal = new RecoveryJournal(lib);

  let corrupted = 0;
  let lost = 0;
  let midWrite = 0;
  let next = 1;
  const problems: string[] = [];
  for (let i = 0; i < KILLS; i++) {
    const run = await runAndKill(lib, name, next, Math.floor(Math.random() * 45));
    const onDisk = versionOf(await readFile(file, 'utf8').catch(() => ''));
    let journaled: number | null = null;
    if (existsSync(journalFile)) {
      const entry = await journal.read('crash-test-article');
      journaled = entry ? versionOf(serializeArticle(entry.article)) : null;
      if (journaled === null) {
        corrupted++;
        problems.push(`kill ${i}: recovery journal damaged`);
      }
    }
    if (onDisk === null) {
      corrupted++;
      problems.push(`kill ${i}: article file is not a whole version`);
      continue;
    }
    const recovered = Math.max(onDisk, journaled ?? -1);
    if (recovered < run.journaled || onDisk < run.saved) {
      lost++;
      problems.push(`kill ${i}: handed over v${run.journaled} (saved v${run.saved}) but only v${recovered} survives`);
    }
    if (run.journaled > run.saved) midWrite++;
    next = Math.max(next, run.journaled + 1, recovered + 1);
  }
  const leftovers = (await readdir(lib)).filter((n) => n.endsWith('.tmp')).length;
  // The sweep at the next library open takes them away (here without waiting for them to age).
  const swept = await sweepStaleTempFiles(lib, 0);
  console.log(
    `${KILLS} interrupted saves: ${corrupted} corrupted, ${lost} lost (${midWrite} killed between journal and save; ${next - 1} versions written; ${leftovers} stray temp files, ${swept.length} swept)`,
  );
  expect(problems).toEqual([]);
  expect(swept).toHaveLength(leftovers);
  expect((await readdir(lib)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(versionOf(await readFile(file, 'utf8'))).toBeGreaterThanOrEqual(0);
  expect(next).toBeGreaterThan(KILLS / 2); // the kills did land while saves were happening
}, 300_000);
