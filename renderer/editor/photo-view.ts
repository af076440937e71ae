import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import { mediaArrivals, mediaHeld, whenMediaArrives } from '../photos/media-arrivals';

export interface PhotoViewOptions {
  /** Whether a field's edits reach the story when the field is left rather than per keystroke (Suggesting mode). */
  commitOnLeave?(): boolean;
  /** The URL the editor shows for a library-relative media path. */
  mediaUrl(src: string): string;
  /** The reporter asked to attach an image to the placeholder at `pos`. */
  onAttach?(pos: number): void;
}

type PhotoField = 'caption' | 'credit' | 'alt' | 'rights';
const FIELDS: { key: PhotoField; label: string; placeholder: string; multiline: boolean }[] = [
  { key: 'caption', label: 'Caption', placeholder: 'What the photo shows, who, where, when', multiline: true },
  { key: 'credit', label: 'Credit', placeholder: 'Photographer / Agency', multiline: false },
  { key: 'alt', label: 'Alt text', placeholder: 'Describe the image for readers who cannot see it', multiline: true },
  { key: 'rights', label: 'Rights', placeholder: 'Usage or copyright note', multiline: false },
];

let idCounter = 0;

/**
 * A photo in the story: the image (a preview, never the full-size original) with caption,
 * credit, alt text and rights edited in place beside it. An empty photo is the placeholder a
 * wire story's PHOTO marker leaves: it invites the reporter to attach an image.
 */
export class PhotoView implements NodeView {
  dom: HTMLElement;
  private node: Node;
  private readonly media: HTMLElement;
  private readonly inputs = new Map<PhotoField, HTMLInputElement | HTMLTextAreaElement>();
  /** Set while the image could not be loaded: drawn again when the photo reaches the library. */
  private stopWaiting: (() => void) | null = null;

  constructor(
    node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly options: PhotoViewOptions,
  ) {
    this.node = node;
    this.dom = document.createElement('figure');
    this.dom.className = 'photo';
    this.media = document.createElement('div');
    this.media.className = 'photo-media';
    this.media.contentEditable = 'false';
    const fields = document.createElement('div');
    fields.className = 'photo-fields';
    fields.contentEditable = 'false';
    const uid = ++idCounter;
    for (const f of FIELDS) {
      const label = document.createElement('label');
      label.className = `photo-field photo-field-${f.key}`;
      const id = `photo-${uid}-${f.key}`;
      label.htmlFor = id;
      label.textContent = f.label;
      const input = f.multiline ? document.createElement('textarea') : document.createElement('input');
      input.id = id;
      input.placeholder = f.placeholder;
      input.spellcheck = f.key !== 'credit';
      if (input instanceof HTMLTextAreaElement) input.rows = f.key === 'caption' ? 2 : 1;
      // In Suggesting mode a field's edit is one suggestion, made when the field is left: a
      // suggestion per keystroke would rewrap the photo (its change mark) under the cursor.
      input.addEventListener('input', () => {
        if (!this.options.commitOnLeave?.()) this.setAttr(f.key, input.value);
      });
      input.addEventListener('change', () => this.setAttr(f.key, input.value));
      this.inputs.set(f.key, input);
      const wrap = document.createElement('div');
      wrap.className = 'photo-field-row';
      wrap.append(label, input);
      fields.append(wrap);
    }
    this.dom.append(this.media, fields);
    this.render();
  }

  private setAttr(key: PhotoField, value: string) {
    const pos = this.getPos();
    if (pos === undefined || this.node.attrs[key] === value) return;
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, key, value));
  }

  private render() {
    const { src, preview, alt, width, height } = this.node.attrs;
    this.dom.classList.toggle('photo-placeholder', !src);
    this.dom.setAttribute('aria-label', src ? 'Photo' : 'Photo to come');
    this.media.replaceChildren();
    this.stopWaiting?.();
    this.stopWaiting = null;
    if (src) {
      const img = document.createElement('img');
      // A photo that reached the library after this image was asked for is drawn again (a shared
      // story's, fetched from the newsroom: media-arrivals.ts).
      const asked = mediaArrivals(src);
      img.addEventListener(
        'error',
        () => {
          if (this.node.attrs.src !== src || this.stopWaiting || !img.isConnected) return;
          if (mediaArrivals(src) > asked) return this.render();
          // A shared story's photo this computer does not have yet, being fetched from the
          // newsroom (media-arrivals.ts): its room is kept, saying so, until it arrives.
          if (mediaHeld(src)) img.replaceWith(arrivingBox(width, height));
          this.stopWaiting = whenMediaArrives(src, () => this.render());
        },
        { once: true },
      );
      img.src = this.options.mediaUrl(preview || src);
      img.alt = alt;
      if (width && height) {
        img.width = width;
        img.height = height;
      }
      img.draggable = false;
      this.media.append(img);
    } else {
      const box = document.createElement('div');
      box.className = 'photo-placeholder-box';
      const title = document.createElement('strong');
      title.textContent = 'Photo to come';
      const hint = document.createElement('span');
      hint.textContent = 'The wire marked this story PHOTO. Attach the image, or drop it here.';
      box.append(title, hint);
      if (this.options.onAttach) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Attach photo';
        button.addEventListener('click', () => {
          const pos = this.getPos();
          if (pos !== undefined) this.options.onAttach?.(pos);
        });
        box.append(button);
      }
      this.media.append(box);
    }
    for (const [key, input] of this.inputs) {
      const value = this.node.attrs[key] as string;
      if (input.value !== value) input.value = value;
    }
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    const prev = this.node;
    this.node = node;
    if (prev.attrs.src !== node.attrs.src || prev.attrs.preview !== node.attrs.preview) this.render();
    else {
      // Alt text changes per keystroke: update the image in place rather than rebuilding it.
      const img = this.media.querySelector('img');
      if (img && img.alt !== node.attrs.alt) img.alt = node.attrs.alt;
      for (const [key, input] of this.inputs) {
        const value = node.attrs[key] as string;
        // A field being typed in that reaches the story only when left keeps what is typed.
        const typing = document.activeElement === input && this.options.commitOnLeave?.();
        if (input.value !== value && !typing) input.value = value;
      }
    }
    return true;
  }

  /** Typing in the photo's fields belongs to the fields, not to the story text. */
  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement | null;
    return !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON');
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.stopWaiting?.();
    this.stopWaiting = null;
  }
}

/** The room a shared story's photo keeps while it is fetched from the newsroom, in the photo's proportions. */
function arrivingBox(width: number | null, height: number | null): HTMLElement {
  const box = document.createElement('div');
  box.className = 'photo-arriving';
  box.textContent = 'Fetching the photo from the newsroom…';
  if (width && height) box.style.aspectRatio = `${width} / ${height}`;
  return box;
}
