import { baseKeymap, splitBlock } from 'prosemirror-commands';
import type { EditorView } from 'prosemirror-view';
import { smartenAt } from '../article/typography';

/** What was typed into a story before it could take it: text, a new paragraph, or a Backspace past the text typed. */
type HeldKey = { text: string } | 'enter' | 'backspace';

export interface HeldStoryKeys {
  /** Stops holding and types what was held where the person put the cursor (call once the view is editable). */
  release(): void;
  /** Stops holding and drops what was held (the story closed before it could take it). */
  stop(): void;
}

/**
 * Keys typed into a story that is on screen but cannot take them yet (a shared story shown from its
 * readable copy while its state is on the way). The person clicked into it and typed: the words
 * are kept here, and typed where they clicked once the story is theirs, rather than lost.
 * Only plain typing, Enter and Backspace with the selection in the story are held; shortcuts and
 * keys meant for a field or a dialog go where they always go.
 */
export function holdStoryKeys(view: EditorView, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): HeldStoryKeys {
  const held: HeldKey[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (view.editable || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const t = e.target as { isContentEditable?: boolean; tagName?: string } | null;
    if (t && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.tagName === 'BUTTON')) return;
    const anchor = view.dom.ownerDocument.getSelection()?.anchorNode;
    if (!anchor || !view.dom.contains(anchor)) return;
    const last = held[held.length - 1];
    if (Array.from(e.key).length === 1) {
      if (last && typeof last === 'object') last.text = smartenAt(last.text + e.key, last.text.length + e.key.length).value;
      else held.push({ text: e.key });
    } else if (e.key === 'Backspace') {
      if (last && typeof last === 'object' && last.text) last.text = Array.from(last.text).slice(0, -1).join('');
      else held.push('backspace');
    } else if (e.key === 'Enter') held.push('enter');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  target.addEventListener('keydown', onKey, { capture: true });
  const stop = () => target.removeEventListener('keydown', onKey, { capture: true });
  return {
    stop() {
      stop();
      held.length = 0;
    },
    release() {
      stop();
      if (held.length === 0 || view.isDestroyed || !view.editable) return;
      view.focus();
      for (const key of held.splice(0)) {
        if (key === 'enter') splitBlock(view.state, view.dispatch);
        else if (key === 'backspace') baseKeymap.Backspace?.(view.state, view.dispatch, view);
        else if (key.text) view.dispatch(view.state.tr.insertText(key.text).scrollIntoView());
      }
    },
  };
}
