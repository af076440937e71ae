// The speaker of a highlighted quote, shown in a small tooltip when the pointer rests on the quote
// or the cursor is inside it. Reads the quote plugin's ranges; does no analysis of its own.
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { QUOTE_STATE_LABELS } from '../../shared/article/index';
import { inQuote, type QuoteMark, quoteAt, quoteAttributionKey } from '../editor/quote-plugin';

export const quoteTooltipKey = new PluginKey('quoteTooltip');

let tooltipCount = 0;

export function quoteTooltip(): Plugin {
  const tipId = `quote-tooltip-${++tooltipCount}`;
  return new Plugin({
    key: quoteTooltipKey,
    props: {
      // While the cursor is in a quote, the body's accessible description is that quote's speaker.
      attributes: (state): Record<string, string> => (inQuote(state, state.selection.from) ? { 'aria-describedby': tipId } : {}),
    },
    view(view: EditorView) {
      const tip = document.createElement('div');
      tip.className = 'quote-tooltip';
      tip.setAttribute('role', 'tooltip');
      tip.id = tipId;
      tip.hidden = true;
      const host = view.dom.parentElement ?? document.body;
      host.appendChild(tip);
      let hoverPos: number | null = null;
      // What the tip shows and where it was put: typing inside a quote changes neither, so a
      // keystroke there costs no DOM writes and no layout read.
      let shownKey: string | null = null;
      let placedFor: number | null = null;
      let frame = 0;

      const place = (from: number) => {
        cancelAnimationFrame(frame);
        // Read the layout in the next frame, not in the middle of the keystroke's transaction.
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (tip.hidden || from > view.state.doc.content.size) return;
          const start = view.coordsAtPos(from);
          const box = host.getBoundingClientRect();
          // Kept inside the story's column: near its right edge the tip would widen the page.
          tip.style.left = `${Math.max(0, Math.min(start.left - box.left, box.width - tip.offsetWidth))}px`;
          tip.style.top = `${start.top - box.top - tip.offsetHeight - 6}px`;
          placedFor = from;
        });
      };

      const showQuote = (q: ReturnType<typeof quoteAt>) => {
        if (!q) {
          if (!tip.hidden) tip.hidden = true;
          shownKey = null;
          placedFor = null;
          cancelAnimationFrame(frame);
          return;
        }
        const { mark } = q;
        const key = JSON.stringify([mark.quoteId, mark.speaker, mark.detail ?? null, mark.state, mark.cue ?? null]);
        if (key !== shownKey) {
          shownKey = key;
          placedFor = null;
          tip.replaceChildren();
          const who = document.createElement('strong');
          who.textContent = mark.speaker ?? 'Unattributed';
          tip.appendChild(who);
          if (mark.detail) {
            const d = document.createElement('span');
            d.textContent = mark.detail;
            tip.appendChild(d);
          }
          const st = document.createElement('span');
          st.className = `quote-tooltip-state quote-tooltip-${mark.state}`;
          st.textContent = QUOTE_STATE_LABELS[mark.state] + (mark.cue ? ` · cue: ${mark.cue}` : '');
          tip.appendChild(st);
        }
        if (tip.hidden) tip.hidden = false;
        // The quote's start only moves when text before it changes (its position changes then).
        if (placedFor !== q.from) place(q.from);
      };

      const show = (pos: number | null) => showQuote(pos === null ? null : quoteAt(view.state, pos));

      // Hover: the quote under the pointer, looked up at most once a frame (quotes are drawn as
      // CSS highlights or spans; either way the plugin's ranges say where they are).
      let pointer: { x: number; y: number } | null = null;
      let hoverFrame = 0;
      const hover = () => {
        hoverFrame = 0;
        if (!pointer) return;
        const found = view.posAtCoords({ left: pointer.x, top: pointer.y });
        const pos = found && found.inside >= 0 ? found.pos : null;
        const q = pos === null ? null : quoteAt(view.state, pos);
        if (q) {
          hoverPos = pos;
          showQuote(q);
        } else if (hoverPos !== null) {
          hoverPos = null;
          showForSelection();
        }
      };
      const onMove = (e: MouseEvent) => {
        pointer = { x: e.clientX, y: e.clientY };
        if (!hoverFrame) hoverFrame = requestAnimationFrame(hover);
      };
      const onLeave = () => {
        pointer = null;
        if (hoverPos === null) return;
        hoverPos = null;
        showForSelection();
      };
      const showForSelection = () => {
        const sel = view.state.selection;
        show(view.hasFocus() ? sel.from : null);
      };
      view.dom.addEventListener('mousemove', onMove);
      view.dom.addEventListener('mouseleave', onLeave);
      const onBlur = () => {
        if (hoverPos === null) show(null);
      };
      view.dom.addEventListener('blur', onBlur);

      return {
        update(v, prev) {
          if (hoverPos !== null) return;
          if (v.state.selection.eq(prev.selection) && v.state.doc === prev.doc && quoteAttributionKey.getState(v.state) === quoteAttributionKey.getState(prev))
            return;
          showForSelection();
        },
        destroy() {
          cancelAnimationFrame(frame);
          cancelAnimationFrame(hoverFrame);
          view.dom.removeEventListener('mousemove', onMove);
          view.dom.removeEventListener('mouseleave', onLeave);
          view.dom.removeEventListener('blur', onBlur);
          tip.remove();
        },
      };
    },
  });
}
