import { setBlockType, toggleMark, wrapIn, lift } from 'prosemirror-commands';
import type { MarkType, NodeType } from 'prosemirror-model';
import { wrapInList, liftListItem } from 'prosemirror-schema-list';
import { type Command, type EditorState, Selection, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { safeHref, schema } from '../../shared/schema';

export const toggleBold = toggleMark(schema.marks.strong);
export const toggleItalic = toggleMark(schema.marks.em);

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

export function blockActive(state: EditorState, type: NodeType, attrs?: Record<string, unknown>): boolean {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type === type) return !attrs || Object.entries(attrs).every(([k, v]) => node.attrs[k] === v);
  }
  return false;
}

/**
 * Ctrl+Home / Ctrl+End (Cmd+Up / Cmd+Down on a Mac): the caret to the first or last words of the
 * story — a photo at either end is stepped over, never selected (typing would replace it). With
 * `extend` (Shift) the selection grows to there. Going to the top shows the top of the story too,
 * when the caret stays in view.
 */
export function storyEdge(dir: -1 | 1, extend = false): Command {
  return (state, dispatch, view) => {
    const { doc } = state;
    const edge = Selection.findFrom(doc.resolve(dir < 0 ? 0 : doc.content.size), -dir, true);
    if (!edge) return false;
    if (!dispatch) return true;
    let { anchor } = state.selection;
    const clicked = view && unreadDomSelection(view, state);
    if (clicked) {
      // A click the editor has not read yet: the key can arrive before the browser's
      // selectionchange (input goes first when the machine is busy). Catch up with it first, or an
      // unchanged selection would not be written back over the clicked one, and the words typed
      // next would land where the click was.
      dispatch(state.tr.setSelection(clicked));
      anchor = clicked.anchor;
      state = view.state;
    }
    const selection = extend ? TextSelection.between(state.doc.resolve(anchor), edge.$head) : edge;
    dispatch(state.tr.setSelection(selection).scrollIntoView());
    const win = view?.dom.ownerDocument.defaultView;
    if (view && win && dir < 0) {
      const caret = view.coordsAtPos(selection.head);
      if (caret.bottom + win.scrollY < win.innerHeight - 24) win.scrollTo(0, 0);
    }
    return true;
  };
}

/** The DOM's selection in the story when it differs from the editor's (not read yet), else null. */
function unreadDomSelection(view: EditorView, state: EditorState): Selection | null {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    if (anchor === state.selection.anchor && head === state.selection.head) return null;
    return TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
  } catch {
    return null; // inside something that is not story text (a widget, a photo's fields)
  }
}

/** Subheading on, or back to a paragraph when it already is one. */
export function toggleSubheading(level: 2 | 3 = 2): Command {
  return (state, dispatch) =>
    blockActive(state, schema.nodes.heading, { level })
      ? setBlockType(schema.nodes.paragraph)(state, dispatch)
      : setBlockType(schema.nodes.heading, { level })(state, dispatch);
}

export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    if (blockActive(state, type)) return liftListItem(schema.nodes.list_item)(state, dispatch);
    return wrapInList(type)(state, dispatch);
  };
}

export const toggleBlockquote: Command = (state, dispatch) =>
  blockActive(state, schema.nodes.blockquote) ? lift(state, dispatch) : wrapIn(schema.nodes.blockquote)(state, dispatch);

/** Links the selection to `href`, or removes the link when href is empty. Unsafe schemes are refused. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    const type = schema.marks.link;
    if (!href.trim()) {
      if (dispatch) {
        const range = empty ? linkRange(state) : { from, to };
        if (range) dispatch(state.tr.removeMark(range.from, range.to, type));
      }
      return true;
    }
    const safe = linkHref(href);
    if (!safe || empty) return false;
    if (dispatch) dispatch(state.tr.removeMark(from, to, type).addMark(from, to, type.create({ href: safe })));
    return true;
  };
}

/**
 * The Link dialog's Apply. With the caret inside a link, the whole link takes the new address;
 * otherwise the selected words are linked, as `setLink` does. Either way the address is read as
 * `setLink` reads it (a bare `example.com` gets `https://`, unsafe schemes are refused), and an
 * empty one removes the link.
 */
export function updateLink(href: string): Command {
  return (state, dispatch) => {
    const range = state.selection.empty && href.trim() ? linkRange(state) : null;
    if (!range) return setLink(href)(state, dispatch);
    const safe = linkHref(href);
    if (!safe) return false;
    if (dispatch) {
      const type = schema.marks.link;
      dispatch(state.tr.removeMark(range.from, range.to, type).addMark(range.from, range.to, type.create({ href: safe })));
    }
    return true;
  };
}

/** A typed address as a link's href: an address without a scheme is a web address; null when unsafe. */
function linkHref(typed: string): string | null {
  const trimmed = typed.trim();
  return safeHref(/^[a-z][a-z0-9+.-]*:|^[#/]/i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

/**
 * The extent of the link around the cursor, if any: the whole run of text linked to one address,
 * however its words are formatted (a bold word inside a link is a text node of its own).
 */
export function linkRange(state: EditorState): { from: number; to: number; href: string } | null {
  const { $from } = state.selection;
  const type = schema.marks.link;
  const parent = $from.parent;
  const holdsCaret = (r: { from: number; to: number }) => r.from <= $from.pos && $from.pos <= r.to;
  let run: { from: number; to: number; href: string } | null = null;
  let pos = $from.start();
  for (let i = 0; i < parent.childCount; i++) {
    const child = parent.child(i);
    const href: string | undefined = type.isInSet(child.marks)?.attrs.href;
    if (run && href === run.href) run.to = pos + child.nodeSize;
    else if (run && holdsCaret(run)) return run;
    else if (pos > $from.pos) return null;
    else run = href === undefined ? null : { from: pos, to: pos + child.nodeSize, href };
    pos += child.nodeSize;
  }
  return run && holdsCaret(run) ? run : null;
}
