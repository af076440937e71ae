import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { ellipsis, emDash, InputRule, inputRules, smartQuotes, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Plugin } from 'prosemirror-state';
import { schema } from '../../shared/schema';
import { toggleBold, toggleItalic, toggleSubheading } from './commands';

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
      wrappingInputRule(/^(\d+)\.\s$/, schema.nodes.ordered_list, (m) => ({ order: +m[1] }), (m, node) => node.childCount + node.attrs.order === +m[1]),
      textblockTypeInputRule(/^##\s$/, schema.nodes.heading, { level: 2 }),
      textblockTypeInputRule(/^###\s$/, schema.nodes.heading, { level: 3 }),
    ],
  });
}

export function editingKeymap(onSave: () => void, onLink: () => void): Plugin[] {
  const li = schema.nodes.list_item;
  const br = schema.nodes.hard_break;
  const insertBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(br.create()).scrollIntoView());
    return true;
  });
  return [
    keymap({
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
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
    }),
    keymap(baseKeymap),
  ];
}

export function editorHistory(): Plugin {
  return history({ depth: 500, newGroupDelay: 700 });
}
