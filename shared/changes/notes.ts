import type { Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { schema } from '../schema';
import type { Note } from './model';

const noteType = schema.marks.note;

/** Where a note's words are in the body: the first to the last character carrying its mark. */
export interface NoteAnchor {
  from: number;
  to: number;
  text: string;
}

/** Every note mark in a body, by note id, in story order (one walk over the story). */
export function noteAnchors(doc: Node): Map<string, NoteAnchor> {
  const anchors = new Map<string, NoteAnchor>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== noteType) continue;
      const id = String(mark.attrs.id);
      const a = anchors.get(id);
      if (!a) anchors.set(id, { from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
      else {
        // Words of the note in a later paragraph are joined with a space.
        a.text += a.to === pos ? (node.text ?? '') : ` ${node.text ?? ''}`;
        a.to = pos + node.nodeSize;
      }
    }
    return false;
  });
  return anchors;
}

/** Open notes (not resolved). */
export function openNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => !n.resolved);
}

/** Removes every note mark from the body (exports without notes). */
export function removeNoteMarks(tr: Transform): void {
  tr.removeMark(0, tr.doc.content.size, noteType);
}
