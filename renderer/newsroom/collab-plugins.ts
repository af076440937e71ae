import type { Node } from 'prosemirror-model';
import type { Command, EditorState, Plugin, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
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
  /** Whether the shared story has arrived (kept here, or synced): until then the editor shows a readable copy, locked, without these plugins. */
  loaded(): boolean;
  /** Calls `ready` once, when the story arrives; gives a function that stops waiting. */
  whenLoaded(ready: () => void): () => void;
  /**
   * Binds an editor made from a readable copy before the story arrived: its document becomes the
   * story's (only the blocks that differ are replaced), its nodes are the ones the plugin maps,
   * and the plugins above are added.
   */
  bind(view: EditorView): void;
}

/** When the shared story's Y.Doc holds the story (SharedStory's `loaded`). */
export interface StoryArrival {
  now(): boolean;
  onArrival(ready: () => void): () => void;
}

/**
 * The plugins that bind an editor to a shared story's body. Undo is Yjs's: it undoes only what
 * this person typed (changes made through this editor), never what arrived from someone else.
 */
export function collabEditing(
  doc: Y.Doc,
  awareness: Awareness,
  editable: boolean,
  arrival: StoryArrival = { now: () => true, onArrival: () => () => {} },
): CollabEditing {
  const body = storyBody(doc);
  // Filled by initialDoc or bind, when the editor is made or bound: until the plugin has its view it
  // does not follow the story, so a mapping made earlier could name nodes the story no longer has.
  const mapping: Map<Y.AbstractType<unknown>, Node | Node[]> = new Map();
  // Made when first asked for: a story shown from its readable copy binds them only once it has arrived.
  let made: Plugin[] | null = null;
  const plugins = () => {
    made ??= [ySyncPlugin(body, { mapping }), yCursorPlugin(awareness), yUndoPlugin()];
    return made;
  };
  // Undo and redo need the plugins: nothing to undo before the story arrived.
  const whenBound =
    (command: Command): Command =>
    (state, dispatch, view) =>
      !!ySyncPluginKey.getState(state) && command(state, dispatch, view);
  return {
    get plugins() {
      return plugins();
    },
    initialDoc() {
      if (body.length === 0) return null;
      const first = initProseMirrorDoc(body, schema);
      mapping.clear();
      for (const [type, node] of first.mapping) mapping.set(type, node);
      return first.doc;
    },
    loaded: arrival.now,
    whenLoaded: arrival.onArrival,
    bind(view) {
      const first = initProseMirrorDoc(body, schema);
      if (!first.doc.eq(view.state.doc)) {
        // Changed since the copy was read: a change from the story, so only the blocks that differ are replaced.
        view.dispatch(
          view.state.tr
            .replaceWith(0, view.state.doc.content.size, first.doc.content)
            .setMeta(ySyncPluginKey, { isChangeOrigin: true })
            .setMeta('addToHistory', false),
        );
      }
      // The plugin maps each Yjs type to the node the editor shows: the equal nodes made from it are
      // swapped for the editor's own, walking both documents together.
      const own = new Map<Node, Node>();
      const now = view.state.doc;
      if (now.childCount === first.doc.childCount) {
        for (let i = 0; i < now.childCount; i++) pair(first.doc.child(i), now.child(i), own);
      }
      mapping.clear();
      for (const [type, node] of first.mapping) mapping.set(type, Array.isArray(node) ? node.map((n) => own.get(n) ?? n) : (own.get(node) ?? node));
      view.updateState(view.state.reconfigure({ plugins: [...plugins(), ...view.state.plugins] }));
    },
    undo: whenBound(undoCommand),
    redo: whenBound(redoCommand),
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

/** Records `mine` as the editor's node for `made` and each of its descendants, when the two are equal. */
function pair(made: Node, mine: Node, own: Map<Node, Node>): void {
  if (made !== mine && !made.eq(mine)) return;
  const walk = (a: Node, b: Node) => {
    own.set(a, b);
    for (let i = 0; i < a.childCount; i++) walk(a.child(i), b.child(i));
  };
  walk(made, mine);
}
