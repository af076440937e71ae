import { redo, undo, undoDepth, redoDepth } from 'prosemirror-history';
import { redoCommand as sharedRedo, undoCommand as sharedUndo, yUndoPluginKey } from 'y-prosemirror';

/** A shared newsroom story undoes with Yjs (each person their own changes) instead of prosemirror-history. */
const sharedHistory = (s: EditorState) => yUndoPluginKey.getState(s) as { hasUndoOps?: boolean; hasRedoOps?: boolean } | undefined;
const undoAny: Command = (s, d) => (sharedHistory(s) ? sharedUndo(s, d) : undo(s, d));
const redoAny: Command = (s, d) => (sharedHistory(s) ? sharedRedo(s, d) : redo(s, d));
const canUndo = (s: EditorState) => {
  const y = sharedHistory(s);
  return y ? !!y.hasUndoOps : undoDepth(s) > 0;
};
const canRedo = (s: EditorState) => {
  const y = sharedHistory(s);
  return y ? !!y.hasRedoOps : redoDepth(s) > 0;
};
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ReactNode } from 'react';
import { schema } from '../../shared/schema';
import { BulletListIcon, LinkIcon, NumberedListIcon, QuoteIcon, RedoIcon, UndoIcon } from './icons';
import { blockActive, markActive, toggleBlockquote, toggleBold, toggleItalic, toggleList, toggleSubheading } from './commands';

interface ToolbarProps {
  view: EditorView | null;
  /** The editor state this render reflects (the toolbar re-renders when it changes). */
  state: EditorState | null;
  onLink(): void;
}

interface Tool {
  label: string;
  shortcut?: string;
  text: ReactNode;
  command?: Command;
  active?: (s: EditorState) => boolean;
  enabled?: (s: EditorState) => boolean;
  onClick?: () => void;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

function toolGroups(onLink: () => void): Tool[][] {
  return [
    [
      { label: 'Bold', shortcut: `${mod}B`, text: 'B', command: toggleBold, active: (s) => markActive(s, schema.marks.strong) },
      { label: 'Italic', shortcut: `${mod}I`, text: 'I', command: toggleItalic, active: (s) => markActive(s, schema.marks.em) },
      { label: 'Link', shortcut: `${mod}K`, text: <LinkIcon />, onClick: onLink, active: (s) => markActive(s, schema.marks.link) },
    ],
    [
      { label: 'Subheading', text: 'H', command: toggleSubheading(2), active: (s) => blockActive(s, schema.nodes.heading) },
      { label: 'Bulleted list', text: <BulletListIcon />, command: toggleList(schema.nodes.bullet_list), active: (s) => blockActive(s, schema.nodes.bullet_list) },
      { label: 'Numbered list', text: <NumberedListIcon />, command: toggleList(schema.nodes.ordered_list), active: (s) => blockActive(s, schema.nodes.ordered_list) },
      { label: 'Block quote', text: <QuoteIcon />, command: toggleBlockquote, active: (s) => blockActive(s, schema.nodes.blockquote) },
    ],
    [
      { label: 'Undo', shortcut: `${mod}Z`, text: <UndoIcon />, command: undoAny, enabled: canUndo },
      { label: 'Redo', shortcut: `${mod}Shift+Z`, text: <RedoIcon />, command: redoAny, enabled: canRedo },
    ],
  ];
}

const toolEnabled = (tool: Tool, state: EditorState | null) => !!state && (tool.enabled ? tool.enabled(state) : tool.command ? tool.command(state) : true);
const toolActive = (tool: Tool, state: EditorState | null) => !!state && !!tool.active?.(state);

const SIGNATURE_TOOLS = toolGroups(() => undefined).flat();

/** Remembers the last signature and the selection context it was computed for. */
export function toolbarMemo(): ToolbarMemo {
  return { context: null, signature: '' };
}

export interface ToolbarMemo {
  context: readonly unknown[] | null;
  signature: string;
}

/**
 * Everything the buttons' flags depend on for a caret: the blocks around it (types and attributes),
 * the marks there and stored, and whether there is anything to undo or redo. Typing in a paragraph
 * leaves it as it was, so the commands are not run again for each key. Compared by identity, with
 * no string built per key: a block keeps its attrs object and a text its marks while it is typed
 * in (ProseMirror's nodes are immutable and share them), and anything else only costs a recompute.
 */
function selectionContext(state: EditorState): unknown[] {
  const { selection } = state;
  const $from = selection.$from;
  const out: unknown[] = [selection.constructor, state.storedMarks, canUndo(state), canRedo(state)];
  for (let d = 0; d <= $from.depth; d++) {
    const n = $from.node(d);
    out.push(n.type, n.attrs);
  }
  for (const m of $from.marks()) out.push(m);
  return out;
}

const sameContext = (a: readonly unknown[] | null, b: readonly unknown[] | null) => !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether `state` is a caret in the same context as the signature `memo` last computed, so that
 * signature still holds: a few comparisons, no command run (a range is never known to hold).
 */
export function toolbarUnchanged(state: EditorState | null, memo: ToolbarMemo): boolean {
  return !!state && state.selection.empty && sameContext(selectionContext(state), memo.context);
}

/** What the toolbar shows for a state (each button's enabled and pressed flags), as a string to compare. */
export function toolbarSignature(state: EditorState | null, memo?: ToolbarMemo): string {
  // A range's flags depend on everything in it (is all of it bold?): only a caret is memoized.
  const context = state && memo && state.selection.empty ? selectionContext(state) : null;
  if (memo && sameContext(context, memo.context)) return memo.signature;
  let out = '';
  for (const tool of SIGNATURE_TOOLS) out += `${toolEnabled(tool, state) ? 1 : 0}${toolActive(tool, state) ? 1 : 0}`;
  if (memo) {
    memo.context = context;
    memo.signature = out;
  }
  return out;
}

/** Formatting buttons. Each has an accessible name and shows whether it is on. */
export function Toolbar({ view, state, onLink }: ToolbarProps) {
  const groups = toolGroups(onLink);
  return (
    <div role="toolbar" aria-label="Formatting" className="toolbar">
      {groups.map((group) => (
        <div className="toolbar-group" key={group[0].label}>
          {group.map((tool) => {
            const enabled = toolEnabled(tool, state);
            const active = toolActive(tool, state);
            return (
              <button
                key={tool.label}
                type="button"
                className={`tool${active ? ' is-active' : ''}`}
                aria-label={tool.label}
                aria-pressed={tool.active ? active : undefined}
                title={tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
                disabled={!enabled}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  if (!view) return;
                  if (tool.onClick) tool.onClick();
                  else if (tool.command) tool.command(view.state, view.dispatch, view);
                  view.focus();
                }}
              >
                {tool.text}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
