import type { Node } from 'prosemirror-model';
import { type EditorState, NodeSelection, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import type { EditorView } from 'prosemirror-view';
import { type PhotoCheck, photoChecks, sameChecks } from '../../shared/photos';

const checksKey = new PluginKey<PhotoCheck[]>('photoChecks');
const NONE: PhotoCheck[] = [];

/**
 * The photo checks as plugin state. Recomputed only when the document changes, from photo
 * nodes only (cached per block), and the previous list object is kept while it says the same
 * thing — so the Checks panel, which reads it through useSyncExternalStore, does not re-render
 * on a keystroke in a paragraph.
 */
export function photoChecksPlugin(): Plugin<PhotoCheck[]> {
  return new Plugin<PhotoCheck[]>({
    key: checksKey,
    state: {
      init: (_, state) => photoChecks(state.doc),
      apply(tr, prev, _old, state) {
        if (!tr.docChanged || !touchesPhotos(tr)) return prev;
        const next = photoChecks(state.doc);
        return sameChecks(prev, next) ? prev : next;
      },
    },
  });
}

const hasPhoto = (node: Node) => node.type.name === 'photo';

/**
 * Whether a transaction may change what the checks say: it replaced a range holding a photo,
 * inserted one, or changed a node's attributes. Typing in a paragraph does none of these, so a
 * keystroke costs the size of the edit here, not a walk over the story's blocks.
 */
function touchesPhotos(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep)) return true;
    let found = false;
    const look = (node: Node) => {
      if (hasPhoto(node)) found = true;
      return !found && !node.isTextblock;
    };
    if (step.from < step.to) tr.docs[i]!.nodesBetween(step.from, step.to, look);
    if (!found) step.slice.content.descendants(look);
    return found;
  });
}

export function checksOf(state: EditorState | null): PhotoCheck[] {
  return (state && checksKey.getState(state)) || NONE;
}

const FIELD_FOR: Record<PhotoCheck['kind'], string> = { 'no-alt': 'Alt text', 'no-credit': 'Credit', placeholder: 'Attach photo' };

/** Selects the photo a check is about, scrolls to it and puts the cursor in the field to fill. */
export function goToCheck(view: EditorView, check: PhotoCheck) {
  // Positions in the list may be stale (typing above a photo moves it); look it up again.
  const fresh = photoChecks(view.state.doc).find((c) => c.photo === check.photo) ?? check;
  const node = view.state.doc.nodeAt(fresh.pos);
  if (node?.type.name !== 'photo') return;
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, fresh.pos)));
  const figure = view.nodeDOM(fresh.pos);
  if (!(figure instanceof HTMLElement)) return;
  figure.scrollIntoView({ block: 'center' });
  const wanted = FIELD_FOR[check.kind];
  const target =
    [...figure.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find((el) => el.labels?.[0]?.textContent === wanted) ??
    [...figure.querySelectorAll<HTMLElement>('button')].find((el) => el.textContent === wanted);
  target?.focus();
}
