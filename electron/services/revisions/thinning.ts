/**
 * Which revisions to keep: every one from the last hour, the newest of each hour for the last
 * day, the newest of each day before that — and never more than `max` in all (the oldest go
 * first). The newest revision is always kept.
 */
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const MAX_REVISIONS = 200;

export function revisionsToKeep(times: readonly number[], now: number, max = MAX_REVISIONS): Set<number> {
  const order = times.map((t, i) => ({ t, i })).sort((a, b) => b.t - a.t || a.i - b.i);
  const keep = new Set<number>();
  const buckets = new Set<string>();
  for (const [rank, { t, i }] of order.entries()) {
    const age = Math.max(0, now - t);
    let bucket: string | null;
    if (rank === 0 || age < HOUR_MS) bucket = null;
    else if (age < DAY_MS) bucket = `h${Math.floor(t / HOUR_MS)}`;
    else bucket = `d${Math.floor(t / DAY_MS)}`;
    if (bucket !== null) {
      if (buckets.has(bucket)) continue;
      buckets.add(bucket);
    }
    if (keep.size >= max) break;
    keep.add(i);
  }
  return keep;
}
