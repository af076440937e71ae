import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { DOMParser as ProseMirrorDOMParser } from 'prosemirror-model';
import type { Byline, Dateline } from '../../../shared/article';
import {
  CLEAN_HTML_CONFIG,
  type ImportedDocument,
  installCleanHtmlHooks,
  liftWordLists,
  parseBylineLine,
  parseDateline,
  removeNoise,
  storyFieldsFromBody,
} from '../../../shared/import';
import { schema } from '../../../shared/schema';

/**
 * HTML (a web page, Copydesk's own export, or Word's via mammoth) to a story, in plain Node.
 * jsdom parses without running scripts or loading anything; the same cleaning rules as paste
 * (shared/import/clean-html) remove everything that could run or call out; the schema's parse
 * rules then keep only the story's structure.
 */
export function importHtml(html: string): ImportedDocument {
  const dom = new JSDOM(html);
  const { document } = dom.window;
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  removeNoise(document.body as never);
  liftWordLists(document.body);
  const purify = createDOMPurify(dom.window as never);
  installCleanHtmlHooks(purify as never);
  const root = purify.sanitize(document.body.innerHTML, { ...CLEAN_HTML_CONFIG, RETURN_DOM: true }) as unknown as HTMLElement;
  dom.window.close();

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const h1 = root.querySelector('h1');
  const headline = text(h1) || title;
  h1?.remove();

  const standfirstEl = root.querySelector('.standfirst');
  const standfirst = text(standfirstEl);
  standfirstEl?.remove();

  let byline: Byline | null = null;
  const bylineEls = Array.from(root.querySelectorAll('.byline'));
  for (const el of bylineEls) {
    const lines = Array.from(el.querySelectorAll('.byline-line')).map(text);
    const contributors = (lines.length ? lines : [text(el)]).flatMap((line) => parseBylineLine(line) ?? []);
    if (contributors.length && !byline) byline = { position: el.closest('footer') ? 'foot' : 'top', contributors };
    el.remove();
  }

  let dateline: Dateline | null = null;
  const datelineEl = root.querySelector('.dateline');
  if (datelineEl) {
    dateline = parseDateline(`${text(datelineEl)} x`)?.dateline ?? null;
    const next = datelineEl.nextSibling;
    if (next?.nodeType === 3 && next.textContent) next.textContent = next.textContent.replace(/^\s+/, '');
    datelineEl.remove();
  }

  wrapLooseImages(root);
  const doc = ProseMirrorDOMParser.fromSchema(schema).parse(root as never);
  const body = doc.toJSON() as ImportedDocument['body'];
  const found = storyFieldsFromBody(body);
  return {
    headline,
    standfirst,
    byline: byline ?? found.byline,
    dateline: dateline ?? found.dateline,
    body: (body.content as unknown[] | undefined)?.length ? body : { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}

/** An image outside a figure becomes one, taking a following "caption" paragraph (Word's Caption style) with it. */
function wrapLooseImages(root: HTMLElement) {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (img.closest('figure')) continue;
    const figure = doc.createElement('figure');
    const holder =
      img.parentElement && img.parentElement !== root && img.parentElement.tagName === 'P' && !img.parentElement.textContent?.trim() ? img.parentElement : img;
    const next = holder.nextElementSibling;
    holder.replaceWith(figure);
    figure.append(img);
    if (next?.classList.contains('caption')) {
      const caption = doc.createElement('figcaption');
      const span = doc.createElement('span');
      span.className = 'caption';
      span.textContent = next.textContent ?? '';
      caption.append(span);
      figure.append(caption);
      next.remove();
    }
  }
}
