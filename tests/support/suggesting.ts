// Suggesting mode without an editor view, for the suggestion tests: a story's state, the people
// suggesting in it (their records kept as the editor keeps them), and the story accepted or rejected.
import type { Node } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import type { SuggestionRecord } from '../../shared/changes/model';
import { type Resolution, resolveSuggestions, type Suggester, suggestTransaction } from '../../shared/changes/suggest';
import { schema } from '../../shared/schema';

export const { doc, paragraph, heading, blockquote, bullet_list, list_item, photo, hard_break } = schema.nodes;
export const { strong, em, link, insertion, deletion, modification } = schema.marks;
export const text = (s: string, marks: readonly import('prosemirror-model').Mark[] = []) => schema.text(s, marks);
export const p = (...content: (string | Node)[]) =>
  paragraph.create(
    null,
    content.map((c) => (typeof c === 'string' ? text(c) : c)),
  );
export const h = (level: 2 | 3, s: string) => heading.create({ level }, text(s));
export const story = (...blocks: Node[]) => doc.create(null, blocks);

/** A desk of people suggesting in one story: ids `s1`, `s2`… and one shared table of records. */
export class Desk {
  readonly records = new Map<string, SuggestionRecord>();
  private next = 0;

  person(author: string): Suggester {
    return { author, now: () => '2026-12-03T10:00:00.000Z', newId: () => `s${++this.next}`, records: this.records };
  }

  /** `state` with the change `edit` makes, as suggestions by `author`. */
  suggest(state: EditorState, edit: (tr: Transaction) => void, author = 'Ana'): EditorState {
    const tr = state.tr;
    edit(tr);
    const out = suggestTransaction(tr, state, this.person(author));
    for (const r of out.added) this.records.set(r.id, r);
    return state.apply(out.tr);
  }
}

export const stateOf = (body: Node) => EditorState.create({ schema, doc: body });

/** The same change made in Editing mode. */
export function direct(body: Node, edit: (tr: Transaction) => void): Node {
  const tr = stateOf(body).tr;
  edit(tr);
  return tr.doc;
}

/** The body with these suggestions (all when null) accepted or rejected. */
export function resolved(body: Node, how: Resolution, ids: ReadonlySet<string> | null = null): Node {
  const tr = new Transform(body);
  resolveSuggestions(tr, ids, how);
  return tr.doc;
}

/** Whether any node in the body carries a suggestion mark of this kind. */
export function hasMark(body: Node, name: 'insertion' | 'deletion' | 'modification'): boolean {
  let found = false;
  body.descendants((node) => {
    if (node.marks.some((m) => m.type.name === name)) found = true;
    return !found;
  });
  return found;
}
