// Paints the quotes in the block holding the cursor with the CSS Custom Highlight API; the quote
// plugin draws all other quotes as decoration spans (`paint: 'outside-caret-block'`).
//
// Why: ProseMirror redraws a decorated text span (new element, selection written back) on every
// keystroke typed inside it, and a reporter types inside quotes all day. Highlights leave the
// block's DOM exactly as bare ProseMirror draws it. Why not highlights everywhere: Chromium
// repaints every highlighted range when any of them changes, so with all of a long story's quotes
// as highlights, a keystroke would repaint every quote on screen. With only the cursor block's
// few quotes as highlights, a keystroke costs what it does in bare ProseMirror, and the spans
// elsewhere do not change at all.
//
// Cost per update: the quotes of one block. Moving the cursor to another block swaps that
// block's quotes between spans and highlights (ProseMirror redraws the two blocks once).
//
// Where the API is missing (`CSS.highlights`), `quoteHighlightsSupported()` is false and the
// quote plugin draws every quote as a span.
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import type { Decoration, EditorView } from 'prosemirror-view';
import { caretBlockRange } from '../editor/plugins';
import { caretBlockQuotes, type QuoteMark, quoteAttributionKey } from '../editor/quote-plugin';

/** The highlight names, one per quote state, plus the quote under review (see quotes.css). */
export const QUOTE_HIGHLIGHTS = ['quote-attributed', 'quote-unattributed', 'quote-ambiguous', 'quote-flagged', 'quote-confirmed', 'quote-current'] as const;

export function quoteHighlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

interface Spec {
  quoteId: string;
  mark: QuoteMark;
}

interface Painted {
  range: Range;
  name: string;
  current: boolean;
}

export const quoteHighlightsKey = new PluginKey('quoteHighlights');

export function quoteHighlights(): Plugin {
  return new Plugin({
    key: quoteHighlightsKey,
    view(view: EditorView) {
      if (!quoteHighlightsSupported()) return {};
      const highlights = CSS.highlights;
      const groups = new Map<string, Highlight>();
      for (const name of QUOTE_HIGHLIGHTS) {
        const h = highlights.get(name) ?? new Highlight();
        // The quote under review paints over its state colour.
        h.priority = name === 'quote-current' ? 1 : 0;
        highlights.set(name, h);
        groups.set(name, h);
      }
      // One entry per decoration; the spec object is stable while the decoration is only mapped.
      const painted = new Map<Spec, Painted>();

      const setBounds = (range: Range, from: number, to: number): boolean => {
        try {
          const a = view.domAtPos(from, 1);
          const b = view.domAtPos(to, -1);
          // A live range follows text typed inside it by itself; setting it again anyway would
          // make the browser repaint every highlight.
          if (range.startContainer === a.node && range.startOffset === a.offset && range.endContainer === b.node && range.endOffset === b.offset) return true;
          range.setStart(a.node, a.offset);
          range.setEnd(b.node, b.offset);
          return true;
        } catch {
          return false;
        }
      };

      const unpaint = (spec: Spec) => {
        const p = painted.get(spec);
        if (!p) return;
        groups.get(p.name)?.delete(p.range);
        if (p.current) groups.get('quote-current')?.delete(p.range);
        painted.delete(spec);
      };

      const paint = (d: Decoration, reviewed: string | null) => {
        const spec = d.spec as Spec;
        const name = `quote-${spec.mark.state}`;
        const isCurrent = spec.quoteId === reviewed;
        let p = painted.get(spec);
        if (p && (p.name !== name || p.current !== isCurrent)) {
          unpaint(spec);
          p = undefined;
        }
        if (!p) {
          const range = new Range();
          if (!setBounds(range, d.from, d.to)) return;
          p = { range, name, current: isCurrent };
          painted.set(spec, p);
          groups.get(name)?.add(range);
          if (isCurrent) groups.get('quote-current')?.add(range);
        } else setBounds(p.range, d.from, d.to);
      };

      /** The cursor block's quotes, no more: spans draw the rest (see the quote plugin's `paint`). */
      const sync = (state: EditorState) => {
        const reviewed = quoteAttributionKey.getState(state)?.current ?? null;
        const fresh = caretBlockQuotes(state);
        const keep = new Set(fresh.map((d) => d.spec as Spec));
        for (const spec of [...painted.keys()]) if (!keep.has(spec)) unpaint(spec);
        for (const d of fresh) paint(d, reviewed);
      };

      sync(view.state);
      return {
        update(v, prev) {
          const s = quoteAttributionKey.getState(v.state);
          if (!s) return;
          // A selection move inside the same block changes nothing here. Any other update with the
          // same text and quotes (another plugin's decorations, the checks' underlines) may have
          // redrawn the block's text nodes under the painted ranges: bounds are set again (a few
          // domAtPos calls; unchanged bounds are left alone).
          if (v.state.doc === prev.doc && s === quoteAttributionKey.getState(prev) && !v.state.selection.eq(prev.selection)) {
            const a = caretBlockRange(v.state);
            const b = caretBlockRange(prev);
            if (a?.from === b?.from && a?.to === b?.to) return;
          }
          sync(v.state);
        },
        destroy() {
          for (const p of painted.values()) {
            groups.get(p.name)?.delete(p.range);
            if (p.current) groups.get('quote-current')?.delete(p.range);
          }
          painted.clear();
        },
      };
    },
  });
}
