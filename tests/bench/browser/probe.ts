// Injected into both pages (Copydesk and bare ProseMirror) before they load: measures the main
// thread's time for each keystroke while armed — the key's own task (keydown, text input, the
// editor's transaction) plus the rendering of the next frame — without the idle wait for vsync.
interface Probe {
  armed: boolean;
  last: Promise<number> | null;
}

const probe: Probe = { armed: false, last: null };
(window as unknown as { __probe: Probe }).__probe = probe;

addEventListener(
  'keydown',
  () => {
    if (!probe.armed) return;
    const t0 = performance.now();
    probe.last = new Promise<number>((resolve) => {
      let taskEnd = 0;
      let frameStart = 0;
      let frameEnd = 0;
      const done = () => {
        if (!taskEnd || !frameEnd) return;
        // If the frame ran before the key's task was over, taskEnd already includes it.
        resolve(taskEnd < frameStart ? taskEnd - t0 + (frameEnd - frameStart) : taskEnd - t0);
      };
      const afterTask = new MessageChannel();
      afterTask.port1.onmessage = () => {
        taskEnd = performance.now();
        done();
      };
      afterTask.port2.postMessage(0);
      requestAnimationFrame(() => {
        frameStart = performance.now();
        const afterFrame = new MessageChannel();
        afterFrame.port1.onmessage = () => {
          frameEnd = performance.now();
          done();
        };
        afterFrame.port2.postMessage(0);
      });
    });
  },
  true,
);

/** Clicks `file` in the library list; resolves with ms from the click to its body painted with `lastParagraph`. */
function openByClick(file: string, lastParagraph: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('[aria-label="Articles"] button')).find((b) => b.title === file);
    if (!button) return reject(new Error(`no list item for ${file}`));
    const ready = () => document.querySelector('[aria-label="Article body"]')?.lastElementChild?.textContent === lastParagraph;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

/** Puts the caret inside the body's middle paragraph, as a click there would. */
function caretInMiddle() {
  const body = document.querySelector<HTMLElement>('[aria-label="Article body"]');
  if (!body) throw new Error('no body');
  body.focus();
  const paras = body.querySelectorAll('p');
  const p = paras[Math.floor(paras.length / 2)];
  if (!p) throw new Error('no paragraph');
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode();
  while (text && (text.textContent ?? '').length < 50) text = walker.nextNode();
  if (!text) throw new Error('no text in the middle paragraph');
  document.getSelection()?.collapse(text, 40);
}

Object.assign(probe, { openByClick, caretInMiddle });
