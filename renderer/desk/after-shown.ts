/**
 * Runs `task` once what is being drawn now is on screen and the main thread has a moment: two
 * frames on (the first paints the change, the second starts after that paint), after any work the
 * reporter waits for that is under way (waitedForFirst), then idle, at the latest `timeout` ms later. For work the reporter does not wait for, kept out of the time between
 * a click and the story painted and out of a keystroke's frame. Returns a cancel function.
 */
export function afterShown(task: () => void, timeout = 500): () => void {
  let idle = 0;
  let cancelled = false;
  const cancel = afterDrawn(() => {
    const start = () => {
      if (!cancelled) idle = requestIdleCallback(task, { timeout });
    };
    if (waitedFor.size === 0) start();
    else void Promise.race([Promise.allSettled([...waitedFor]), new Promise((r) => setTimeout(r, WAIT_FIRST_MAX_MS))]).then(start);
  });
  return () => {
    cancelled = true;
    cancel();
    if (idle) cancelIdleCallback(idle);
  };
}

/** Work the reporter waits for, under way: afterShown's tasks start once it is done (or this long on). */
const waitedFor = new Set<Promise<unknown>>();
const WAIT_FIRST_MAX_MS = 1_000;

/**
 * Says that `work` is something the reporter waits for (a shared story shown from its readable
 * copy, made editable once its state is in): work that can wait (afterShown's: the first quote
 * analysis, the checks, the window title) starts after it, at the latest a second on, rather than
 * in the idle moment while its answer is on the way.
 */
export function waitedForFirst(work: Promise<unknown>): void {
  waitedFor.add(work);
  const done = () => waitedFor.delete(work);
  work.then(done, done);
  setTimeout(done, WAIT_FIRST_MAX_MS);
}

/**
 * Runs `task` as soon as what is being drawn now is on screen (two frames on, in a task of its own),
 * without waiting for an idle moment: for work the reporter waits for, such as making a story that
 * is shown editable. Returns a cancel function.
 */
export function afterDrawn(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(task, 0);
    });
  });
  return () => {
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
