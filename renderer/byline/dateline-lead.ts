import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { schema } from '../../shared/schema';

/**
 * Shows the dateline ("KYIV, Nov. 26 —") as a small-caps lead at the start of the story's
 * first paragraph, as it will print. It is a widget, not text: the dateline stays an article
 * field, and the body's words (and word count) do not include it.
 */

interface LeadState {
  text: string;
  decorations: DecorationSet;
}

const leadKey = new PluginKey<LeadState>('datelineLead');

function firstParagraphPos(doc: Node): number | null {
  for (let i = 0, offset = 0; i < doc.childCount; i++) {
    const child = doc.child(i);
    if (child.type === schema.nodes.paragraph) return offset + 1;
    offset += child.nodeSize;
  }
  return null;
}

function leadWidget(text: string) {
  return () => {
    const span = document.createElement('span');
    span.className = 'dateline-lead';
    span.textContent = text;
    span.title = 'Dateline: change it in the Dateline field above the story';
    const gap = document.createTextNode(' ');
    const wrap = document.createElement('span');
    wrap.className = 'dateline-lead-wrap';
    wrap.contentEditable = 'false';
    wrap.append(span, gap);
    return wrap;
  };
}

function build(doc: Node, text: string): DecorationSet {
  if (!text) return DecorationSet.empty;
  const pos = firstParagraphPos(doc);
  if (pos === null) return DecorationSet.empty;
  return DecorationSet.create(doc, [Decoration.widget(pos, leadWidget(text), { side: -1, marks: [], ignoreSelection: true, key: `dateline:${text}` })]);
}

export function datelineLead(initial = ''): Plugin<LeadState> {
  return new Plugin<LeadState>({
    key: leadKey,
    state: {
      init: (_, state) => ({ text: initial, decorations: build(state.doc, initial) }),
      apply(tr, prev, _old, state) {
        const text = tr.getMeta(leadKey) as string | undefined;
        if (text === undefined && !tr.docChanged) return prev;
        const next = text ?? prev.text;
        // Only the position of the first paragraph matters: look at top-level blocks, not the text.
        // A keystroke that leaves it where it was keeps the same decorations (nothing to redraw).
        if (next === prev.text && next) {
          const [lead] = prev.decorations.find();
          if (lead && lead.from === firstParagraphPos(state.doc) && tr.mapping.map(lead.from, -1) === lead.from) return prev;
        }
        return { text: next, decorations: build(state.doc, next) };
      },
    },
    props: { decorations: (state) => leadKey.getState(state)?.decorations },
  });
}

/** Shows `text` as the dateline lead (no-op when it already does). */
export function setDatelineLead(view: EditorView, text: string) {
  const current = leadKey.getState(view.state);
  if (!current || current.text === text) return;
  view.dispatch(view.state.tr.setMeta(leadKey, text).setMeta('addToHistory', false));
}
