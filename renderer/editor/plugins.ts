import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { ellipsis, emDash, InputRule, inputRules, smartQuotes, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { type Command, type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { schema } from '../../shared/schema';
import { storyEdge, toggleBold, toggleItalic, toggleSubheading } from './commands';

const MAC = typeof navigator !== 'undefined' && /Mac|iP(?:hone|[oa]d)/.test(navigator.platform);

/** Typography as the reporter types: curly quotes, em dashes (-- and ---), ellipses, and Markdown-style block shortcuts. */
export function typingRules(): Plugin {
  return inputRules({
    rules: [
      ...smartQuotes,
      ellipsis,
      emDash,
      new InputRule(/—-$/, '—'),
      wrappingInputRule(/^\s*>\s$/, schema.nodes.blockquote),
      wrappingInputRule(/^\s*([-+*])\s$/, schema.nodes.bullet_list),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        schema.nodes.ordered_list,
        (m) => ({ order: +m[1] }),
        (m, node) => node.childCount + node.attrs.order === +m[1],
      ),
      textblockTypeInputRule(/^##\s$/, schema.nodes.heading, { level: 2 }),
      textblockTypeInputRule(/^###\s$/, schema.nodes.heading, { level: 3 }),
    ],
  });
}

/**
 * `history`: a shared story's undo and redo (Yjs's, per person) in place of prosemirror-history's.
 */
export function editingKeymap(onSave: () => void, onLink: () => void, history: { undo: Command; redo: Command } = { undo, redo }): Plugin[] {
  const li = schema.nodes.list_item;
  const br = schema.nodes.hard_break;
  const insertBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(br.create()).scrollIntoView());
    return true;
  });
  return [
    keymap({
      'Mod-z': history.undo,
      'Shift-Mod-z': history.redo,
      'Mod-y': history.redo,
      'Mod-b': toggleBold,
      'Mod-i': toggleItalic,
      'Mod-k': () => {
        onLink();
        return true;
      },
      'Mod-s': () => {
        onSave();
        return true;
      },
      'Mod-Alt-2': toggleSubheading(2),
      'Mod-Alt-3': toggleSubheading(3),
      Enter: splitListItem(li),
      'Shift-Enter': insertBreak,
      'Mod-[': liftListItem(li),
      'Mod-]': sinkListItem(li),
      'Mod-Home': storyEdge(-1),
      'Mod-End': storyEdge(1),
      'Shift-Mod-Home': storyEdge(-1, true),
      'Shift-Mod-End': storyEdge(1, true),
      ...(MAC
        ? { 'Mod-ArrowUp': storyEdge(-1), 'Mod-ArrowDown': storyEdge(1), 'Shift-Mod-ArrowUp': storyEdge(-1, true), 'Shift-Mod-ArrowDown': storyEdge(1, true) }
        : {}),
    }),
    keymap(baseKeymap),
  ];
}

export function editorHistory(): Plugin {
  return history({ depth: 500, newGroupDelay: 700 });
}

const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');

/**
 * `set` changed to hold just the `wanted` decorations, where `id` says which are the same: what is
 * there already stays the very same decoration (and block decorations the same objects), so
 * ProseMirror redraws and compares only what changed. The whole set unchanged when nothing did.
 */
export function withDecorations(set: DecorationSet, doc: EditorState['doc'], wanted: Decoration[], id: (d: Decoration) => string): DecorationSet {
  const existing = set.find();
  const have = new Set(existing.map(id));
  const want = new Set(wanted.map(id));
  const remove = existing.filter((d) => !want.has(id(d)));
  const add = wanted.filter((d) => !have.has(id(d)));
  if (remove.length === 0 && add.length === 0) return set;
  return set.remove(remove).add(doc, add);
}

/** The ranges a transaction's steps changed, in the document after it (each step's, mapped on through the later steps). */
export function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => {
      ranges.push({ from: rest.map(from, -1), to: rest.map(to, 1) });
    });
  });
  return ranges;
}

/**
 * The top-level block holding the cursor, or null when the cursor is between blocks. The quote
 * plugin uses it too: that block's quotes are painted as highlights, not spans.
 */
export function caretBlockRange(state: EditorState): { from: number; to: number } | null {
  const $head = state.selection.$head;
  if ($head.depth < 1) return null;
  return { from: $head.before(1), to: $head.after(1) };
}

/**
 * Marks the top-level block holding the cursor (class `caret-block`). Story blocks are skipped
 * off screen (content-visibility in story-body.css); a block created under the cursor (Enter,
 * "## ", a paste) would start out skipped until the next frame, and Chromium places a caret
 * typed into a skipped block wrongly. The cursor's block is never skipped.
 */
export function caretBlock(): Plugin<DecorationSet> {
  const build = (state: EditorState): DecorationSet => {
    const block = caretBlockRange(state);
    return block ? DecorationSet.create(state.doc, [Decoration.node(block.from, block.to, { class: 'caret-block' })]) : DecorationSet.empty;
  };
  return new Plugin<DecorationSet>({
    key: caretBlockKey,
    state: {
      init: (_, state) => build(state),
      apply(tr, set, old, state) {
        if (!tr.docChanged && old.selection.head === state.selection.head) return set;
        const block = caretBlockRange(state);
        const [deco] = set.find();
        // Typing in the same block: the block starts where it did, only its end moves.
        if (deco && block && deco.from === block.from) {
          if (deco.to === block.to) return set;
          const mapped = set.map(tr.mapping, tr.doc);
          const [m] = mapped.find();
          if (m && m.from === block.from && m.to === block.to) return mapped;
        }
        return build(state);
      },
    },
    props: { decorations: (state) => caretBlockKey.getState(state) },
  });
}
