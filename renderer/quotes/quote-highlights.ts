// Paints the quote plugin's ranges with the CSS Custom Highlight API instead of wrapping each
// quote in a decoration span.
//
// Why: ProseMirror redraws a decorated text span (new element, selection written back) on every
// keystroke typed inside it, and a reporter types inside quotes all day. Highlights leave the
// story's DOM exactly as bare ProseMirror draws it; the browser paints the ranges.
//
// Cost per keystroke: the doc ranges that changed (found by node identity, so untouched blocks
// are skipped without being read) and the quotes in them get their Range boundaries set again.
// Everything else keeps its live Range. A new analysis (after typing pauses) diffs all quotes.
//
// Where the API is missing (`CSS.highlights`), `quoteHighlightsSupported()` is false and the quote
// plugin draws its decorations as spans instead (see `quoteAttribution({ paint })`).
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import type { Decoration, EditorView } from 'prosemirror-view';
import type { QuoteMark } from '../editor/quote-plugin';
import { quoteAttributionKey } from '../editor/quote-plugin';

/** The highlight names, one per quote state, plus the quote under review (see quotes.css). */
export const QUOTE_HIGHLIGHTS = ['quote-attributed', 'quote-unattributed', 'quote-ambiguous', 'quote-flagged', 'quote-confirmed', 'quote-current'] as const;

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): unknown;
  clear(): void;
  priority: number;
}
interface HighlightRegistryLike {
  set(name: string, h: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): unknown;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

function registry(): { highlights: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight ? { highlights: g.CSS.highlights, Highlight: g.Highlight } : null;
}

export function quoteHighlightsSupported(): boolean {
  return registry() !== null;
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

/** The doc range [from, to) of `b` that differs from `a` (null: same doc). Skips shared nodes. */
function changedRange(a: Node, b: Node): { from: number; to: number; oldFrom: number; oldTo: number } | null {
  const start = a.content.findDiffStart(b.content);
  if (start == null) return null;
  const end = a.content.findDiffEnd(b.content) ?? { a: a.content.size, b: b.content.size };
  // findDiffEnd can overlap findDiffStart when the edit repeats text; widen to a sane range.
  const oldTo = Math.max(end.a, start);
  const to = Math.max(end.b, start);
  return { from: start, to, oldFrom: start, oldTo };
}

/** The textblock bounds around [from, to] in `doc`: ranges are redrawn a paragraph at a time. */
function blockBounds(doc: Node, from: number, to: number): { from: number; to: number } {
  const size = doc.content.size;
  const $from = doc.resolve(Math.max(0, Math.min(from, size)));
  const $to = doc.resolve(Math.max(0, Math.min(to, size)));
  return { from: $from.depth > 0 ? $from.start(1) - 1 : from, to: $to.depth > 0 ? $to.end(1) + 1 : to };
}

export function quoteHighlights(): Plugin {
  return new Plugin({
    key: quoteHighlightsKey,
    view(view: EditorView) {
      const reg = registry();
      if (!reg) return {};
      const { highlights, Highlight } = reg;
      const groups = new Map<string, HighlightLike>();
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

      /** All quotes: after an analysis, a review step, or a new document. */
      const repaintAll = (state: EditorState) => {
        const s = quoteAttributionKey.getState(state);
        const all = s?.decorations.find() ?? [];
        const keep = new Set(all.map((d) => d.spec as Spec));
        for (const spec of [...painted.keys()]) if (!keep.has(spec)) unpaint(spec);
        for (const d of all) paint(d, s?.current ?? null);
      };

      /** Only the paragraphs an edit touched: their quotes get fresh boundaries. */
      const repaintChanged = (state: EditorState, prev: EditorState) => {
        const s = quoteAttributionKey.getState(state);
        const ps = quoteAttributionKey.getState(prev);
        if (!s) return;
        const r = changedRange(prev.doc, state.doc);
        if (!r) return;
        const now = blockBounds(state.doc, r.from, r.to);
        const before = blockBounds(prev.doc, r.oldFrom, r.oldTo);
        const fresh = s.decorations.find(now.from, now.to);
        const keep = new Set(fresh.map((d) => d.spec as Spec));
        for (const d of ps?.decorations.find(before.from, before.to) ?? []) {
          if (!keep.has(d.spec as Spec)) unpaint(d.spec as Spec);
        }
        for (const d of fresh) paint(d, s.current);
      };

      repaintAll(view.state);
      return {
        update(v, prev) {
          const s = quoteAttributionKey.getState(v.state);
          const ps = quoteAttributionKey.getState(prev);
          if (!s) return;
          // Typing: the quote state was only mapped through the edit.
          const onlyMapped = !!ps && s.analysis === ps.analysis && s.current === ps.current && s.refresh === ps.refresh;
          if (onlyMapped && v.state.doc !== prev.doc && painted.size > 0) repaintChanged(v.state, prev);
          // A new analysis or review step, or a new document: every range is set again, which also
          // heals any range a redraw elsewhere left behind.
          else if (!onlyMapped || s.decorations !== ps.decorations || v.state.doc !== prev.doc) repaintAll(v.state);
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
