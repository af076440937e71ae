// Profiling aid (not part of `npm run bench`): types keys into Copydesk and bare ProseMirror at
// one story size while recording a Chromium trace, then prints where the renderer main thread's
// time went (self time by trace event, per keystroke), and writes the traces to
// tests/bench/results/typing-*.json for chrome://tracing or the DevTools Performance panel.
// PROFILE_MODE=metrics|calls|layers|flash|alloc runs one of the narrower probes below instead.
// PROFILE_JS runs a script in the page before typing, PROFILE_AFTER prints an expression after.
//
//   PROFILE_WORDS=20000 PROFILE_KEYS=150 npx tsx tests/bench/profile-typing.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { serializeArticle } from '../../shared/article';
import { profileEditors, ROOT, storyLibrary } from './harness';
import { fileNameFor, generateStory, storyArticle } from './generate';

const WORDS = Number(process.env.PROFILE_WORDS ?? 20000);
const KEYS = Number(process.env.PROFILE_KEYS ?? 150);
const WHO = (process.env.PROFILE_WHO ?? 'copydesk,bare').split(',');
const BUNDLE_DIR = path.join(ROOT, 'dist-bench/profile');
const OUT = path.join(ROOT, 'tests/bench/results');
await mkdir(OUT, { recursive: true });

const { work, story, file } = await storyLibrary('copydesk-profile-', WORDS);
// PROFILE_BEFORE=1000,5000: stories opened and typed into first, as the bench does before 20k.
const before = (process.env.PROFILE_BEFORE ? process.env.PROFILE_BEFORE.split(',').map(Number) : []).map((words, i) => {
  const s = generateStory(words, words + 1);
  return { story: s, file: `before-${i}-${fileNameFor(s)}` };
});
for (const [i, b] of before.entries())
  await writeFile(path.join(work, b.file), serializeArticle(storyArticle(b.story, `before-${i}`, `2026-01-0${i + 1}T10:00:00.000Z`)));

const { bareServer, host, browser, probe, close } = await profileEditors(work, BUNDLE_DIR);
const bareUrl = bareServer.url;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;

/** PROFILE_MODE=metrics: the bench's measure only (busy ms per key), quicker than a trace. */
async function metrics(page: Page, label: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  // PROFILE_GC=1: a full collection first, as the bench does at 20k (it reads the heap size).
  if (process.env.PROFILE_GC) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000])) as Record<string, number>;
  };
  const names = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
  const chars = 'the council met ';
  const keys: Record<string, number>[] = [];
  const nulls: Record<string, number>[] = [];
  let lastHeight = -1;
  for (let k = 0; k < KEYS + 10; k++) {
    for (const key of k % 2 === 0 ? [null, chars[k % chars.length] as string] : [chars[k % chars.length] as string]) {
      const a = await read();
      if (key) await page.keyboard.press(key === ' ' ? 'Space' : key);
      await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
      const b = await read();
      const d = Object.fromEntries(names.map((n) => [n, (b[n] ?? 0) - (a[n] ?? 0)]));
      // PROFILE_WRAPS=1: note whether the key changed the story's height (a new line).
      if (key && process.env.PROFILE_WRAPS) {
        const h = await page.evaluate(() => document.querySelector('[aria-label="Article body"]')?.getBoundingClientRect().height ?? 0);
        d.wrap = h !== lastHeight ? 1 : 0;
        lastHeight = h;
      }
      if (key === null) nulls.push(d);
      else if (k >= 10) keys.push(d);
    }
  }
  const out = names.map((n) => {
    const base = pct(
      nulls.map((x) => x[n] as number),
      0.5,
    );
    const v = keys.map((x) => (x[n] as number) - base);
    return `${n.replace('Duration', '')} p50 ${pct(v, 0.5).toFixed(2)} p95 ${pct(v, 0.95).toFixed(2)}`;
  });
  console.log(`${label} ${WORDS}: ${out.join(' | ')}`);
  // The slowest keys and where they fell in the run (a regular spacing points at a timer).
  const baseTask = pct(
    nulls.map((x) => x.TaskDuration as number),
    0.5,
  );
  const slow = keys
    .map((x, i) => ({ i, ms: (x.TaskDuration as number) - baseTask }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  console.log(`  slowest keys: ${slow.map((s) => `#${s.i} ${s.ms.toFixed(1)}${keys[s.i]?.wrap ? ' (new line)' : ''}`).join(', ')}`);
  if (process.env.PROFILE_WRAPS) {
    const wraps = keys.map((x, i) => ({ i, ms: (x.TaskDuration as number) - baseTask, wrap: x.wrap })).filter((x) => x.wrap);
    console.log(`  keys that made a new line: ${wraps.map((w) => `#${w.i} ${w.ms.toFixed(1)}`).join(', ')}`);
  }
  await cdp.detach();
}

/**
 * PROFILE_MODE=ab with PROFILE_CSS='a{…}||b{…}': the variants take turns on one page, 20 keys at
 * a time (the first 3 after each switch not counted), so the machine's drift falls on all alike.
 */
async function ab(page: Page, label: string) {
  const cssVariants = (process.env.PROFILE_CSS ?? '').split('||');
  // PROFILE_AB_JS='js a||js b': a script run as each variant takes its turn (after its CSS).
  // PROFILE_AB_METRIC=ScriptDuration: that metric per key instead of the whole task's.
  const jsVariants = process.env.PROFILE_AB_JS ? process.env.PROFILE_AB_JS.split('||') : [];
  const variants = Array.from({ length: Math.max(cssVariants.length, jsVariants.length) }, (_, i) => cssVariants[i] ?? '');
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'ab-variant';
    document.head.append(style);
  });
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === (process.env.PROFILE_AB_METRIC ?? 'TaskDuration'))?.value ?? 0) * 1000;
  };
  const frames = () =>
    cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  const chars = 'the council met ';
  const per = variants.map(() => [] as number[]);
  const nulls: number[] = [];
  let k = 0;
  for (let round = 0; round < Math.ceil(KEYS / 17); round++) {
    for (const [v, css] of variants.entries()) {
      await page.evaluate((c) => {
        (document.getElementById('ab-variant') as HTMLStyleElement).textContent = c;
      }, css);
      if (jsVariants[v]) await page.evaluate(jsVariants[v]);
      for (let i = 0; i < 20; i++, k++) {
        if (i % 2 === 0) {
          const a = await read();
          await frames();
          nulls.push((await read()) - a);
        }
        const a = await read();
        const c = chars[k % chars.length] as string;
        await page.keyboard.press(c === ' ' ? 'Space' : c);
        await frames();
        const d = (await read()) - a;
        if (i >= 3) per[v]?.push(d);
      }
    }
  }
  const base = pct(nulls, 0.5);
  for (const [v, css] of variants.entries()) {
    const xs = (per[v] ?? []).map((x) => x - base);
    console.log(
      `${label} ${WORDS} [${(css || jsVariants[v] || 'as shipped').slice(0, 70)}]: p50 ${pct(xs, 0.5).toFixed(2)} p95 ${pct(xs, 0.95).toFixed(2)} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} (${xs.length} keys)`,
    );
  }
  await cdp.detach();
}

/** PROFILE_MODE=calls: counts DOM selection writes per key and says where the caret is. */
async function calls(page: Page, label: string) {
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  // A string, not a function: tsx would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.__calls = {};
    const count = (proto, name) => {
      const orig = proto[name];
      proto[name] = function (...a) {
        window.__calls[name] = (window.__calls[name] || 0) + 1;
        return orig.apply(this, a);
      };
    };
    count(Selection.prototype, 'collapse');
    count(Selection.prototype, 'setBaseAndExtent');
    count(Selection.prototype, 'extend');
    count(Element.prototype, 'getBoundingClientRect');
    count(Element.prototype, 'getClientRects');
    count(Range.prototype, 'getClientRects');
    count(Range.prototype, 'getBoundingClientRect');
    const body = document.querySelector('[aria-label="Article body"]');
    new MutationObserver((records) => {
      for (const r of records) {
        const t = r.target.nodeType === 3 ? '#text' : r.target.nodeName + '.' + (r.target.className || '') + (r.target.nodeName === 'INPUT' ? '[' + (r.target.getAttribute('aria-label') || r.target.name || r.target.id) + ']' : '');
        const k = 'mut ' + r.type + ' ' + t + (r.attributeName ? ' @' + r.attributeName : '') + (r.addedNodes.length ? ' +' + Array.from(r.addedNodes, (n) => n.nodeName + (n.className ? '.' + n.className : '')).join(',') : '') + (r.removedNodes.length ? ' -' + Array.from(r.removedNodes, (n) => n.nodeName + (n.className ? '.' + n.className : '')).join(',') : '');
        window.__calls[k] = (window.__calls[k] || 0) + 1;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
  const chars = 'the council met ';
  const scrolls: number[] = [];
  for (let k = 0; k < 32; k++) {
    const c = chars[k % chars.length] as string;
    await page.keyboard.press(c === ' ' ? 'Space' : c);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    scrolls.push(await page.evaluate(() => Math.round(document.scrollingElement?.scrollTop ?? -1)));
  }
  console.log(label, 'scrollTop after each key:', scrolls.join(' '));
  const where = await page.evaluate(() => {
    const s = document.getSelection();
    return `${(s?.anchorNode?.parentElement as HTMLElement | null)?.outerHTML.slice(0, 120)}`;
  });
  console.log(label, JSON.stringify(await page.evaluate(() => (globalThis as unknown as { __calls: unknown }).__calls)), 'per 32 keys; caret in', where);
}

/** PROFILE_MODE=flash: a screenshot right after a keystroke with paint flashing on (what repaints). */
async function flash(page: Page, label: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  await cdp.send('DOM.enable');
  await cdp.send('Overlay.enable');
  await cdp.send('Overlay.setShowPaintRects', { result: true });
  for (const k of 'the council met ') {
    await page.keyboard.press(k === ' ' ? 'Space' : k);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.keyboard.press('u');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: path.join(OUT, `flash-${label}.png`) });
  await cdp.detach();
}

/** PROFILE_MODE=layers: the composited layers after a keystroke. */
async function layers(page: Page, label: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await cdp.send('DOM.enable');
  let last: { layerId: string; width: number; height: number; drawsContent: boolean; backendNodeId?: number; paintCount?: number; scrollRects?: unknown[] }[] =
    [];
  cdp.on('LayerTree.layerTreeDidChange', (e) => {
    if (e.layers) last = e.layers as typeof last;
  });
  await cdp.send('LayerTree.enable');
  for (const k of 'the council met ') {
    await page.keyboard.press(k === ' ' ? 'Space' : k);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const before = new Map(last.map((l) => [l.layerId, l.paintCount ?? 0]));
  for (const k of 'the council met ') {
    await page.keyboard.press(k === ' ' ? 'Space' : k);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  console.log(`${label}: ${last.length} layers`);
  for (const l of last) {
    let name = '';
    if (l.backendNodeId) {
      const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId }).catch(() => ({ node: null }))) as {
        node: { nodeName: string; attributes?: string[] } | null;
      };
      if (node) name = `${node.nodeName}${node.attributes ? `.${node.attributes[node.attributes.indexOf('class') + 1] ?? ''}` : ''}`;
    }
    console.log(`  ${l.layerId} ${l.width}x${l.height} draws=${l.drawsContent} paints/16keys=${(l.paintCount ?? 0) - (before.get(l.layerId) ?? 0)} ${name}`);
  }
  await cdp.detach();
}

/**
 * PROFILE_MODE=cpu: a sampled JavaScript profile while typing, self and total time per key by
 * function (build the renderer unminified for names: `npx vite build --minify false`, then
 * PROFILE_NO_BUILD=1).
 */
async function cpu(page: Page, label: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const chars = 'the council met ';
  for (let k = 0; k < KEYS; k++) {
    const c = chars[k % chars.length] as string;
    await page.keyboard.press(c === ' ' ? 'Space' : c);
    await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  }
  type CpuNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] } };
  await writeFile(path.join(OUT, `cpu-${label}-${WORDS}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: CpuNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(id);
    if (!leaf || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') return;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at) as CpuNode);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  });
  // PROFILE_FOCUS=name: the time inside that function, by the function it called directly
  const focus = process.env.PROFILE_FOCUS;
  const under = new Map<string, number>();
  if (focus) {
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i + 1] ?? 0;
      let child: number | undefined;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at) as CpuNode;
        if (n.callFrame.functionName === focus) {
          const k = child === undefined ? '(self)' : name(byId.get(child) as CpuNode);
          under.set(k, (under.get(k) ?? 0) + us);
          break;
        }
        child = at;
      }
    });
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${(us / 1000 / KEYS).toFixed(3).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`${label}: self time per key\n${top(self, 25)}\n${label}: total time per key\n${top(total, 40)}`);
  if (focus) console.log(`${label}: inside ${focus}, by callee, per key\n${top(under, 30)}`);
  await cdp.detach();
}

/** PROFILE_MODE=alloc: sampled allocations while typing, by function (what feeds the garbage collector). */
async function alloc(page: Page, label: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: !!process.env.PROFILE_ALL_ALLOC,
    includeObjectsCollectedByMinorGC: !!process.env.PROFILE_ALL_ALLOC,
  } as never);
  const chars = 'the council met ';
  for (let k = 0; k < KEYS; k++) {
    const c = chars[k % chars.length] as string;
    await page.keyboard.press(c === ' ' ? 'Space' : c);
    await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  }
  type AllocNode = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: AllocNode[] };
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: AllocNode } };
  const by = new Map<string, number>();
  const walk = (n: AllocNode) => {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    by.set(key, (by.get(key) ?? 0) + n.selfSize);
    n.children.forEach(walk);
  };
  walk(profile.head);
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(`${label}: ${(total / KEYS / 1024).toFixed(1)} KB allocated per key (sampled)`);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / KEYS / 1024).toFixed(2).padStart(8)} KB  ${k}`);
  await cdp.detach();
}

async function trace(page: Page, label: string) {
  if (process.env.PROFILE_MODE === 'alloc') return alloc(page, label);
  if (process.env.PROFILE_MODE === 'layers') return layers(page, label);
  if (process.env.PROFILE_MODE === 'flash') return flash(page, label);
  if (process.env.PROFILE_MODE === 'metrics') return metrics(page, label);
  if (process.env.PROFILE_MODE === 'ab') return ab(page, label);
  if (process.env.PROFILE_MODE === 'calls') return calls(page, label);
  if (process.env.PROFILE_MODE === 'cpu') return cpu(page, label);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
  await page.waitForTimeout(300);
  const chars = 'the council met ';
  for (let k = 0; k < 10; k++) await page.keyboard.press(chars[k] === ' ' ? 'Space' : (chars[k] as string));
  await page.waitForTimeout(300);
  if (process.env.PROFILE_GC) await cdp.send('HeapProfiler.collectGarbage');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink',
        'disabled-by-default-devtools.timeline.frame',
        'toplevel',
        'disabled-by-default-devtools.timeline.invalidationTracking',
      ],
    },
    transferMode: 'ReportEvents',
  } as never);
  for (let k = 0; k < KEYS; k++) {
    const c = chars[k % chars.length] as string;
    // PROFILE_NULLS=1: the metrics mode's pace (a keyless two-frame wait every other key).
    if (process.env.PROFILE_NULLS && k % 2 === 0)
      await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
    await page.keyboard.press(c === ' ' ? 'Space' : c);
    await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  }
  await cdp.send('Tracing.end');
  await done;
  await writeFile(path.join(OUT, `typing-${label}-${WORDS}.json`), JSON.stringify({ traceEvents: events }));
  // The renderer's main thread: the thread of its RunTask events with the most time.
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'TracingStartedInBrowser') === false,
  );
  const byThread = new Map<string, number>();
  for (const e of events)
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
      byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const mainKey = main ? `${main.pid}:${main.tid}` : [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events
    .filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // self time: duration minus direct children's
  const self = new Map<string, number>();
  // and per top-level task, to say what the longest ones were made of
  const tasks: { e: TraceEvent; self: Map<string, number> }[] = [];
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const top = stack.pop() as { e: TraceEvent; end: number; child: number };
      const key =
        top.e.name === 'EventDispatch'
          ? `EventDispatch ${top.e.args?.data?.type}`
          : top.e.name === 'FunctionCall'
            ? `FunctionCall ${String(top.e.args?.data?.functionName ?? '')}`
            : top.e.name;
      const us = (top.e.dur ?? 0) - top.child;
      self.set(key, (self.get(key) ?? 0) + us);
      const task = tasks[tasks.length - 1];
      if (task) task.self.set(key, (task.self.get(key) ?? 0) + us);
      if (stack.length) (stack[stack.length - 1] as { child: number }).child += top.e.dur ?? 0;
    }
  };
  for (const e of mine) {
    close(e.ts);
    if (stack.length === 0) tasks.push({ e, self: new Map() });
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  if (process.env.PROFILE_LONGEST) {
    const t0 = mine[0]?.ts ?? 0;
    for (const t of [...tasks].sort((a, b) => (b.e.dur ?? 0) - (a.e.dur ?? 0)).slice(0, Number(process.env.PROFILE_LONGEST))) {
      const parts = [...t.self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([n, us]) => `${n} ${(us / 1000).toFixed(2)}`);
      console.log(`  task at ${((t.e.ts - t0) / 1e6).toFixed(2)} s: ${((t.e.dur ?? 0) / 1000).toFixed(2)} ms — ${parts.join(', ')}`);
    }
  }
  const total = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0);
  console.log(`\n== ${label} ${WORDS} words: ${KEYS} keys, main thread tasks ${(total / 1000 / KEYS).toFixed(2)} ms per key (incl. harness)`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000 / KEYS).toFixed(3).padStart(8)} ms  ${name}`);
  const gc = [...self].filter(([name]) => /GC|Scavenge|MarkCompact/i.test(name)).reduce((sum, [, us]) => sum + us, 0);
  console.log(`${(gc / 1000 / KEYS).toFixed(3).padStart(8)} ms  (all garbage collection events)`);
  // The JavaScript side: a sampling CPU profile of the same number of keys, self time by function.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let k = 0; k < KEYS; k++) {
    const c = chars[k % chars.length] as string;
    if (process.env.PROFILE_NULLS && k % 2 === 0)
      await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
    await page.keyboard.press(c === ' ' ? 'Space' : c);
    await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))', awaitPromise: true });
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  await writeFile(path.join(OUT, `typing-${label}-${WORDS}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  if (process.env.PROFILE_SPIKES) {
    // Runs of samples inside one function (PROFILE_SPIKES=name) lasting over 2.5 ms: what they spent time in.
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const within = (id: number) => {
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
        if (byId.get(at)?.callFrame.functionName === process.env.PROFILE_SPIKES) return true;
      return false;
    };
    let t = 0;
    let run: { start: number; end: number; ids: number[] } | null = null;
    const runs: { start: number; end: number; ids: number[] }[] = [];
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      if (within(id)) {
        if (run && t - run.end < 400) {
          run.end = t;
          run.ids.push(id);
        } else {
          run = { start: t, end: t, ids: [id] };
          runs.push(run);
        }
      }
    });
    const long = runs.filter((r) => r.end - r.start > 2500);
    console.log(`-- ${label}: ${long.length} calls of ${process.env.PROFILE_SPIKES} over 2.5 ms (of ${runs.length})`);
    for (const r of long.slice(0, 8)) {
      const leaf = new Map<string, number>();
      for (const id of r.ids) {
        // the innermost frame of our own code or the library's, with its caller
        const f = byId.get(id)?.callFrame;
        const p = byId.get(parentOf.get(id) ?? -1)?.callFrame;
        const key = `${f?.functionName || '(anon)'}:${(f?.lineNumber ?? 0) + 1} < ${p?.functionName || '(anon)'}:${(p?.lineNumber ?? 0) + 1}`;
        leaf.set(key, (leaf.get(key) ?? 0) + 1);
      }
      console.log(
        `  ${((r.end - r.start) / 1000).toFixed(1)} ms: ${[...leaf]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, n]) => `${k} ×${n}`)
          .join(' | ')}`,
      );
    }
  }
  if (process.env.PROFILE_INCLUSIVE) {
    // Inclusive time per function (a function on the stack twice counts once per sample).
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (!f) break;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
      }
    });
    console.log(`-- ${label} JS inclusive time per key (sampled)`);
    for (const [name, us] of [...incl]
      .filter(([n]) => !n.startsWith('('))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.PROFILE_INCLUSIVE)))
      console.log(`${(us / 1000 / KEYS).toFixed(3).padStart(8)} ms  ${name}`);
  }
  console.log(`-- ${label} JS self time per key (sampled)`);
  for (const [name, us] of [...selfUs]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`${(us / 1000 / KEYS).toFixed(3).padStart(8)} ms  ${name}`);
  await cdp.detach();
}

try {
  // PROFILE_WHO=copydesk-off: Copydesk with the checks off (the preference the bench compares
  // against), on a copy of the story so the first page's journal never offers a recovery here.
  for (const who of WHO.filter((w) => w === 'copydesk' || w === 'copydesk-off')) {
    const checksOff = who === 'copydesk-off';
    const storyFile = checksOff ? file.replace(/(\.copydesk\.json)$/, '-checks-off$1') : file;
    if (checksOff)
      await writeFile(path.join(work, storyFile), serializeArticle({ ...storyArticle(story, 'story', '2026-02-01T10:00:00.000Z'), id: 'story-checks-off' }));
    // Experiments: PROFILE_CSS='a{…}||b{…}' runs once per variant ('' = as shipped), each on a
    // fresh page (typing makes the caret's paragraph longer, so later variants would pay more).
    for (const css of process.env.PROFILE_CSS && process.env.PROFILE_MODE !== 'ab' ? process.env.PROFILE_CSS.split('||') : [null]) {
      const cd = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      if (checksOff) await cd.addInitScript({ content: `localStorage.setItem('copydesk.checksAsYouType', 'off');` });
      await cd.addInitScript({ content: probe });
      await cd.goto(host.url);
      await cd.getByRole('list', { name: 'Articles' }).getByRole('button').first().waitFor();
      const listeners = async (when: string) => {
        const cdp = await cd.context().newCDPSession(cd);
        const count = async (expr: string) => {
          const { result } = (await cdp.send('Runtime.evaluate', { expression: expr })) as { result: { objectId: string } };
          const { listeners: l } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: { type: string }[] };
          return l.length;
        };
        console.log(`  listeners ${when}: window ${await count('window')}, document ${await count('document')}`);
        await cdp.detach();
      };
      for (const b of before) {
        await listeners(`before ${b.story.paragraphs.length} paragraphs`);
        await cd.evaluate(
          ([f, last]) => (globalThis as unknown as { __probe: { openByClick(f: string, l: string): Promise<number> } }).__probe.openByClick(f, last),
          [b.file, b.story.paragraphs[b.story.paragraphs.length - 1] as string] as const,
        );
        await cd.waitForTimeout(300);
        await cd.evaluate(() => (globalThis as unknown as { __probe: { caretInMiddle(): void } }).__probe.caretInMiddle());
        for (let k = 0; k < KEYS; k++) {
          await cd.keyboard.press('a');
          await cd.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }
      }
      if (before.length) await listeners('before the story');
      // As the bench opens it: a click from script, so the mouse stays out of the page.
      await cd.evaluate(
        ([f, last]) => (globalThis as unknown as { __probe: { openByClick(f: string, l: string): Promise<number> } }).__probe.openByClick(f, last),
        [storyFile, story.paragraphs[story.paragraphs.length - 1] as string] as const,
      );
      await cd.waitForTimeout(1000);
      if (before.length) await listeners('with the story open');
      if (css !== null) {
        await cd.addStyleTag({ content: css || '/* as shipped */' });
        await cd.waitForTimeout(500);
      }
      // PROFILE_JS: a script run in the page before typing (experiments on the live editor).
      if (process.env.PROFILE_JS) await cd.evaluate(process.env.PROFILE_JS);
      await trace(cd, css === null ? who : `${who}[${css.slice(0, 60)}]`);
      // PROFILE_AFTER: an expression read from the page after typing (what a PROFILE_JS probe counted).
      if (process.env.PROFILE_AFTER) console.log(JSON.stringify(await cd.evaluate(process.env.PROFILE_AFTER), null, 1));
      // PROFILE_JS_AFTER: an expression evaluated after typing, its value printed (what PROFILE_JS recorded).
      if (process.env.PROFILE_JS_AFTER) console.log(await cd.evaluate(process.env.PROFILE_JS_AFTER));
      await cd.close();
    }
  }
  if (WHO.includes('bare')) {
    const bp = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await bp.addInitScript({ content: probe });
    await bp.goto(bareUrl);
    await bp.waitForFunction(() => !!(globalThis as unknown as { __bare?: unknown }).__bare);
    await bp.evaluate((f) => (globalThis as unknown as { __bare: { open(u: string): Promise<number> } }).__bare.open(f), `/${encodeURIComponent(file)}`);
    await bp.waitForTimeout(500);
    await trace(bp, 'bare');
    await bp.close();
  }
} finally {
  await close();
}
