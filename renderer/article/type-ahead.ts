import { smartenAt } from './typography';

/**
 * Keys typed before the field they are meant for exists. A reporter presses New article and starts
 * the headline at once; the story takes a moment to be created and opened, and until then the
 * keys would land on the button (a space pressing it again) and be lost. While held, printable
 * keys and Backspace are kept here instead (with the headline's typographic quotes and dashes),
 * and `release` hands back what was typed, for the field once it is there.
 */
export interface HeldKeys {
  /** Stops holding; the text typed meanwhile. */
  release(): string;
}

export function holdTypedKeys(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): HeldKeys {
  let text = '';
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    // A key typed into a field that has the focus (a dialog's) is that field's.
    const t = e.target as { isContentEditable?: boolean; tagName?: string } | null;
    if (t && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    if (Array.from(e.key).length === 1) text = smartenAt(text + e.key, text.length + e.key.length).value;
    else if (e.key === 'Backspace') text = Array.from(text).slice(0, -1).join('');
    else if (e.key !== 'Enter') return;
    e.preventDefault();
    e.stopPropagation();
  };
  target.addEventListener('keydown', onKey, { capture: true });
  return {
    release() {
      target.removeEventListener('keydown', onKey, { capture: true });
      const typed = text;
      text = '';
      return typed;
    },
  };
}
