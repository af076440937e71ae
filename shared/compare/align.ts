import { likeness, type StoryBlock, sameKind } from './blocks';
import type { BlockKind } from './types';

/**
 * Lines the blocks of two versions up: which are the same, which were edited in place, moved,
 * inserted or deleted. In order:
 *
 * 1. The longest run of identical blocks in the same order (LCS) is `equal`.
 * 2. A block left over in both versions with identical content has `moved`.
 * 3. Between two equal blocks, left-over blocks that read alike (≥ PAIR_IN_PLACE of their words
 *    shared) pair up in order as `changed`.
 * 4. A block that reads nearly the same (≥ MOVED_WITH_EDITS) somewhere else has `moved` (and is
 *    edited too).
 * 5. Between two pairs, a single left-over block on each side is the same block rewritten.
 * 6. Anything left is `inserted` or `deleted`.
 */

export const PAIR_IN_PLACE = 0.4;
export const MOVED_WITH_EDITS = 0.6;
/** Above this many block pairs to weigh, a step is skipped rather than slow the comparison. */
const MAX_WEIGHED_PAIRS = 250_000;
/** Above this many cells the exact LCS gives way to matching the blocks that occur once. */
const MAX_LCS_CELLS = 4_000_000;

export interface AlignedBlock {
  kind: BlockKind;
  older: StoryBlock | null;
  newer: StoryBlock | null;
}

type Status = { kind: 'open' } | { kind: 'changed' | 'moved'; partner: number };

export function alignBlocks(older: readonly StoryBlock[], newer: readonly StoryBlock[]): AlignedBlock[] {
  const ids = new Map<string, number>();
  const idOf = (b: StoryBlock) => {
    const id = ids.get(b.key);
    if (id !== undefined) return id;
    ids.set(b.key, ids.size);
    return ids.size - 1;
  };
  const pairs = commonSubsequence(older.map(idOf), newer.map(idOf));

  // Which gap (the stretch after the g-th equal pair) each left-over block sits in.
  const matchedOld = new Set(pairs.map(([i]) => i));
  const matchedNew = new Set(pairs.map(([, j]) => j));
  const gapsOld: number[][] = Array.from({ length: pairs.length + 1 }, () => []);
  const gapsNew: number[][] = Array.from({ length: pairs.length + 1 }, () => []);
  for (let i = 0, g = 0; i < older.length; i++) {
    if (matchedOld.has(i)) g++;
    else gapsOld[g]!.push(i);
  }
  for (let j = 0, g = 0; j < newer.length; j++) {
    if (matchedNew.has(j)) g++;
    else gapsNew[g]!.push(j);
  }
  const oldStatus = new Map<number, Status>();
  const newStatus = new Map<number, Status>();
  for (const g of gapsOld) for (const i of g) oldStatus.set(i, { kind: 'open' });
  for (const g of gapsNew) for (const j of g) newStatus.set(j, { kind: 'open' });
  const link = (i: number, j: number, kind: 'changed' | 'moved') => {
    oldStatus.set(i, { kind, partner: j });
    newStatus.set(j, { kind, partner: i });
  };
  const isOpen = (s: Map<number, Status>, k: number) => s.get(k)?.kind === 'open';

  // 2. Moved, word for word.
  const byKey = new Map<string, number[]>();
  for (const i of oldStatus.keys()) {
    const list = byKey.get(older[i]!.key) ?? [];
    list.push(i);
    byKey.set(older[i]!.key, list);
  }
  for (const j of newStatus.keys()) {
    const i = byKey.get(newer[j]!.key)?.shift();
    if (i !== undefined) link(i, j, 'moved');
  }

  // 3. Edited in place.
  for (let g = 0; g < gapsOld.length; g++) {
    const os = gapsOld[g]!.filter((i) => isOpen(oldStatus, i));
    const ns = gapsNew[g]!.filter((j) => isOpen(newStatus, j));
    for (const [i, j] of pairAlikeInOrder(os, ns, older, newer)) link(i, j, 'changed');
  }

  // 4. Moved and edited.
  const openOld = [...oldStatus.keys()].filter((i) => isOpen(oldStatus, i));
  const openNew = [...newStatus.keys()].filter((j) => isOpen(newStatus, j));
  if (openOld.length * openNew.length <= MAX_WEIGHED_PAIRS) {
    const candidates: Array<{ i: number; j: number; score: number }> = [];
    for (const j of openNew) {
      for (const i of openOld) {
        const score = likeness(older[i]!, newer[j]!);
        if (score >= MOVED_WITH_EDITS) candidates.push({ i, j, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.j - y.j || x.i - y.i);
    for (const { i, j } of candidates) if (isOpen(oldStatus, i) && isOpen(newStatus, j)) link(i, j, 'moved');
  }

  // 5. The one paragraph left between two pairs, rewritten.
  for (let g = 0; g < gapsOld.length; g++) {
    for (const [os, ns] of stretchesBetweenPairs(gapsOld[g]!, gapsNew[g]!, oldStatus, newStatus)) {
      if (os.length === 1 && ns.length === 1 && sameKind(older[os[0]!]!, newer[ns[0]!]!)) link(os[0]!, ns[0]!, 'changed');
    }
  }

  // Reading order: the newer version's, with each deleted block after what preceded it.
  const out: AlignedBlock[] = [];
  for (let g = 0; g < gapsOld.length; g++) {
    const os = gapsOld[g]!;
    const ns = gapsNew[g]!;
    let a = 0;
    let b = 0;
    while (a < os.length || b < ns.length) {
      const i = os[a];
      const j = ns[b];
      const so = i === undefined ? undefined : oldStatus.get(i)!;
      const sn = j === undefined ? undefined : newStatus.get(j)!;
      if (so && so.kind !== 'changed') {
        if (so.kind === 'open') out.push({ kind: 'deleted', older: older[i!]!, newer: null });
        a++;
      } else if (sn && sn.kind !== 'changed') {
        out.push(sn.kind === 'open' ? { kind: 'inserted', older: null, newer: newer[j!]! } : { kind: 'moved', older: older[sn.partner]!, newer: newer[j!]! });
        b++;
      } else if (so && sn) {
        // Pairs in a gap keep their order, so the next on each side are partners.
        out.push({ kind: 'changed', older: older[i!]!, newer: newer[j!]! });
        a++;
        b++;
      } else {
        throw new Error('compare: blocks paired out of order');
      }
    }
    const pair = pairs[g];
    if (pair) out.push({ kind: 'equal', older: older[pair[0]]!, newer: newer[pair[1]]! });
  }
  return out;
}

/** Order-keeping pairs of alike blocks between two lists, most words shared in all. */
function pairAlikeInOrder(os: number[], ns: number[], older: readonly StoryBlock[], newer: readonly StoryBlock[]): Array<[number, number]> {
  const k = os.length;
  const l = ns.length;
  if (!k || !l || k * l > MAX_WEIGHED_PAIRS) return [];
  const w = l + 1;
  const score = new Float64Array((k + 1) * w);
  const alike = new Float64Array(k * l);
  for (let a = k - 1; a >= 0; a--) {
    for (let b = l - 1; b >= 0; b--) {
      const s = likeness(older[os[a]!]!, newer[ns[b]!]!);
      alike[a * l + b] = s;
      let best = Math.max(score[(a + 1) * w + b]!, score[a * w + b + 1]!);
      if (s >= PAIR_IN_PLACE) best = Math.max(best, s + score[(a + 1) * w + b + 1]!);
      score[a * w + b] = best;
    }
  }
  const out: Array<[number, number]> = [];
  for (let a = 0, b = 0; a < k && b < l; ) {
    const s = alike[a * l + b]!;
    if (s >= PAIR_IN_PLACE && score[a * w + b] === s + score[(a + 1) * w + b + 1]!) {
      out.push([os[a]!, ns[b]!]);
      a++;
      b++;
    } else if (score[a * w + b] === score[(a + 1) * w + b]) a++;
    else b++;
  }
  return out;
}

/** The open blocks of one gap, cut into stretches at each pair made inside it. */
function stretchesBetweenPairs(os: number[], ns: number[], oldStatus: Map<number, Status>, newStatus: Map<number, Status>): Array<[number[], number[]]> {
  const cut = (list: number[], status: Map<number, Status>) => {
    const parts: number[][] = [[]];
    for (const k of list) {
      const s = status.get(k)!;
      if (s.kind === 'open') parts[parts.length - 1]!.push(k);
      else if (s.kind === 'changed') parts.push([]);
    }
    return parts;
  };
  const a = cut(os, oldStatus);
  const b = cut(ns, newStatus);
  return a.map((part, n) => [part, b[n] ?? []]);
}

/** Index pairs of a longest common subsequence of two id lists. */
export function commonSubsequence(a: readonly number[], b: readonly number[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) out.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0) {
    const middle = (n + 1) * (m + 1) <= MAX_LCS_CELLS ? lcsTable(a, b, start, n, m) : uniqueAnchors(a, b, start, n, m);
    out.push(...middle);
  }
  for (let k = 0; k < a.length - endA; k++) out.push([endA + k, endB + k]);
  return out;
}

function lcsTable(a: readonly number[], b: readonly number[], start: number, n: number, m: number): Array<[number, number]> {
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[start + i] === b[start + j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[start + i] === b[start + j]) {
      out.push([start + i, start + j]);
      i++;
      j++;
    } else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * For very long middles: the blocks that occur exactly once on each side, kept where their order
 * agrees (the longest increasing run, as patience diff does). Not always the longest match, but
 * linear in memory.
 */
function uniqueAnchors(a: readonly number[], b: readonly number[], start: number, n: number, m: number): Array<[number, number]> {
  const count = new Map<number, { a: number; b: number; ia: number; ib: number }>();
  for (let i = 0; i < n; i++) {
    const c = count.get(a[start + i]!) ?? { a: 0, b: 0, ia: -1, ib: -1 };
    c.a++;
    c.ia = start + i;
    count.set(a[start + i]!, c);
  }
  for (let j = 0; j < m; j++) {
    const c = count.get(b[start + j]!);
    if (!c) continue;
    c.b++;
    c.ib = start + j;
  }
  const anchors = [...count.values()].filter((c) => c.a === 1 && c.b === 1).sort((x, y) => x.ia - y.ia);
  // Longest increasing subsequence of the newer indices.
  const tails: number[] = [];
  const prev = new Int32Array(anchors.length).fill(-1);
  for (let k = 0; k < anchors.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[tails[mid]!]!.ib < anchors[k]!.ib) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push([anchors[k]!.ia, anchors[k]!.ib]);
  return out.reverse();
}
