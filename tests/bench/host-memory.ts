// The Node host's memory with a library listed and searched, measured in a process of its own
// (run by tests/bench/run.ts as `node --expose-gc --trace-gc --import tsx host-memory.ts DIR MODE`),
// so nothing of the bench itself (its fixtures, other libraries, their garbage) is counted.
//
// MODE `first`: the library has no index yet (its .copydesk indexes are removed first);
// `later`: the indexes written by an earlier start are on disk. The process lists the library,
// runs the bench's searches, writes the indexes, and reports as one JSON line after
// HOST_MEMORY_RESULT:
//   heldMB    JS heap in use after a full garbage collection, library open, listed and searched
//   liveMB    the most JS heap in use after a full collection at each step: listed (the articles
//             read, waiting to be indexed), first search answered, all searched, indexes written
//   peakMB    the most JS heap in use at any moment, garbage not yet collected included (the
//             largest of the sizes --trace-gc reports before each collection, and of samples
//             taken every 5 ms): how far V8 lets the heap grow between collections
//   rssMB     the largest resident set size seen (JS heap, buffers, code, everything)
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ArticleLibrary } from '../../electron/services/library';

export const HOST_MEMORY_RESULT = 'HOST_MEMORY_RESULT';
export const HOST_MEMORY_START = 'HOST_MEMORY_START';
export const HOST_QUERIES = ['budget', 'kowalski', 'flood defences', 'harbour district', 'electoral commission budget', 'nakamura hosp', 'pension'];

async function main(dir: string, mode: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  if (mode === 'first') await rm(path.join(dir, '.copydesk'), { recursive: true, force: true });
  gc();
  let peak = 0;
  let rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const sampler = setInterval(sample, 5);
  // Everything from here on is the host's: the collections --trace-gc reports after this line count.
  console.log(HOST_MEMORY_START);
  let live = 0;
  const collect = () => {
    sample();
    gc();
    gc();
    const used = process.memoryUsage().heapUsed;
    live = Math.max(live, used);
    return used;
  };
  const library = await ArticleLibrary.open({ root: dir, seedSample: false });
  const listed = await library.list();
  collect();
  let found = 0;
  for (const query of HOST_QUERIES) {
    found += (await library.search(query)).length;
    if (query === HOST_QUERIES[0]) collect();
    sample();
  }
  const held = collect();
  await library.close(); // writes the indexes, as the host does a moment after the first search
  collect();
  clearInterval(sampler);
  console.log(
    `${HOST_MEMORY_RESULT} ${JSON.stringify({ articles: listed.length, found, heldMB: held / 1e6, liveMB: live / 1e6, peakMB: peak / 1e6, rssMB: rss / 1e6 })}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [dir, mode = 'first'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: host-memory.ts LIBRARY_DIR first|later');
  await main(dir, mode);
}
