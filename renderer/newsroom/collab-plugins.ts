import type { Node } from 'prosemirror-model';
import type { Command, EditorState, Plugin, Transaction } from 'prosemirror-state';
import { initProseMirrorDoc, redoCommand, undoCommand, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { storyBody } from '../../shared/newsroom/story-doc';
import { schema } from '../../shared/schema';
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
  /**
   * The editor's first document, made from the shared story as the editor is created (null while
   * the story is empty). Its nodes are the ones ySyncPlugin maps to the story's Yjs types, so the
   * plugin does not build the whole story a second time and replace the document with it.
   */
  initialDoc(): Node | null;
}

/**
 * The plugins that bind an editor to a shared story's body. Undo is Yjs's: it undoes only what
 * this person typed (changes made through this editor), never what arrived from someone else.
 */
export function collabEditing(doc: Y.Doc, awareness: Awareness, editable: boolean): CollabEditing {
  const body = storyBody(doc);
  // Filled by initialDoc, when the editor is made: until the plugin has its view it does not follow
  // the story, so a mapping made earlier could name nodes the story no longer has.
  const mapping = new Map();
  return {
    plugins: [ySyncPlugin(body, { mapping }), yCursorPlugin(awareness), yUndoPlugin()],
    initialDoc() {
      if (body.length === 0) return null;
      const first = initProseMirrorDoc(body, schema);
      mapping.clear();
      for (const [type, node] of first.mapping) mapping.set(type, node);
      return first.doc;
    },
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
