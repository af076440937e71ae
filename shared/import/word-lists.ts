/**
 * Word's lists, as it puts them on the clipboard or in "Save as Web Page": not `<ul>`/`<ol>` but
 * paragraphs with `mso-list:l0 level2 lfo1` in their style, each starting with its bullet or
 * number typed out in a span Word marks `mso-list:Ignore` (between `[if !supportLists]`
 * conditional comments). Left alone they paste as paragraphs that begin "·" or "1.". This turns
 * each run of them back into real, nested lists, before the cleaner drops the styles that say so.
 *
 * Structural DOM types only: shared/ is type-checked without the DOM library, and the same code
 * runs on the browser's DOM (paste) and jsdom (HTML import).
 */

interface ListNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly parentNode: ListElement | null;
  readonly nextSibling: ListNode | null;
  remove(): void;
}

interface ListElement extends ListNode {
  readonly tagName: string;
  readonly lastElementChild: ListElement | null;
  readonly childNodes: ArrayLike<ListNode>;
  readonly ownerDocument: { createElement(tag: string): ListElement };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<ListElement>;
  append(...nodes: ListNode[]): void;
  insertBefore(node: ListNode, before: ListNode | null): void;
}

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** `mso-list:l3 level2 lfo4` → list l3, level 2; `mso-list:none` and `mso-list:Ignore` are not items. */
function listStyle(el: ListElement): { list: string; level: number } | null {
  const m = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(el.getAttribute('style') ?? '');
  return m ? { list: m[1].toLowerCase(), level: Math.min(Number(m[2]), 9) } : null;
}

/** A numbered marker ("1.", "a)", "iv.", "(2)") makes an ordered list; anything else ("·", "o", "§", "–") a bullet list. */
const NUMBERED = /^\(?(?:\d{1,4}|[a-z]|[ivxlcdm]{1,6})[.)]$/i;

/** Takes the typed-out bullet or number off the front of a Word list paragraph and returns it. */
function takeMarker(p: ListElement): string {
  let marker = '';
  // The marker between <!--[if !supportLists]--> and <!--[endif]-->.
  let inMarker = false;
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === COMMENT) {
      const text = node.nodeValue ?? '';
      if (/\[if\s+!supportLists\]/i.test(text)) inMarker = true;
      else if (inMarker && /\[endif\]/i.test(text)) {
        node.remove();
        break;
      }
      if (inMarker) node.remove();
      continue;
    }
    if (!inMarker) break;
    marker += node.textContent ?? '';
    node.remove();
  }
  // Without the comments (some copies drop them): the span Word marks mso-list:Ignore.
  if (!marker) {
    for (const span of Array.from(p.querySelectorAll('[style*="mso-list" i]'))) {
      if (!/mso-list\s*:\s*ignore/i.test(span.getAttribute('style') ?? '')) continue;
      marker = span.textContent ?? '';
      span.remove();
      break;
    }
  }
  return marker.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The next sibling element, skipping whitespace and comments; null at anything else. */
function nextItem(el: ListElement): ListElement | null {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT) return node as ListElement;
    if (node.nodeType === TEXT && !(node.nodeValue ?? '').trim()) continue;
    if (node.nodeType === COMMENT) continue;
    return null;
  }
  return null;
}

/** Rebuilds every run of Word list paragraphs under `root` as nested `<ul>`/`<ol>` lists. */
export function liftWordLists(root: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  const done = new Set<ListElement>();
  for (const first of Array.from(root.querySelectorAll('p[style*="mso-list" i]')) as ListElement[]) {
    if (done.has(first) || !listStyle(first)) continue;
    const run: ListElement[] = [];
    for (let el: ListElement | null = first; el && el.tagName.toLowerCase() === 'p' && listStyle(el); el = nextItem(el)) run.push(el);
    for (const p of run) done.add(p);
    buildLists(run);
  }
}

function buildLists(run: ListElement[]): void {
  const doc = run[0].ownerDocument;
  const parent = run[0].parentNode;
  if (!parent) return;
  const tops: ListElement[] = [];
  // The lists open at this point, outermost first, each with its Word level and list id.
  const open: { level: number; list: string; el: ListElement }[] = [];
  for (const p of run) {
    const { list, level } = listStyle(p) as { list: string; level: number };
    const marker = takeMarker(p);
    const tag = NUMBERED.test(marker) ? 'ol' : 'ul';
    const inner = () => open[open.length - 1];
    while (open.length && (inner().level > level || (inner().level === level && inner().list !== list))) open.pop();
    if (!open.length || inner().level < level) {
      const el = doc.createElement(tag);
      // A numbered list Word started further on ("4.") keeps its numbers.
      const start = /^\(?(\d{1,4})[.)]$/.exec(marker);
      if (tag === 'ol' && start && Number(start[1]) > 1) el.setAttribute('start', start[1]);
      const holder = open.length ? inner().el.lastElementChild : null;
      if (holder) holder.append(el);
      else tops.push(el);
      open.push({ level, list, el });
    }
    const item = doc.createElement('li');
    const para = doc.createElement('p');
    for (const child of Array.from(p.childNodes)) para.append(child);
    item.append(para);
    inner().el.append(item);
  }
  for (const el of tops) parent.insertBefore(el, run[0]);
  for (const p of run) p.remove();
}
