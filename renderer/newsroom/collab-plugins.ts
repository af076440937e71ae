import type { Command, EditorState, Plugin, Transaction } from 'prosemirror-state';
import { redoCommand, undoCommand, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { storyBody } from '../../shared/newsroom/story-doc';
import { minimalRemoteReplace } from './remote-replace';

/** What the editor of a shared story takes in place of its own history: the Yjs binding, cursors and per-person undo. */
export interface CollabEditing {
  /** ySyncPlugin, yCursorPlugin, yUndoPlugin: they go before every other plugin. Undo and redo are bound to Mod-z, Shift-Mod-z and Mod-y in the editing keymap. */
  plugins: Plugin[];
  undo: Command;
  redo: Command;
  /** Viewers: the story is shown, never changed. */
  editable: boolean;
  /** Applied to every transaction first: a remote change replaces only the blocks it changed (remote-replace.ts). */
  transform(tr: Transaction, state: EditorState): Transaction;
}

/**
 * The plugins that bind an editor to a shared story's body. Undo is Yjs's: it undoes only what
 * this person typed (changes made through this editor), never what arrived from someone else.
 */
export function collabEditing(doc: Y.Doc, awareness: Awareness, editable: boolean): CollabEditing {
  return {
    plugins: [ySyncPlugin(storyBody(doc)), yCursorPlugin(awareness), yUndoPlugin()],
    undo: undoCommand,
    redo: redoCommand,
    editable,
    // A viewer's toolbar buttons and commands dispatch too (only typing is stopped by `editable`):
    // their changes are dropped here, before they reach the story or anyone else.
    transform: editable ? minimalRemoteReplace : (tr, state) => (tr.docChanged && !isRemote(tr) ? state.tr : minimalRemoteReplace(tr, state)),
  };
}

/** A change that came from the shared story (someone else's, or the first render), not from this editor. */
export function isRemote(tr: Transaction): boolean {
  return !!(tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
}
