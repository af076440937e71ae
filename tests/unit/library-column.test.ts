import { describe, expect, it } from 'vitest';
import {
  isLibraryShortcut,
  LIBRARY_PREFERENCE_KEY,
  type LibraryAction,
  type LibraryColumn,
  libraryMode,
  nextLibraryColumn,
  readShownBeside,
  writeShownBeside,
} from '../../renderer/desk/library-column';

const start: LibraryColumn = { shownBeside: true, openOver: false };
const run = (...actions: LibraryAction[]) => actions.reduce(nextLibraryColumn, start);
const wide = { beside: true, storyOpen: true };
const narrow = { beside: false, storyOpen: true };
const toggleWide: LibraryAction = { toggle: { beside: true } };
const toggleNarrow: LibraryAction = { toggle: { beside: false } };

describe('the library column', () => {
  it('stands beside the story on a wide window; the Library button puts it away and brings it back', () => {
    expect(libraryMode(run(), wide)).toBe('beside');
    expect(libraryMode(run(toggleWide), wide)).toBe('closed');
    expect(libraryMode(run(toggleWide, toggleWide), wide)).toBe('beside');
  });

  it('is a drawer on a narrower window: closed when a story opens, open for a moment, closed again', () => {
    expect(libraryMode(run(), narrow)).toBe('closed');
    expect(libraryMode(run(toggleNarrow), narrow)).toBe('over');
    expect(libraryMode(run(toggleNarrow, toggleNarrow), narrow)).toBe('closed');
    expect(libraryMode(run(toggleNarrow, { closeDrawer: true }), narrow)).toBe('closed');
  });

  it('the drawer does not change what a wide window shows, nor a wide window’s choice the drawer', () => {
    expect(libraryMode(run(toggleNarrow), wide)).toBe('beside');
    expect(libraryMode(run(toggleWide), narrow)).toBe('closed');
    expect(libraryMode(run(toggleWide, toggleNarrow), narrow)).toBe('over');
    expect(run(toggleWide, { closeDrawer: true })).toEqual({ shownBeside: false, openOver: false });
  });

  it('with no story open, the library is shown beside the empty page at any width', () => {
    expect(libraryMode(run(toggleWide), { beside: true, storyOpen: false })).toBe('beside');
    expect(libraryMode(run(), { beside: false, storyOpen: false })).toBe('beside');
  });

  it('remembers whether it was put away; an empty or failing store means shown', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readShownBeside(storage)).toBe(true);
    writeShownBeside(storage, false);
    expect(store.get(LIBRARY_PREFERENCE_KEY)).toBe('hidden');
    expect(readShownBeside(storage)).toBe(false);
    writeShownBeside(storage, true);
    expect(readShownBeside(storage)).toBe(true);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readShownBeside(broken)).toBe(true);
    expect(() => writeShownBeside(broken, false)).not.toThrow();
    expect(readShownBeside(null)).toBe(true);
  });

  it('Ctrl+\\ or Cmd+\\ toggles it, by the key or by its place; other keys do not', () => {
    const key = (over: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });
    expect(isLibraryShortcut(key({ key: '\\', code: 'Backslash', ctrlKey: true }))).toBe(true);
    expect(isLibraryShortcut(key({ key: '\\', code: 'Backslash', metaKey: true }))).toBe(true);
    expect(isLibraryShortcut(key({ key: '#', code: 'Backslash', ctrlKey: true }))).toBe(true);
    expect(isLibraryShortcut(key({ key: '\\', code: 'Backslash' }))).toBe(false);
    expect(isLibraryShortcut(key({ key: '|', code: 'Backslash', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLibraryShortcut(key({ key: 'b', code: 'KeyB', ctrlKey: true }))).toBe(false);
  });
});
