/**
 * What a sync brought in while this person was away: which paragraphs other people changed, who
 * changed them, and which of them this person changed too (those are flagged for review: both
 * versions were merged word by word, which may not read well).
 *
 * Works on the text of each top-level block at three moments: `base` (when the person went
 * offline, or as kept on this computer when the story was opened), `mine` (just before the sync:
 * base plus what they typed meanwhile) and `merged` (after it).
 */

export interface MergeInput {
  base: readonly string[];
  mine: readonly string[];
  merged: readonly string[];
  /** Who wrote the new text in block `index` of `merged` (names; empty when unknown). */
  authorsOf(index: number): string[];
  /** Everyone whose changes came in with the sync, for blocks whose writer is unknown (a deletion). */
  everyone: readonly string[];
}

export interface MergeReport {
  /** Per person, in order of how much they changed. */
  people: { name: string; paragraphs: number }[];
  /** Blocks of `merged` someone else changed (or added). */
  changed: number[];
  /** Blocks of `merged` both this person and someone else changed: to read again. */
  both: number[];
  /** Paragraphs someone else removed. */
  removed: number;
}

/** Pairs block indices of `a` and `b`: [ai, bi] for blocks kept as they were; the rest changed. */
export function matchBlocks(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    pairs.push([start, start]);
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  const tail: Array<[number, number]> = [];
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    tail.push([endA, endB]);
  }
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && n * m <= 4_000_000) {
    // Longest common subsequence of the middle (the changed stretch is short after trimming).
    const dp: Uint32Array[] = [];
    for (let i = 0; i <= n; i++) dp.push(new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        dp[i][j] = a[start + i] === b[start + j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
      else j++;
    }
  }
  return pairs.concat(tail.reverse());
}

/**
 * The changes from `a` to `b` as gaps between kept blocks; in each gap the blocks are paired in
 * order (an edited paragraph), the rest were added (in b) or removed (from a).
 */
function changes(a: readonly string[], b: readonly string[]) {
  const kept = matchBlocks(a, b);
  const edited: Array<[number, number]> = [];
  const added: number[] = [];
  const removed: number[] = [];
  let pa = 0;
  let pb = 0;
  for (const [ka, kb] of [...kept, [a.length, b.length] as [number, number]]) {
    const ga = ka - pa;
    const gb = kb - pb;
    for (let k = 0; k < Math.min(ga, gb); k++) edited.push([pa + k, pb + k]);
    for (let k = Math.min(ga, gb); k < gb; k++) added.push(pb + k);
    for (let k = Math.min(ga, gb); k < ga; k++) removed.push(pa + k);
    pa = ka + 1;
    pb = kb + 1;
  }
  return { edited, added, removed };
}

export function mergeReport({ base, mine, merged, authorsOf, everyone }: MergeInput): MergeReport {
  const minePart = changes(base, mine);
  const myBlocks = new Set<number>([...minePart.edited.map(([, m]) => m), ...minePart.added]);
  const theirs = changes(mine, merged);
  const changed = [...theirs.edited.map(([, j]) => j), ...theirs.added].sort((x, y) => x - y);
  const both = theirs.edited.filter(([i]) => myBlocks.has(i)).map(([, j]) => j);
  const count = new Map<string, number>();
  const credit = (names: readonly string[]) => {
    for (const name of names.length ? names : everyone.length ? everyone : ['Someone']) count.set(name, (count.get(name) ?? 0) + 1);
  };
  for (const j of changed) credit(authorsOf(j));
  for (const _ of theirs.removed) credit([]);
  const people = [...count].map(([name, paragraphs]) => ({ name, paragraphs })).sort((x, y) => y.paragraphs - x.paragraphs || x.name.localeCompare(y.name));
  return { people, changed, both: both.sort((x, y) => x - y), removed: theirs.removed.length };
}

/** "Ana changed 3 paragraphs and Ben changed 1 paragraph while you were offline." */
export function mergeSentence(report: MergeReport, when: string): string {
  const parts = report.people.map((p) => `${p.name} changed ${p.paragraphs} ${p.paragraphs === 1 ? 'paragraph' : 'paragraphs'}`);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} ${when}.`;
}

/** The plain text of each top-level block of an article body (ProseMirror JSON), for comparing versions. */
export function bodyBlockTexts(body: { content?: unknown[] }): string[] {
  return (body.content ?? []).map((block) => JSON.stringify(block));
}
