/**
 * Photos that reach the library after a story showing them was drawn: a shared story opens at
 * once, and whether this computer has its photos is asked, and those it has not are fetched from
 * the newsroom, behind it. A view draws the photo from the library at once (most are there); one
 * the library does not have yet keeps its room, saying it is on its way, until it arrives (or is
 * given up on).
 */
const held = new Set<string>();
const waiting = new Map<string, Set<() => void>>();
const arrivals = new Map<string, number>();

/** The photos `srcs` (media/SHA256.EXT) are being looked for: a view that cannot load one waits (mediaArrived ends it). */
export function holdMedia(srcs: Iterable<string>): void {
  for (const src of srcs) held.add(src);
}

/** Whether the photo `src` is being looked for now. */
export function mediaHeld(src: string): boolean {
  return held.has(src);
}

/** Says that the search for the photo `src` is over: the library has it now (or it is given up on). */
export function mediaArrived(src: string): void {
  held.delete(src);
  arrivals.set(src, (arrivals.get(src) ?? 0) + 1);
  for (const listener of [...(waiting.get(src) ?? [])]) listener();
}

/** How many times `src` has arrived: read when an image is asked for, to tell whether it arrived while loading. */
export function mediaArrivals(src: string): number {
  return arrivals.get(src) ?? 0;
}

/** Calls `listener` when the photo `src` arrives; returns a function that stops waiting. */
export function whenMediaArrives(src: string, listener: () => void): () => void {
  const set = waiting.get(src) ?? new Set<() => void>();
  waiting.set(src, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && waiting.get(src) === set) waiting.delete(src);
  };
}
