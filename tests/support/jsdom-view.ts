import { JSDOM } from 'jsdom';

/**
 * A jsdom window made this process's globals, for a real ProseMirror EditorView in a unit test
 * (it reads `document`, `window`, the selection and MutationObserver from the globals).
 */
export function installJsdom(html = '<!doctype html><body></body>'): JSDOM {
  const dom = new JSDOM(html);
  Object.assign(globalThis, {
    window: dom.window,
    document: dom.window.document,
    navigator: dom.window.navigator,
    getSelection: dom.window.getSelection.bind(dom.window),
    MutationObserver: dom.window.MutationObserver,
  });
  return dom;
}
