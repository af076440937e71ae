// Injected into both pages (Copydesk and bare ProseMirror) before they load: opening a story by
// clicking it, and putting the caret in the middle of the body. Typing is measured from outside
// the page (tests/bench/run.ts, CDP Performance metrics), so the pages carry no per-key listener.
interface Probe {
  openByClick(file: string, lastParagraph: string): Promise<number>;
  openFromList(list: string, headline: string, lastParagraph: string): Promise<number>;
  editableSinceClick(): Promise<number>;
  caretInMiddle(): void;
}

/** Clicks `file` in the library list; resolves with ms from the click to its body painted with `lastParagraph`. */
function openByClick(file: string, lastParagraph: string): Promise<number> {
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>('[aria-label="Articles"] button')).find((b) => b.title === file);
  return button ? timeOpen(button, lastParagraph) : Promise.reject(new Error(`no list item for ${file}`));
}

/** Clicks the story whose item shows `headline` in the list named `list` (Articles, Newsroom); resolves as openByClick does. */
function openFromList(list: string, headline: string, lastParagraph: string): Promise<number> {
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>(`[aria-label="${list}"] button`)).find((b) =>
    (b.textContent ?? '').includes(headline),
  );
  return button ? timeOpen(button, lastParagraph) : Promise.reject(new Error(`no "${headline}" in ${list}`));
}

let lastClick = 0;

function timeOpen(button: HTMLButtonElement, lastParagraph: string): Promise<number> {
  return new Promise<number>((resolve) => {
    const ready = () => document.querySelector('[aria-label="Article body"]')?.lastElementChild?.textContent === lastParagraph;
    const t0 = performance.now();
    lastClick = t0;
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

/**
 * Ms from the last open's click until the story could be typed in (a shared story is shown before its
 * sync arrives, locked): polled each frame, so up to a frame late.
 */
function editableSinceClick(): Promise<number> {
  return new Promise<number>((resolve) => {
    const check = () => {
      if (document.querySelector('[aria-label="Article body"]')?.getAttribute('contenteditable') === 'true') resolve(performance.now() - lastClick);
      else requestAnimationFrame(check);
    };
    check();
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

(window as unknown as { __probe: Probe }).__probe = { openByClick, openFromList, editableSinceClick, caretInMiddle };
