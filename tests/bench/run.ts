// `npm run bench`: Copydesk side by side with a bare ProseMirror editor, and the library host.
// Prints a table with PASS/FAIL for each goal of issue 17 (exit status 1 when one fails) and writes
// tests/bench/results/bench-results.json. Medians over BENCH_RUNS runs (default 3).
//
// Every timing is judged as a ratio to a baseline measured in the same run, never in absolute
// milliseconds (on a busy 2-core machine bare ProseMirror itself has taken 6 ms p95 in one run and
// 15 ms in another): the editor against bare ProseMirror, the library's first listing and first
// search against the floor (reading and parsing every article file once). Memory is judged in MB.
//
//   BENCH_RUNS=5 npm run bench          more runs
//   BENCH_LIBRARY=2000 npm run bench    a smaller library (the goals are for 5,000)
//   BENCH_SIZES=1000,20000 npm run bench  only these story sizes
//   BENCH_ONLY=browser npm run bench    only the browser half (or `node`, or `newsroom`)
//   COPYDESK_RENDERER_DIR=.x-dist       build the renderer (and the bench's page scripts) there
//
// Typing is measured as main-thread busy time per keystroke, the same way in both editors: the
// renderer's cumulative task time (CDP Performance.getMetrics, TaskDuration, in thread CPU time)
// is read before a key press and again after the frame that shows it (two animation frames
// later); the same read-wait-read with no key press (a null iteration, interleaved with the keys)
// gives the harness's own cost, whose median is subtracted. Idle time waiting for vsync is not
// counted; timers and idle callbacks the app runs in that window are.
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { type Article, isArticleFileName, parseArticle, serializeArticle } from '../../shared/article';
import { createHostService, dispatchHostCall } from '../../electron/services/host';
import { readFileStamped } from '../../electron/services/fs/read-stamped';
import { ArticleLibrary } from '../../electron/services/library';
import { startWebHost } from '../../electron/web/server';
import { chromiumLaunchOptions } from '../support/chromium';
import { buildRenderer, bundlePageScripts, RENDERER_DIR, ROOT, startBareServer } from './harness';
import { BENCH_PHOTO_SRC, fileNameFor, generateStory, storyArticle, withDeskChanges, writeLibrary } from './generate';
import { HOST_MEMORY_RESULT, HOST_MEMORY_START, HOST_QUERIES } from './host-memory';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIBRARY_SIZE = Number(process.env.BENCH_LIBRARY ?? 5000);
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 5000, 20000, 60000];
const ONLY = process.env.BENCH_ONLY ?? '';
const HEAP_SIZE = 20000;
const KEYSTROKES = 200;
const OUT_DIR = path.join(ROOT, 'tests/bench/results');
// The page scripts go beside the renderer build, so a bench with its own COPYDESK_RENDERER_DIR shares no folder.
const BUNDLE_DIR = process.env.COPYDESK_RENDERER_DIR ? `${RENDERER_DIR}-bench` : path.join(ROOT, 'dist-bench/bench');

/** The goals of issue 17. Ratios are Copydesk over its baseline in the same run. */
const GOALS = {
  typingP95: 1.1,
  typingP50: 1.15,
  open: 1.2,
  rendererHeap: 1.5,
  hostHeapMB: 250,
  firstVsFloor: 2,
};

interface Row {
  group: string;
  metric: string;
  size: string;
  copydesk: number | null;
  /** the baseline: bare ProseMirror for the editor, the floor (every file read and parsed once) for the library */
  bare: number | null;
  unit: string;
  /** the goal, e.g. `≤ 1.10× bare`; a row with a goal is judged */
  budget?: string;
  pass?: boolean;
  note?: string;
}
const rows: Row[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Number.NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] as number;
};
const ms = (t0: number) => performance.now() - t0;
const label = (words: number) => `${words / 1000}k`;

function log(msg: string) {
  process.stderr.write(`[bench] ${msg}\n`);
}

// ── fixtures ────────────────────────────────────────────────────────────────────────────────
const work = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-'));
const storyDir = path.join(work, 'stories');
const libraryDir = path.join(work, 'library');
await mkdir(path.join(storyDir, 'media'), { recursive: true });
await copyFile(path.join(ROOT, 'tests/fixtures/photos/kyiv-press.jpg'), path.join(storyDir, BENCH_PHOTO_SRC));
const stories = SIZES.map((words) => {
  const story = generateStory(words, words);
  return { words, story, file: fileNameFor(story), article: storyArticle(story, `story-${words}`, `2026-02-0${SIZES.indexOf(words) + 1}T10:00:00.000Z`) };
});
for (const s of stories) await writeFile(path.join(storyDir, s.file), serializeArticle(s.article));
// The same stories again for Copydesk with the checks off: a file of their own, so the typing (and
// the journal) of one editor is never in the story the other opens.
const offFile = (s: (typeof stories)[number]) => s.file.replace(/(\.copydesk\.json)$/, `-checks-off$1`);
for (const s of stories) await writeFile(path.join(storyDir, offFile(s)), serializeArticle({ ...s.article, id: `${s.article.id}-checks-off` }));
// The desk's tools at HEAP_SIZE: a copy typed into in Suggesting mode, and a copy carrying 300
// suggestions and 100 notes, opened against the plain story (issue 14's budgets).
const suggestFile = (s: (typeof stories)[number]) => s.file.replace(/(\.copydesk\.json)$/, `-suggesting$1`);
const deskFile = (s: (typeof stories)[number]) => s.file.replace(/(\.copydesk\.json)$/, `-desk$1`);
const DESK_SUGGESTIONS = 300;
const DESK_NOTES = 100;
for (const s of stories) {
  if (s.words !== HEAP_SIZE) continue;
  await writeFile(path.join(storyDir, suggestFile(s)), serializeArticle({ ...s.article, id: `${s.article.id}-suggesting` }));
  await writeFile(path.join(storyDir, deskFile(s)), serializeArticle(withDeskChanges({ ...s.article, id: `${s.article.id}-desk` }, DESK_SUGGESTIONS, DESK_NOTES)));
}
// A short story to open first, so opening a long one is always a switch. It is made the newest at
// the start of each run, so the app opens it when it starts (it opens the newest story): the first
// switch measured is from the short story, as later ones are, not from the 60k story the app would
// otherwise start on, the one typed into last (docs/performance.md, fourteenth session).
const shortStory = generateStory(150, 3);
const shortFile = fileNameFor(shortStory);
await writeFile(path.join(storyDir, shortFile), serializeArticle(storyArticle(shortStory, 'short', '2026-03-01T10:00:00.000Z')));
log(`generating a library of ${LIBRARY_SIZE} articles…`);
const generated = await writeLibrary(libraryDir, LIBRARY_SIZE);
log(`library: ${generated.words.toLocaleString()} words`);

// ── Node: library list, search, export, attribution ─────────────────────────────────────────
/**
 * The floor for a first listing: every article file read and its JSON parsed once, 32 at a time
 * and with the same reader as the list (so a faster reader makes the floor faster too).
 */
async function readAndParseAll(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter(isArticleFileName);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const read = await readFileStamped(path.join(dir, names[next++] as string));
      if (read) JSON.parse(read.text);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return names.length;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface HostMemory {
  heldMB: number;
  liveMB: number;
  peakMB: number;
  rssMB: number;
}

/** The host's memory with the library listed and searched, in a Node process of its own (tests/bench/host-memory.ts). */
function hostMemory(dir: string, mode: 'first' | 'later'): Promise<HostMemory> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', path.join(ROOT, 'tests/bench/host-memory.ts'), dir, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.split('\n');
      const result = lines.find((l) => l.startsWith(HOST_MEMORY_RESULT));
      if (code !== 0 || !result) return reject(new Error(`host-memory.ts ${mode} failed (exit ${code}):\n${out.slice(-2000)}`));
      const measured = JSON.parse(result.slice(HOST_MEMORY_RESULT.length)) as HostMemory;
      // --trace-gc: "Mark-Compact 180.2 (214.0) -> 83.1 (120.0) MB": the first number is the heap in use just before it.
      let peak = measured.peakMB;
      for (const line of lines.slice(lines.indexOf(HOST_MEMORY_START))) {
        const m = /: [A-Za-z -]+ ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/.exec(line);
        if (m) peak = Math.max(peak, Number(m[1]) * 1.048576); // --trace-gc prints MiB
      }
      resolve({ ...measured, peakMB: peak });
    });
  });
}

async function nodeBench() {
  const cold: number[] = [];
  const warm: number[] = [];
  const searchCold: number[] = [];
  const search: number[] = [];
  // First start of a library with no index yet, against the floor measured just before it.
  const floor: number[] = [];
  const firstList: number[] = [];
  const firstSearch: number[] = [];
  const cpu = { floor: [] as number[], list: [] as number[], search: [] as number[] };
  let t0 = 0;
  let c0 = 0;
  // The floor is measured just before and just after each first listing and search, so that the
  // machine's drift over a run falls on both alike.
  const measureFloor = async () => {
    t0 = performance.now();
    c0 = cpuMs();
    const count = await readAndParseAll(libraryDir);
    floor.push(ms(t0));
    cpu.floor.push(cpuMs() - c0);
    if (count !== LIBRARY_SIZE) throw new Error(`read ${count} of ${LIBRARY_SIZE}`);
  };
  for (let run = 0; run < RUNS; run++) {
    log(`library run ${run + 1}/${RUNS}: floor, first listing and first search, floor`);
    await measureFloor();
    await rm(path.join(libraryDir, '.copydesk'), { recursive: true, force: true });
    t0 = performance.now();
    c0 = cpuMs();
    const first = await ArticleLibrary.open({ root: libraryDir, seedSample: false });
    await first.list();
    firstList.push(ms(t0));
    cpu.list.push(cpuMs() - c0);
    t0 = performance.now();
    c0 = cpuMs();
    await first.search('budget');
    firstSearch.push(ms(t0));
    cpu.search.push(cpuMs() - c0);
    await first.close();
    await measureFloor();
  }
  const cpuNote = (key: 'list' | 'search') => `CPU ${median(cpu[key]).toFixed(0)} ms vs ${median(cpu.floor).toFixed(0)} ms (${(median(cpu[key]) / median(cpu.floor)).toFixed(2)}×)`;
  const vsFloor = (v: number) => ({ budget: `≤ ${GOALS.firstVsFloor.toFixed(2)}× floor`, pass: v <= GOALS.firstVsFloor * median(floor) });
  rows.push({ group: 'library', metric: `floor: read and parse every file once (${LIBRARY_SIZE})`, size: '', copydesk: null, bare: median(floor), unit: 'ms', note: `CPU ${median(cpu.floor).toFixed(0)} ms` });
  rows.push({ group: 'library', metric: 'first listing, no index yet', size: '', copydesk: median(firstList), bare: median(floor), unit: 'ms', ...vsFloor(median(firstList)), note: cpuNote('list') });
  rows.push({ group: 'library', metric: 'first search, right after it', size: '', copydesk: median(firstSearch), bare: median(floor), unit: 'ms', ...vsFloor(median(firstSearch)), note: cpuNote('search') });

  let firstResult = '';
  for (let run = 0; run < RUNS; run++) {
    const library = await ArticleLibrary.open({ root: libraryDir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'bench' });
    t0 = performance.now();
    const listed = (await dispatchHostCall(api, 'listArticles', {})) as { articles: unknown[] };
    cold.push(ms(t0));
    if (listed.articles.length !== LIBRARY_SIZE) throw new Error(`listed ${listed.articles.length} of ${LIBRARY_SIZE}`);
    for (let i = 0; i < 3; i++) {
      t0 = performance.now();
      await dispatchHostCall(api, 'listArticles', {});
      warm.push(ms(t0));
    }
    t0 = performance.now();
    await dispatchHostCall(api, 'searchArticles', { query: 'pension' });
    searchCold.push(ms(t0));
    for (const query of HOST_QUERIES) {
      t0 = performance.now();
      const found = (await dispatchHostCall(api, 'searchArticles', { query })) as { results: { headline: string }[] };
      search.push(ms(t0));
      if (!found.results.length) throw new Error(`search "${query}" found nothing`);
      firstResult ||= found.results[0]?.headline ?? '';
    }
    await library.close();
  }
  rows.push({ group: 'library', metric: `list ${LIBRARY_SIZE} articles, cold (new process, index on disk)`, size: '', copydesk: median(cold), bare: null, unit: 'ms' });
  rows.push({ group: 'library', metric: `list ${LIBRARY_SIZE} articles, warm`, size: '', copydesk: median(warm), bare: null, unit: 'ms' });
  rows.push({ group: 'library', metric: 'search, cold (index loaded from disk)', size: '', copydesk: median(searchCold), bare: null, unit: 'ms' });
  rows.push({ group: 'library', metric: 'full-text search to first result (warm)', size: '', copydesk: median(search), bare: null, unit: 'ms', note: `p95 ${pct(search, 0.95).toFixed(1)} ms` });
  log(`first search result: ${firstResult}`);

  // Memory: the host in a process of its own, on a first start (index built) and a later one (index read from disk).
  log('host memory: first start, then a later start');
  const memory = { first: await hostMemory(libraryDir, 'first'), later: await hostMemory(libraryDir, 'later') };
  for (const [mode, label] of [
    ['first', 'first start, index built'],
    ['later', 'later start, index from disk'],
  ] as const) {
    const m = memory[mode];
    rows.push({
      group: 'memory',
      metric: `Node host JS heap, ${LIBRARY_SIZE} articles listed + searched (${label})`,
      size: '',
      copydesk: m.liveMB,
      bare: null,
      unit: 'MB',
      budget: `≤ ${GOALS.hostHeapMB} MB`,
      pass: m.liveMB <= GOALS.hostHeapMB,
      note: `the most live at any step (${m.heldMB.toFixed(0)} MB once searched); with garbage not yet collected ${m.peakMB.toFixed(0)} MB; RSS ${m.rssMB.toFixed(0)} MB`,
    });
  }

  // Exporters (shared/export), when they exist.
  let exportArticle: ((a: Article, f: string) => unknown) | null = null;
  try {
    const mod = (await import('../../shared/export/index')) as { exportArticle?: (a: Article, f: string) => unknown };
    exportArticle = mod.exportArticle ?? null;
  } catch {
    exportArticle = null;
  }
  for (const format of ['html', 'md', 'ninjs']) {
    for (const s of stories) {
      if (!exportArticle) {
        rows.push({ group: 'export', metric: `export ${format}`, size: label(s.words), copydesk: null, bare: null, unit: 'ms', note: 'n/a (exporter not built yet)' });
        continue;
      }
      const article = parseArticle(serializeArticle(s.article));
      exportArticle(article, format);
      const times: number[] = [];
      for (let i = 0; i < Math.max(5, RUNS); i++) {
        t0 = performance.now();
        exportArticle(article, format);
        times.push(ms(t0));
      }
      const m = median(times);
      rows.push({ group: 'export', metric: `export ${format}`, size: label(s.words), copydesk: m, bare: null, unit: 'ms' });
    }
  }
}

// ── Browser: open, typing, attribution, renderer memory ─────────────────────────────────────
interface PageProbe {
  openByClick(file: string, lastParagraph: string): Promise<number>;
  caretInMiddle(): void;
}
type Win = { __probe: PageProbe; __bare: { open(url: string): Promise<number> }; __attribution(p: string[]): { fullMs: number; incP50: number; incP95: number } };

async function caretInMiddle(page: Page) {
  await page.evaluate(() => (globalThis as unknown as Win).__probe.caretInMiddle());
  await page.waitForTimeout(100);
}

interface Typing {
  /** main-thread busy ms per keystroke, harness overhead subtracted */
  total: number[];
  /** the same split by kind (p50s reported): JavaScript, style recalculation, layout */
  script: number[];
  style: number[];
  layout: number[];
  /** the null iteration's median (read, two frames, read, no key), already subtracted */
  overhead: number;
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

/**
 * Types KEYSTROKES keys (after 10 warm-up keys) into the focused editor and returns the
 * main thread's busy time for each: the renderer's task time from before the key to after the
 * frame that shows it, minus the same span with no key (the harness's own evaluate and frames).
 */
async function typeAndMeasure(page: Page): Promise<Typing> {
  const cdp = await page.context().newCDPSession(page);
  // Thread CPU time, so time the OS gives other processes on a busy machine is not counted.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async (): Promise<Metrics> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const out = {} as Metrics;
    for (const name of METRICS) out[name] = (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return out;
  };
  const twoFrames = () => cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  const span = async (key: string | null): Promise<Metrics> => {
    const before = await read();
    if (key) await page.keyboard.press(key);
    await twoFrames();
    const after = await read();
    const d = {} as Metrics;
    for (const name of METRICS) d[name] = after[name] - before[name];
    return d;
  };
  const chars = 'the council met ';
  const keys: Metrics[] = [];
  const nulls: Metrics[] = [];
  for (let k = 0; k < KEYSTROKES + 10; k++) {
    if (k % 2 === 0) nulls.push(await span(null));
    const c = chars[k % chars.length] as string;
    const d = await span(c === ' ' ? 'Space' : c);
    if (k >= 10) keys.push(d); // the first keys warm up the JIT
  }
  await cdp.send('Performance.disable');
  await cdp.detach();
  const base = Object.fromEntries(METRICS.map((name) => [name, median(nulls.slice(5).map((n) => n[name]))])) as Metrics;
  const net = (name: keyof Metrics) => keys.map((d) => Math.max(0, d[name] - base[name]));
  return { total: net('TaskDuration'), script: net('ScriptDuration'), style: net('RecalcStyleDuration'), layout: net('LayoutDuration'), overhead: base.TaskDuration };
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

/** The short story in Copydesk (a switch, unless it is the one open: the app opens it at start, as the newest). */
async function toShortStory(page: Page): Promise<void> {
  const last = shortStory.paragraphs[shortStory.paragraphs.length - 1] as string;
  const open = await page.evaluate((l) => document.querySelector('[aria-label="Article body"]')?.lastElementChild?.textContent === l, last);
  if (!open) await copydeskOpen(page, shortFile, last);
}

/** Opens `file` in Copydesk by clicking it in the library: from the click to the body painted with its last paragraph. */
function copydeskOpen(page: Page, file: string, lastParagraph: string): Promise<number> {
  return page.evaluate(([f, last]) => (globalThis as unknown as Win).__probe.openByClick(f, last), [file, lastParagraph] as const);
}

async function browserBench() {
  buildRenderer();
  await bundlePageScripts(BUNDLE_DIR, ['bare', 'probe', 'attribution']);
  const bare = await startBareServer(BUNDLE_DIR, storyDir, ['attribution', 'bare']);
  const library = await ArticleLibrary.open({ root: storyDir, seedSample: false });
  const api = createHostService({ library, host: 'web', appVersion: 'bench' });
  const host = await startWebHost({ api, library, appDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const probeScript = await readFile(path.join(BUNDLE_DIR, 'probe.js'), 'utf8');
  const results = new Map<string, number[]>();
  const add = (key: string, v: number) => results.set(key, [...(results.get(key) ?? []), v]);
  const addTyping = (who: string, words: number, t: Typing) => {
    add(`type50 ${who} ${words}`, median(t.total));
    add(`type95 ${who} ${words}`, pct(t.total, 0.95));
    add(`typemax ${who} ${words}`, Math.max(...t.total));
    add(`typescript ${who} ${words}`, median(t.script));
    add(`typestyle ${who} ${words}`, median(t.style));
    add(`typelayout ${who} ${words}`, median(t.layout));
    add(`typeoverhead ${who} ${words}`, t.overhead);
  };
  const memory = { copydesk: [] as number[], bare: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run++) {
      log(`browser run ${run + 1}/${RUNS}`);
      // The short story newest again (the last run's typing saved the others): each run's app starts on it.
      await writeFile(path.join(storyDir, shortFile), serializeArticle(storyArticle(shortStory, 'short', new Date().toISOString())));
      // Each size is measured in Copydesk and then at once in bare ProseMirror, so the machine's
      // drift over a run falls on both alike. Each editor has a browser context of its own, so
      // they never share a renderer process (and with it the main thread measured).
      const cdContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // Suggestions are signed: the bench's person is set, so Suggesting never asks for a name.
      await cdContext.addInitScript({ content: `localStorage.setItem('copydesk.person', 'Bench Editor');` });
      const cd = await cdContext.newPage();
      cd.on('pageerror', (e) => log(`copydesk pageerror: ${e.message}`));
      await cd.addInitScript({ content: probeScript });
      await cd.goto(host.url);
      await cd.getByRole('list', { name: 'Articles' }).getByRole('button').first().waitFor();
      // The same Copydesk with the checks' underlines off (the preference docs/performance.md
      // describes), typed into right after, so the checks' cost per keystroke is a ratio of one run.
      const offContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await offContext.addInitScript({ content: `localStorage.setItem('copydesk.checksAsYouType', 'off');` });
      const off = await offContext.newPage();
      off.on('pageerror', (e) => log(`copydesk (checks off) pageerror: ${e.message}`));
      await off.addInitScript({ content: probeScript });
      await off.goto(host.url);
      await off.getByRole('list', { name: 'Articles' }).getByRole('button').first().waitFor();
      const bareContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const bp = await bareContext.newPage();
      bp.on('pageerror', (e) => log(`bare pageerror: ${e.message}`));
      await bp.addInitScript({ content: probeScript });
      await bp.goto(bare.url);
      await bp.waitForFunction(() => !!(globalThis as unknown as Partial<Win>).__bare);
      for (const s of stories) {
        const last = s.story.paragraphs[s.story.paragraphs.length - 1] as string;
        // A short story first, so opening the long one is a switch, as it is on the desk.
        await toShortStory(cd);
        await cd.waitForTimeout(200);
        log(`  Copydesk ${label(s.words)}`);
        add(`open cd ${s.words}`, await copydeskOpen(cd, s.file, last));
        await cd.waitForTimeout(300);
        if (s.words === HEAP_SIZE) memory.copydesk.push(await heapMB(cd));
        await caretInMiddle(cd);
        addTyping('cd', s.words, await typeAndMeasure(cd));
        if (s.words === HEAP_SIZE) {
          // The same typing in Suggesting mode (its own copy of the story), then back to Editing.
          log(`  Copydesk in Suggesting mode ${label(s.words)}`);
          await copydeskOpen(cd, suggestFile(s), last);
          await cd.waitForTimeout(300);
          await cd.getByRole('button', { name: 'Suggesting' }).click();
          await caretInMiddle(cd);
          addTyping('sg', s.words, await typeAndMeasure(cd));
          await cd.getByRole('button', { name: 'Editing' }).click();
          // Opening the story with 300 suggestions and 100 notes, after a switch like the others.
          await toShortStory(cd);
          await cd.waitForTimeout(200);
          add(`open desk ${s.words}`, await copydeskOpen(cd, deskFile(s), last));
          await cd.waitForTimeout(300);
        }

        log(`  Copydesk with checks off ${label(s.words)}`);
        await toShortStory(off);
        await off.waitForTimeout(200);
        await copydeskOpen(off, offFile(s), last);
        await off.waitForTimeout(300);
        await caretInMiddle(off);
        addTyping('off', s.words, await typeAndMeasure(off));

        log(`  bare ProseMirror ${label(s.words)}`);
        add(`open bare ${s.words}`, await bp.evaluate((f) => (globalThis as unknown as Win).__bare.open(f), `/${encodeURIComponent(s.file)}`));
        await bp.waitForTimeout(300);
        if (s.words === HEAP_SIZE) memory.bare.push(await heapMB(bp));
        await caretInMiddle(bp);
        addTyping('bare', s.words, await typeAndMeasure(bp));
        if (run === 0) {
          const a = await bp.evaluate((p) => (globalThis as unknown as Win).__attribution(p), s.story.paragraphs);
          add(`attr full ${s.words}`, a.fullMs);
          add(`attr p50 ${s.words}`, a.incP50);
          add(`attr p95 ${s.words}`, a.incP95);
        }
      }
      await cdContext.close();
      await offContext.close();
      await bareContext.close();
    }
  } finally {
    await browser.close();
    await host.close();
    await library.close();
    await bare.close();
  }
  const m = (key: string) => median(results.get(key) ?? []);
  /** A goal on the ratio to bare ProseMirror, judged on the unrounded ratio. */
  const vsBare = (copydesk: number, bare: number, goal: number) => ({ budget: `≤ ${goal.toFixed(2)}× bare`, pass: copydesk <= goal * bare });
  for (const s of stories) {
    const open = m(`open cd ${s.words}`);
    const bareOpen = m(`open bare ${s.words}`);
    rows.push({ group: 'editor', metric: 'open: click to editable and painted', size: label(s.words), copydesk: open, bare: bareOpen, unit: 'ms', ...vsBare(open, bareOpen, GOALS.open) });
  }
  for (const s of stories) {
    const size = label(s.words);
    const p50 = m(`type50 cd ${s.words}`);
    const bp50 = m(`type50 bare ${s.words}`);
    const p95 = m(`type95 cd ${s.words}`);
    const bp95 = m(`type95 bare ${s.words}`);
    const split = (who: string) => `script ${m(`typescript ${who} ${s.words}`).toFixed(2)}, style ${m(`typestyle ${who} ${s.words}`).toFixed(2)}, layout ${m(`typelayout ${who} ${s.words}`).toFixed(2)}`;
    rows.push({ group: 'editor', metric: 'typing p50 per keystroke', size, copydesk: p50, bare: bp50, unit: 'ms', ...vsBare(p50, bp50, GOALS.typingP50), note: `p50 ms: Copydesk ${split('cd')}; bare ${split('bare')}` });
    rows.push({ group: 'editor', metric: 'typing p95 per keystroke', size, copydesk: p95, bare: bp95, unit: 'ms', ...vsBare(p95, bp95, GOALS.typingP95) });
    rows.push({ group: 'editor', metric: 'typing max per keystroke', size, copydesk: m(`typemax cd ${s.words}`), bare: m(`typemax bare ${s.words}`), unit: 'ms' });
  }
  // The checks' own cost while typing: Copydesk with them on against Copydesk with them off
  // (the "bare PM" column holds the checks-off figure in these rows).
  for (const s of stories) {
    const on = m(`type95 cd ${s.words}`);
    const offP95 = m(`type95 off ${s.words}`);
    rows.push({ group: 'checks', metric: 'typing p95, checks on vs checks off', size: label(s.words), copydesk: on, bare: offP95, unit: 'ms', budget: '≤ 1.10× checks off', pass: on <= 1.1 * offP95, note: 'bare PM column: Copydesk with checks off' });
  }
  // The desk's tools (issue 14): typing in Suggesting mode against Editing mode, and opening a story
  // with 300 suggestions and 100 notes against the same story without (the "bare PM" column).
  for (const s of stories) {
    if (s.words !== HEAP_SIZE) continue;
    const size = label(s.words);
    const sg = m(`type95 sg ${s.words}`);
    const ed = m(`type95 cd ${s.words}`);
    rows.push({ group: 'suggestions', metric: 'typing p95, Suggesting vs Editing mode', size, copydesk: sg, bare: ed, unit: 'ms', budget: '≤ 1.25× Editing', pass: sg <= 1.25 * ed, note: 'bare PM column: Copydesk in Editing mode' });
    const withChanges = m(`open desk ${s.words}`);
    const plain = m(`open cd ${s.words}`);
    rows.push({
      group: 'suggestions',
      metric: `open with ${DESK_SUGGESTIONS} suggestions and ${DESK_NOTES} notes vs without`,
      size,
      copydesk: withChanges,
      bare: plain,
      unit: 'ms',
      budget: '≤ 1.50× without',
      pass: withChanges <= 1.5 * plain,
      note: 'bare PM column: the same story without suggestions or notes',
    });
  }
  for (const s of stories) {
    const size = label(s.words);
    rows.push({ group: 'attribution', metric: 'full analysis (Chromium)', size, copydesk: m(`attr full ${s.words}`), bare: null, unit: 'ms' });
    const inc = m(`attr p95 ${s.words}`);
    rows.push({ group: 'attribution', metric: 'incremental per keystroke p95 (Chromium)', size, copydesk: inc, bare: null, unit: 'ms', note: `p50 ${m(`attr p50 ${s.words}`).toFixed(2)} ms` });
  }
  if (memory.copydesk.length) {
    const heap = median(memory.copydesk);
    const bareHeap = median(memory.bare);
    rows.push({ group: 'memory', metric: `renderer JS heap with the ${label(HEAP_SIZE)} story open`, size: label(HEAP_SIZE), copydesk: heap, bare: bareHeap, unit: 'MB', ...vsBare(heap, bareHeap, GOALS.rendererHeap) });
  }
}

function printTable() {
  const fmt = (v: number | null) => (v == null || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2));
  const table = [['group', 'measure', 'size', 'Copydesk', 'baseline', '× baseline', 'goal', 'result', 'note']];
  for (const r of rows) {
    const ratio = r.copydesk != null && r.bare != null && r.bare > 0 ? `${(r.copydesk / r.bare).toFixed(2)}×` : '';
    const result = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
    table.push([r.group, r.metric, r.size, r.copydesk == null ? '' : `${fmt(r.copydesk)} ${r.unit}`, r.bare == null ? '' : `${fmt(r.bare)} ${r.unit}`, ratio, r.budget ?? '', result, r.note ?? '']);
  }
  const widths = (table[0] as string[]).map((_, i) => Math.max(...table.map((row) => (row[i] as string).length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log(line(table[0] as string[]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log('\nbaseline: bare ProseMirror in the same run (editor, renderer memory); the floor, every article file read and parsed once, just before (library).');
}

/** Runs one of the Node benches (bench-checks.ts, bench-compare.ts) and reads the rows it prints last. */
function benchScript<T>(script: string, args: string[] = []): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/bench', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_JSON: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 32 * 1024 * 1024,
  });
  const line = out.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`${script} printed no BENCH_JSON line`);
  return JSON.parse(line.slice('BENCH_JSON '.length)) as T;
}

/** The copy desk's checks and Compare versions at 20,000 words (issue 15's budgets). */
function checksAndCompareBench() {
  log('checks: full and per keystroke at 20k words');
  const checks = benchScript<{ measure: string; size: string; value: number; note: string; goal?: number }[]>('bench-checks.ts', [String(20000)]);
  for (const r of checks) {
    if (r.goal === undefined && !/^(full check \(|re-check per keystroke p95$)/.test(r.measure)) continue;
    rows.push({ group: 'checks', metric: r.measure, size: label(20000), copydesk: r.value, bare: null, unit: 'ms', note: r.note, ...(r.goal !== undefined ? { budget: `≤ ${r.goal} ms`, pass: r.value <= r.goal } : {}) });
  }
  log('compare versions: two 20k-word versions');
  const compare = benchScript<{ words: number; budgetMs: number; rows: { name: string; median: number; budget: boolean; pass: boolean }[] }>('bench-compare.ts');
  for (const r of compare.rows) {
    rows.push({ group: 'compare', metric: `compare: ${r.name}`, size: label(compare.words), copydesk: r.median, bare: null, unit: 'ms', ...(r.budget ? { budget: `≤ ${compare.budgetMs} ms`, pass: r.pass } : {}) });
  }
}

/** Suggestions at 20,000 words: accept-all of 500 (issue 14's budget), reject-all, and a keystroke in Suggesting mode. */
function suggestionsBench() {
  log('suggestions: accept and reject all of 500 at 20k words');
  const out = benchScript<{ measure: string; value: number; note: string; goal?: number }[]>('suggestions.ts');
  for (const r of out) {
    rows.push({ group: 'suggestions', metric: r.measure, size: label(20000), copydesk: r.value, bare: null, unit: 'ms', note: r.note, ...(r.goal !== undefined ? { budget: `≤ ${r.goal} ms`, pass: r.value <= r.goal } : {}) });
  }
}

/** Issue 16: the newsroom server under 50 typing clients, and opening a shared 20k story in the app. */
function newsroomBench() {
  log('newsroom: 50 clients across 20 stories typing (BENCH_NEWSROOM_SECONDS, default 60)');
  const load = benchScript<{ measure: string; value: number; unit: string; note: string; goal?: number }[]>('newsroom.ts');
  for (const r of load) {
    rows.push({ group: 'newsroom', metric: r.measure, size: '', copydesk: r.value, bare: null, unit: r.unit, note: r.note, ...(r.goal !== undefined ? { budget: `= ${r.goal}`, pass: r.value <= r.goal } : {}) });
  }
  log('newsroom: opening a shared 20k story against opening it from this computer');
  const open = benchScript<{ measure: string; value: number; baseline?: number; goal?: number; note: string }[]>('newsroom-open.ts');
  for (const r of open) {
    const judged = r.goal !== undefined && r.baseline ? { budget: `≤ ${r.goal.toFixed(2)}× local`, pass: r.value <= r.goal * r.baseline } : {};
    const note = `${r.note}${r.baseline ? '; baseline column: the story opened from this computer' : ''}`;
    rows.push({ group: 'newsroom', metric: r.measure, size: label(20000), copydesk: r.value, bare: r.baseline ?? null, unit: 'ms', note, ...judged });
  }
}

let failed = false;
try {
  if (ONLY === '' || ONLY === 'node') await nodeBench();
  if (ONLY === '' || ONLY === 'node') checksAndCompareBench();
  if (ONLY === '' || ONLY === 'node') suggestionsBench();
  if (ONLY === '' || ONLY === 'browser') {
    await browserBench();
    process.env.BENCH_NO_BUILD = '1'; // the renderer is built: newsroom-open.ts uses it as it is
  }
  if (ONLY === '' || ONLY === 'newsroom') newsroomBench();
} finally {
  await rm(work, { recursive: true, force: true });
}
printTable();
const budgets = rows.filter((r) => r.pass !== undefined);
failed = budgets.some((r) => !r.pass);
await mkdir(OUT_DIR, { recursive: true });
await writeFile(
  path.join(OUT_DIR, 'bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, librarySize: LIBRARY_SIZE, machine: { cpus: os.cpus().length, load: os.loadavg() }, rows: rows.map((r) => ({ ...r, ratio: r.copydesk != null && r.bare ? r.copydesk / r.bare : null })) }, null, 2)}\n`,
);
console.log(`\n${budgets.filter((r) => r.pass).length} of ${budgets.length} goals met (median of ${RUNS} runs; load average ${os.loadavg()[0]?.toFixed(2)}).`);
process.exit(failed ? 1 : 0);
