import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { electronBinary } from '../electron/launch-support';

/**
 * `npm test`: type-check, lint, unit tests, build, end-to-end tests in Chromium, and the Electron
 * end-to-end tests where an Electron binary exists. Ends with one line "N passed, N failed"
 * counting every test that ran.
 */

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const summary: string[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

function record(name: string, t: Tally) {
  total.passed += t.passed;
  total.failed += t.failed;
  summary.push(`${name}: ${t.passed} passed, ${t.failed} failed`);
}

async function step(name: string, cmd: string, args: string[]) {
  console.log(`\n── ${name} ──`);
  const code = await run(cmd, args);
  record(name, code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  return code;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  success: boolean;
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

// The same folder Playwright's config writes to (COPYDESK_TEST_RESULTS keeps parallel runs apart).
const out = path.resolve(process.env.COPYDESK_TEST_RESULTS ?? 'test-results');
rmSync(out, { recursive: true, force: true });

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

if (want('typecheck')) {
  await step('type-check (electron, tests)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  await step('type-check (shared: no Node, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.shared.json']);
  await step('type-check (renderer)', 'npx', ['tsc', '-p', 'tsconfig.renderer.json']);
  await step('lint (biome)', 'npx', ['biome', 'lint', 'electron', 'renderer', 'shared', 'tests', 'build']);
}

if (want('unit')) {
  console.log('\n── unit tests (vitest) ──');
  const file = path.join(out, 'unit.json');
  const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
    const failedSuites = code !== 0 && r.numFailedTests === 0 ? 1 : 0;
    record('unit', { passed: r.numPassedTests, failed: r.numFailedTests + failedSuites });
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (skipped) summary.push(`unit: ${skipped} skipped`);
  } else record('unit (did not run)', { passed: 0, failed: 1 });
}

if (want('e2e')) {
  const built = await step('build (renderer and Electron)', 'npm', ['run', '--silent', 'build']);
  console.log('\n── end-to-end tests (Chromium, web host) ──');
  if (built === 0) {
    const code = await run('npx', ['playwright', 'test']);
    const file = path.join(out, 'e2e.json');
    if (existsSync(file)) {
      const r = JSON.parse(readFileSync(file, 'utf8')) as PlaywrightJson;
      const broken = code !== 0 && r.stats.unexpected === 0 ? 1 : 0;
      record('e2e', { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + broken });
      if (r.stats.skipped) summary.push(`e2e: ${r.stats.skipped} skipped`);
    } else record('e2e (did not run)', { passed: 0, failed: 1 });
  } else record('e2e (not built)', { passed: 0, failed: 1 });
}

if (want('electron')) {
  const binary = electronBinary();
  if (!binary) {
    console.log('\nElectron e2e skipped: no Electron binary here (install one or set ELECTRON_PATH).');
  } else {
    console.log(`\n── Electron end-to-end tests (${binary}) ──`);
    const code = await run('npx', ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'], { ELECTRON_PATH: binary });
    const file = path.join(out, 'electron.json');
    if (existsSync(file)) {
      const r = JSON.parse(readFileSync(file, 'utf8')) as PlaywrightJson;
      record('electron', { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (code !== 0 && r.stats.unexpected === 0 ? 1 : 0) });
    } else record('electron (did not run)', { passed: 0, failed: 1 });
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
