const MAC = typeof navigator !== 'undefined' && /Mac|iP(?:hone|[oa]d)/.test(navigator.platform);

/** Editing ⇄ Suggesting: Ctrl+Shift+E, Word's key for Track Changes. */
export const MODE_SHORTCUT = MAC
  ? { aria: 'Meta+Shift+E', label: '⌘⇧E', key: 'Mod-Shift-e' }
  : { aria: 'Control+Shift+E', label: 'Ctrl+Shift+E', key: 'Mod-Shift-e' };

/** Add note: Ctrl+Alt+M (⌘⌥M), as in Word and Google Docs. */
export const NOTE_SHORTCUT = MAC ? { aria: 'Meta+Alt+M', label: '⌘⌥M' } : { aria: 'Control+Alt+M', label: 'Ctrl+Alt+M' };

/** Whether a key event is one of the two (the editor and the window both listen). */
export function changesShortcut(e: KeyboardEvent): 'mode' | 'note' | null {
  const mod = MAC ? e.metaKey : e.ctrlKey;
  if (!mod) return null;
  const key = e.key.toLowerCase();
  // Alt+M types "µ" on a Mac keyboard: the physical key decides.
  if (e.altKey && !e.shiftKey && (key === 'm' || e.code === 'KeyM')) return 'note';
  if (e.shiftKey && !e.altKey && (key === 'e' || e.code === 'KeyE')) return 'mode';
  return null;
}
