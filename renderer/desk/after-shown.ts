/**
 * Runs `task` once what is being drawn now is on screen and the main thread has a moment: two
 * frames on (the first paints the change, the second starts after that paint), then idle, at the
 * latest `timeout` ms later. For work the reporter does not wait for, kept out of the time between
 * a click and the story painted and out of a keystroke's frame. Returns a cancel function.
 */
export function afterShown(task: () => void, timeout = 500): () => void {
  let idle = 0;
  const cancel = afterDrawn(() => {
    idle = requestIdleCallback(task, { timeout });
  });
  return () => {
    cancel();
    if (idle) cancelIdleCallback(idle);
  };
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
