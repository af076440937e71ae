/**
 * Runs `task` once what is being drawn now is on screen and the main thread has a moment: two
 * frames on (the first paints the change, the second starts after that paint), then idle, at the
 * latest `timeout` ms later. For work the reporter does not wait for, kept out of the time between
 * a click and the story painted and out of a keystroke's frame. Returns a cancel function.
 */
export function afterShown(task: () => void, timeout = 500): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      idle = requestIdleCallback(task, { timeout });
    });
  });
  let idle = 0;
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
  };
}
