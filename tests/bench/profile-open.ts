// Profiling aid (not part of `npm run bench`): opens a story in Copydesk by clicking it in the
// library, as the bench does (after a short story, so it is a switch), under the CPU profiler,
// and prints the open times and where the main thread's time went between the click and the
// story painted: JS self time by function, and inclusive time of the functions named in
// PROFILE_INCLUSIVE (comma-separated, or * for the top 60), and the renderer heap with the story
// open, as the bench measures it. PROFILE_OPENS sets how many opens are profiled.
//
//   PROFILE_WORDS=1000 PROFILE_OPENS=10 npx tsx tests/bench/profile-open.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeArticle } from '../../shared/article';
import { profileEditors, ROOT, storyLibrary } from './harness';
import { fileNameFor, generateStory, storyArticle } from './generate';

const WORDS = Number(process.env.PROFILE_WORDS ?? 1000);
const OPENS = Number(process.env.PROFILE_OPENS ?? 10);
const BUNDLE_DIR = path.join(ROOT, 'dist-bench/profile-open');

const { work, story, file } = await storyLibrary('copydesk-profile-open-', WORDS);
const short = generateStory(300, 301);
const shortFile = `short-${fileNameFor(short)}`;
await writeFile(path.join(work, shortFile), serializeArticle(storyArticle(short, 'short', '2026-01-01T10:00:00.000Z')));

// PROFILE_FROM=60000: a story that long is opened (and left to settle) before each short one, so the
// open measured follows a switch away from it.
const FROM = Number(process.env.PROFILE_FROM ?? 0);
const from = FROM ? generateStory(FROM, 602) : null;
const fromFile = from ? `from-${fileNameFor(from)}` : '';
if (from) await writeFile(path.join(work, fromFile), serializeArticle(storyArticle(from, 'from', '2026-01-02T10:00:00.000Z')));

const { bareServer, host, browser, probe, close } = await profileEditors(work, BUNDLE_DIR);
type Open = { __probe: { openByClick(f: string, last: string): Promise<number> }; __bare: { open(u: string): Promise<number> } };

// PROFILE_TRACE=1: a timeline trace of each open too, its main-thread events' time summed by name.
const TRACE = !!process.env.PROFILE_TRACE;
const byEvent = new Map<string, number>();
function tally(events: { name: string; ph: string; dur?: number; tid: number; args?: { data?: { type?: string; functionName?: string } } }[]) {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  if (process.env.PROFILE_TRACE === 'dump') {
    // The main thread's tasks in time order, from the click: when each started, how long, what ran in it.
    const mainEvents = events.filter((e) => e.ph === 'X' && e.dur && (!main || e.tid === main.tid)) as ((typeof events)[number] & { ts: number })[];
    const click = mainEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const tasks = mainEvents.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 300);
    const lines: string[] = [];
    for (const t of tasks) {
      const inner = mainEvents
        .filter(
          (e) => e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && (e.dur ?? 0) > Number(process.env.PROFILE_DUMP_MIN_US ?? 200) && e.name !== 'RunTask',
        )
        .slice(0, Number(process.env.PROFILE_DUMP_MAX ?? 6));
      lines.push(
        `  +${((t.ts - (click?.ts ?? t.ts)) / 1000).toFixed(1)} ms ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${inner.map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`,
      );
    }
    console.log(lines.join('\n'));
  }
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && e.tid !== main.tid)) continue;
    const key =
      e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FunctionCall'
        ? `${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`
        : e.name;
    byEvent.set(key, (byEvent.get(key) ?? 0) + e.dur);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

try {
  const cd = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await cd.addInitScript({ content: probe });
  await cd.goto(host.url);
  await cd.getByRole('list', { name: 'Articles' }).getByRole('button').first().waitFor();
  const bp = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await bp.addInitScript({ content: probe });
  await bp.goto(bareServer.url);
  await bp.waitForFunction(() => !!(globalThis as unknown as Partial<Open>).__bare);
  // PROFILE_JS: a script run in the page before the opens; PROFILE_JS_AFTER: an expression printed after them.
  if (process.env.PROFILE_JS) await cd.evaluate(process.env.PROFILE_JS);
  if (process.env.PROFILE_JS) await bp.evaluate(process.env.PROFILE_JS);
  const cdp = await cd.context().newCDPSession(cd);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const last = story.paragraphs[story.paragraphs.length - 1] as string;
  const times: number[] = [];
  const bareTimes: number[] = [];
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const named = (process.env.PROFILE_INCLUSIVE ?? '').split(',').filter(Boolean);
  // PROFILE_CALLERS=setAttribute: the call paths (four frames up) that time in it came from.
  const callersOf = (process.env.PROFILE_CALLERS ?? '').split(',').filter(Boolean);
  const callers = new Map<string, number>();
  for (let i = 0; i < OPENS; i++) {
    if (from) {
      await cd.evaluate(([f, l]) => (globalThis as unknown as Open).__probe.openByClick(f, l), [
        fromFile,
        from.paragraphs[from.paragraphs.length - 1] as string,
      ] as const);
      await cd.waitForTimeout(2000);
    }
    await cd.evaluate(([f, l]) => (globalThis as unknown as Open).__probe.openByClick(f, l), [
      shortFile,
      short.paragraphs[short.paragraphs.length - 1] as string,
    ] as const);
    // PROFILE_SWITCH_WAIT: the pause between the short story and the measured one (the bench's is 200 ms).
    await cd.waitForTimeout(Number(process.env.PROFILE_SWITCH_WAIT ?? 400));
    await cdp.send('Profiler.start');
    if (TRACE)
      await cd
        .context()
        .browser()
        ?.startTracing(cd, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    times.push(await cd.evaluate(([f, l]) => (globalThis as unknown as Open).__probe.openByClick(f, l), [file, last] as const));
    if (TRACE) tally(JSON.parse((await cd.context().browser()?.stopTracing())?.toString() ?? '{}').traceEvents ?? []);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    // The last open's profile, for chrome://inspect or a script of one's own.
    if (times.length === OPENS) {
      await mkdir(path.join(ROOT, 'tests/bench/results'), { recursive: true });
      await writeFile(path.join(ROOT, `tests/bench/results/open-copydesk-${WORDS}.cpuprofile`), JSON.stringify(profile));
    }
    await cd.waitForTimeout(400);
    bareTimes.push(await bp.evaluate((f) => (globalThis as unknown as Open).__bare.open(f), `/${encodeURIComponent(file)}`));
    await bp.waitForTimeout(200);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    profile.samples.forEach((id, k) => {
      const us = profile.timeDeltas[k + 1] ?? 0;
      const node = byId.get(id);
      if (!node) return;
      self.set(label(node), (self.get(label(node)) ?? 0) + us);
      if (callersOf.includes(node.callFrame.functionName)) {
        const path: string[] = [];
        for (let at = parentOf.get(id), n = 0; at !== undefined && n < 6; at = parentOf.get(at), n++) {
          const p = byId.get(at);
          if (p) path.push(label(p));
        }
        const key = `${node.callFrame.functionName} < ${path.join(' < ')}`;
        callers.set(key, (callers.get(key) ?? 0) + us);
      }
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const fn = byId.get(at)?.callFrame.functionName ?? '';
        if ((named.includes(fn) || (named[0] === '*' && fn)) && !seen.has(fn)) {
          seen.add(fn);
          inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
        }
      }
    });
  }
  // The bench's heap measure (a full collection, then JSHeapUsedSize) with this story open in each.
  const heapMB = async (page: typeof cd) => {
    await page.waitForTimeout(1000);
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    await session.detach();
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
  };
  const [cdHeap, bareHeap] = [await heapMB(cd), await heapMB(bp)];
  // PROFILE_SNAPSHOT=N: the N largest kinds in Copydesk's heap by node type and constructor (self
  // sizes), then bare ProseMirror's, and the single strings over 20 KB.
  for (const [who, page] of process.env.PROFILE_SNAPSHOT
    ? ([
        ['Copydesk', cd],
        ['bare', bp],
      ] as const)
    : []) {
    console.log(`-- ${who}'s heap`);
    const session = await page.context().newCDPSession(page);
    let json = '';
    session.on('HeapProfiler.addHeapSnapshotChunk', (e) => {
      json += e.chunk;
    });
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await session.detach();
    const snap = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
    const sums = new Map<string, number>();
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + ti] as number] as string;
      const name =
        type === 'object' || type === 'closure' || type === 'code' || type === 'hidden' ? (snap.strings[snap.nodes[i + ni] as number] ?? '').slice(0, 50) : '';
      const key = `${type} ${name}`;
      sums.set(key, (sums.get(key) ?? 0) + (snap.nodes[i + si] as number));
    }
    for (const [key, bytes] of [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.PROFILE_SNAPSHOT) > 1 ? Number(process.env.PROFILE_SNAPSHOT) : 40))
      console.log(`${(bytes / 1e6).toFixed(3).padStart(8)} MB  ${key}`);
    // The largest single strings, by their first characters.
    const strings: [number, string][] = [];
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + ti] as number] as string;
      if (type === 'string' && (snap.nodes[i + si] as number) > 20_000)
        strings.push([snap.nodes[i + si] as number, (snap.strings[snap.nodes[i + ni] as number] ?? '').slice(0, 60).replace(/\s+/g, ' ')]);
    }
    for (const [bytes, text] of strings.sort((a, b) => b[0] - a[0]).slice(0, 12))
      console.log(`${(bytes / 1e6).toFixed(3).padStart(8)} MB  string ${JSON.stringify(text)}`);
  }
  console.log(`heap with the story open: Copydesk ${cdHeap.toFixed(2)} MB, bare ${bareHeap.toFixed(2)} MB (${(cdHeap / bareHeap).toFixed(2)}×)`);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  console.log(
    `open ${WORDS} words: Copydesk median ${med(times).toFixed(1)} ms, bare ${med(bareTimes).toFixed(1)} ms (${(med(times) / med(bareTimes)).toFixed(2)}×)`,
  );
  console.log(`  Copydesk ${times.map((t) => t.toFixed(0)).join(' ')}; bare ${bareTimes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log('-- JS self time per open (sampled)');
  for (const [name, us] of [...self]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_TOP ?? 30)))
    console.log(`${(us / 1000 / OPENS).toFixed(2).padStart(8)} ms  ${name}`);
  if (named.length) {
    console.log('-- inclusive per open');
    const shown =
      named[0] === '*'
        ? [...inclusive]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 60)
            .map(([fn]) => fn)
        : named;
    for (const fn of shown) console.log(`${((inclusive.get(fn) ?? 0) / 1000 / OPENS).toFixed(2).padStart(8)} ms  ${fn}`);
  }
  if (TRACE) {
    console.log('-- trace events per open (inclusive, main thread)');
    for (const [name, us] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000 / OPENS).toFixed(2).padStart(8)} ms  ${name}`);
  }
  if (process.env.PROFILE_JS_AFTER)
    console.log(`Copydesk: ${await cd.evaluate(process.env.PROFILE_JS_AFTER)}\nbare: ${await bp.evaluate(process.env.PROFILE_JS_AFTER)}`);
  if (callersOf.length) {
    console.log('-- callers per open');
    for (const [key, us] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(us / 1000 / OPENS).toFixed(2).padStart(8)} ms  ${key}`);
  }
} finally {
  await close();
}
