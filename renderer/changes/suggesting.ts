import { type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import {
  type BodySuggestionRecord,
  type StoryChanges,
  type SuggestionRecord,
  SUGGESTION_ANCHOR,
  shouldSuggest,
  suggestTransaction,
} from '../../shared/changes';

/**
 * Suggesting mode in the editor: while it is on, every change the person makes is rewritten as
 * suggestions signed with their name (shared/changes/suggest.ts) before it reaches the state.
 * Undo and redo, accepting and rejecting, notes and loading a story pass through unchanged.
 */

export interface SuggestingOptions {
  /** Whether changes are suggestions now (the bar's mode, or the story's "always suggest"). */
  enabled(): boolean;
  /** The person signing them; null when no name is set (then nothing is suggested). */
  author(): string | null;
  /** The story's changes as they are now (records of who suggested what). */
  changes(): StoryChanges | undefined;
  /** New suggestions were started: keep their records with the story. */
  onRecords(added: BodySuggestionRecord[]): void;
}

let counter = 0;
/** Ids unique across computers: a random part and a counter (no walk over the story). */
export function newSuggestionId(): string {
  counter = (counter + 1) % 1_000_000;
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `s${random}${counter.toString(36)}`;
}

/** The records by id, built once per version of the records list. */
const recordMaps = new WeakMap<readonly SuggestionRecord[], Map<string, SuggestionRecord>>();
function recordMap(list: readonly SuggestionRecord[]): Map<string, SuggestionRecord> {
  let map = recordMaps.get(list);
  if (!map) {
    map = new Map(list.map((r) => [r.id, r]));
    recordMaps.set(list, map);
  }
  return map;
}
const NO_RECORDS: SuggestionRecord[] = [];

/** The transaction to apply: as it is, or as suggestions when Suggesting mode is on. */
export function suggestingTransform(options: SuggestingOptions) {
  return (tr: Transaction, state: EditorState): Transaction => {
    if (!options.enabled() || !shouldSuggest(tr)) return tr;
    const author = options.author();
    if (!author) return tr;
    const records = recordMap(options.changes()?.suggestions ?? NO_RECORDS);
    const out = suggestTransaction(tr, state, { author, now: () => new Date().toISOString(), newId: newSuggestionId, records });
    if (out.added.length) options.onRecords(out.added);
    return out.tr;
  };
}

const suggestingKey = new PluginKey('suggesting');

/**
 * The caret steps over the zero-width anchors a suggested paragraph break leaves, so a person
 * never has to press an arrow key twice to pass one.
 */
export function suggestionAnchors(): Plugin {
  return new Plugin({
    key: suggestingKey,
    props: {
      handleKeyDown(view, event) {
        const sel = view.state.selection;
        if (!(sel instanceof TextSelection) || !sel.$cursor || event.shiftKey || event.altKey || event.metaKey || event.ctrlKey) return false;
        const $c = sel.$cursor;
        if (event.key === 'ArrowRight' && $c.nodeAfter?.text?.startsWith(SUGGESTION_ANCHOR)) {
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $c.pos + 1)));
        } else if (event.key === 'ArrowLeft' && $c.nodeBefore?.text?.endsWith(SUGGESTION_ANCHOR)) {
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $c.pos - 1)));
        }
        return false;
      },
    },
  });
}
