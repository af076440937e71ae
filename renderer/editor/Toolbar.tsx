import { redo, undo, undoDepth, redoDepth } from 'prosemirror-history';
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

/** Formatting buttons. Each has an accessible name and shows whether it is on. */
export function Toolbar({ view, state, onLink }: ToolbarProps) {
  const groups: Tool[][] = [
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
      { label: 'Undo', shortcut: `${mod}Z`, text: <UndoIcon />, command: undo, enabled: (s) => undoDepth(s) > 0 },
      { label: 'Redo', shortcut: `${mod}Shift+Z`, text: <RedoIcon />, command: redo, enabled: (s) => redoDepth(s) > 0 },
    ],
  ];
  return (
    <div role="toolbar" aria-label="Formatting" className="toolbar">
      {groups.map((group) => (
        <div className="toolbar-group" key={group[0].label}>
          {group.map((tool) => {
            const enabled = !!state && (tool.enabled ? tool.enabled(state) : tool.command ? tool.command(state) : true);
            const active = !!state && !!tool.active?.(state);
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
