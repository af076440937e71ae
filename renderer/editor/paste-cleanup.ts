import DOMPurify from 'dompurify';
import { Plugin, PluginKey } from 'prosemirror-state';
import { CLEAN_HTML_CONFIG, disarmInlineHandlers, installCleanHtmlHooks, removeNoise } from '../../shared/import/clean-html';
import { liftWordLists } from '../../shared/import/word-lists';
import { LIBRARY_PHOTO } from '../../shared/photos';

/**
 * Paste from Word, Google Docs and web pages: the same cleaning rules as file import
 * (shared/import/clean-html) run on the clipboard's HTML before the schema's parse rules read it.
 * Headings, paragraphs, lists, links, bold and italic stay; styles, classes, fonts, comments,
 * tracked deletions, scripts, handlers and unsafe URLs go.
 */
export const pasteCleanupKey = new PluginKey('pasteCleanup');

let purifier: ReturnType<typeof DOMPurify> | null = null;
function purify() {
  if (!purifier) {
    purifier = DOMPurify(window);
    installCleanHtmlHooks(purifier as never);
    purifier.addHook('uponSanitizeAttribute', (node, data) => {
      // A pasted picture only stays linked when it is a photo of this library; others become placeholders to fill.
      if (node.nodeName === 'IMG' && data.attrName === 'src' && !LIBRARY_PHOTO.test(data.attrValue)) data.keepAttr = false;
    });
  }
  return purifier;
}

export function cleanPastedHtml(html: string): string {
  // DOMParser documents are inert: nothing in them loads or runs.
  const parsed = new DOMParser().parseFromString(disarmInlineHandlers(html), 'text/html');
  removeNoise(parsed.body);
  liftWordLists(parsed.body);
  // A string result: nothing is put into the live page (no request leaves for a pasted image).
  return purify().sanitize(parsed.body.innerHTML, CLEAN_HTML_CONFIG) as unknown as string;
}

export function pasteCleanup(): Plugin {
  return new Plugin({
    key: pasteCleanupKey,
    props: { transformPastedHTML: (html) => cleanPastedHtml(html) },
  });
}
