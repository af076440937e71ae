import type { Node } from 'prosemirror-model';
import { type EditorState, NodeSelection, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { insertPoint } from 'prosemirror-transform';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { type ImportedPhoto, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../../shared/contract';
import { photoAttrsFromImport } from '../../shared/photos';
import { schema } from '../../shared/schema';

/**
 * Putting photos into the story: by the Insert photo button, a placeholder's Attach photo
 * button, drag and drop, or paste. The file goes to the host (which copies it into the
 * library's media folder and reads its metadata); only when that succeeds does the document
 * change, so a refused file leaves the article exactly as it was.
 *
 * While a photo is being imported its destination is tracked by a decoration, which maps
 * through whatever the reporter types meanwhile (the upload pattern from ProseMirror's examples).
 */

/** Fill the placeholder photo at `fill`, or add a new photo near `at`. */
export type PhotoTarget = { fill: number } | { at: number };

interface PendingSpec {
  pendingPhoto: object;
}

type PendingAction = { add: { id: object; target: PhotoTarget } } | { remove: object };

const pendingKey = new PluginKey<DecorationSet>('photoPending');

export interface PhotoInserterOptions {
  importPhoto(input: { fileName: string; data: string }): Promise<ImportedPhoto>;
  /** A photo could not be added: say why, in the app's notice area. */
  onRefused(message: string): void;
  /** The view photos go into (the open article's). */
  view(): EditorView | null;
}

export function isPlaceholder(node: Node | null | undefined): boolean {
  return !!node && node.type === schema.nodes.photo && !node.attrs.src;
}

/** A block position at or near `pos` where a photo can go, preferring not to split a sentence. */
export function photoInsertPos(doc: Node, pos: number): number {
  const type = schema.nodes.photo;
  const direct = insertPoint(doc, pos, type);
  if (direct !== null) return direct;
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) {
    const after = $pos.after(d);
    const point = insertPoint(doc, after, type);
    if (point !== null) return point;
  }
  return doc.content.size;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function fileLabel(file: File): string {
  return file.name ? `The file “${file.name}”` : 'The pasted image';
}

export class PhotoInserter {
  private input: HTMLInputElement | null = null;
  private pickTarget: PhotoTarget | null = null;

  constructor(private readonly options: PhotoInserterOptions) {}

  /** The hidden file input the Insert photo button and Attach photo use. */
  setFileInput = (input: HTMLInputElement | null) => {
    this.input = input;
  };

  /** Opens the file dialog; the chosen files go to `target`, or to the cursor. */
  pick(target: PhotoTarget | null = null) {
    this.pickTarget = target;
    if (!this.input) return;
    this.input.value = '';
    this.input.click();
  }

  /** The file input's change handler. */
  onFilesChosen = (files: FileList | null) => {
    const view = this.options.view();
    const list = files ? [...files] : [];
    const target = this.pickTarget;
    this.pickTarget = null;
    if (view && list.length) void this.insertFiles(view, list, target);
  };

  /** Imports the files one after another; the first fills a placeholder target, the rest follow it. */
  async insertFiles(view: EditorView, files: File[], target: PhotoTarget | null): Promise<void> {
    let next: PhotoTarget = this.validTarget(view.state, target);
    for (const file of files) {
      const placed = await this.insertOne(view, file, next);
      if (placed === null) return;
      next = { at: placed };
    }
  }

  private validTarget(state: EditorState, target: PhotoTarget | null): PhotoTarget {
    if (target && 'fill' in target && isPlaceholder(state.doc.nodeAt(target.fill))) return target;
    const sel = state.selection;
    if (sel instanceof NodeSelection && isPlaceholder(sel.node)) return { fill: sel.from };
    const at = target && 'at' in target ? target.at : sel.from;
    return { at: photoInsertPos(state.doc, Math.min(at, state.doc.content.size)) };
  }

  /** Returns the position just after the placed photo, or null when it was refused. */
  private async insertOne(view: EditorView, file: File, target: PhotoTarget): Promise<number | null> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.options.onRefused(
        `${fileLabel(file)} is ${Math.round(file.size / (1024 * 1024))} MB, which is too big to insert. Copydesk takes photos up to ${MAX_UPLOAD_MB} MB; ask the photo desk for a smaller version.`,
      );
      return null;
    }
    const id = {};
    view.dispatch(view.state.tr.setMeta(pendingKey, { add: { id, target } } satisfies PendingAction).setMeta('addToHistory', false));
    let imported: ImportedPhoto;
    try {
      let data: string;
      try {
        data = await readAsBase64(file);
      } catch {
        throw new Error(`${fileLabel(file)} could not be read. It may have been moved, or the drive it is on is not connected.`);
      }
      imported = await this.options.importPhoto({ fileName: file.name || 'pasted-image', data });
    } catch (e) {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(pendingKey, { remove: id } satisfies PendingAction).setMeta('addToHistory', false));
      this.options.onRefused(e instanceof Error ? e.message : String(e));
      return null;
    }
    // The reporter switched stories meanwhile: the photo is in the library, the article untouched.
    if (view.isDestroyed) return null;
    const found = pendingKey.getState(view.state)?.find(undefined, undefined, (spec) => (spec as PendingSpec).pendingPhoto === id)[0];
    const tr = view.state.tr.setMeta(pendingKey, { remove: id } satisfies PendingAction);
    if (!found) {
      view.dispatch(tr.setMeta('addToHistory', false));
      return null;
    }
    const placeholder = 'fill' in target ? tr.doc.nodeAt(found.from) : null;
    let photoPos: number;
    if (placeholder && isPlaceholder(placeholder)) {
      photoPos = found.from;
      tr.setNodeMarkup(photoPos, undefined, { ...placeholder.attrs, ...photoAttrsFromImport(imported, placeholder.attrs) });
    } else {
      photoPos = photoInsertPos(tr.doc, found.from);
      tr.insert(photoPos, schema.nodes.photo.create(photoAttrsFromImport(imported)));
    }
    view.dispatch(tr);
    const dom = view.nodeDOM(photoPos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'nearest' });
    return photoPos + (view.state.doc.nodeAt(photoPos)?.nodeSize ?? 1);
  }

  /** Tracks pending photos, and takes dropped and pasted files. */
  plugin(): Plugin {
    return new Plugin<DecorationSet>({
      key: pendingKey,
      state: {
        init: () => DecorationSet.empty,
        apply(tr: Transaction, set: DecorationSet) {
          set = set.map(tr.mapping, tr.doc);
          const action = tr.getMeta(pendingKey) as PendingAction | undefined;
          if (action && 'add' in action) {
            const { id, target } = action.add;
            const spec: PendingSpec = { pendingPhoto: id };
            const node = 'fill' in target ? tr.doc.nodeAt(target.fill) : null;
            const deco =
              'fill' in target && node
                ? Decoration.node(target.fill, target.fill + node.nodeSize, { class: 'photo-importing' }, spec)
                : Decoration.widget('at' in target ? target.at : 0, pendingWidget, { ...spec, side: -1 });
            set = set.add(tr.doc, [deco]);
          } else if (action && 'remove' in action) {
            set = set.remove(set.find(undefined, undefined, (spec) => (spec as PendingSpec).pendingPhoto === action.remove));
          }
          return set;
        },
      },
      props: {
        decorations: (state) => pendingKey.getState(state),
        handlePaste: (view, event) => {
          const files = [...(event.clipboardData?.files ?? [])];
          if (!files.length) return false;
          void this.insertFiles(view, files, null);
          return true;
        },
        handleDOMEvents: {
          dragover: (view, event) => {
            if (!hasFiles(event)) return false;
            event.preventDefault();
            markDropTarget(view, event.target);
            return true;
          },
          dragleave: (view) => {
            markDropTarget(view, null);
            return false;
          },
          drop: (view, event) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            markDropTarget(view, null);
            if (!files.length) return false;
            event.preventDefault();
            void this.insertFiles(view, files, dropTarget(view, event));
            return true;
          },
        },
      },
    });
  }
}

function hasFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');
}

function pendingWidget(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'photo-pending';
  el.setAttribute('role', 'status');
  el.textContent = 'Adding photo…';
  return el;
}

/** The placeholder under the pointer is filled; anywhere else a new photo goes where it was dropped. */
function dropTarget(view: EditorView, event: DragEvent): PhotoTarget | null {
  const figure = event.target instanceof Element ? event.target.closest('figure') : null;
  if (figure) {
    const pos = photoPosOfDom(view, figure);
    if (pos !== null) return isPlaceholder(view.state.doc.nodeAt(pos)) ? { fill: pos } : { at: pos + 1 };
  }
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!at) return null;
  if (at.inside >= 0 && isPlaceholder(view.state.doc.nodeAt(at.inside))) return { fill: at.inside };
  return { at: at.pos };
}

function photoPosOfDom(view: EditorView, dom: Element): number | null {
  let found: number | null = null;
  view.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type === schema.nodes.photo && view.nodeDOM(pos) === dom) found = pos;
    return !node.isTextblock;
  });
  return found;
}

function markDropTarget(view: EditorView, target: EventTarget | null) {
  const figure = target instanceof Element ? target.closest('figure.photo-placeholder') : null;
  for (const el of view.dom.querySelectorAll('.photo-drop-target')) if (el !== figure) el.classList.remove('photo-drop-target');
  figure?.classList.add('photo-drop-target');
}
