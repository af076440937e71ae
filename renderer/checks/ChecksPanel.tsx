import type { EditorView } from 'prosemirror-view';
import { memo, useRef, useState, useSyncExternalStore } from 'react';
import { CHECK_CATEGORIES, CHECK_CATEGORY_LABELS, type CheckCategory, type CheckField } from '../../shared/checks';
import type { HouseStyleAnswer } from '../../shared/contract';
import type { EditorStore } from '../article/editor-store';
import { goToCheck } from '../photos/checks-plugin';
import type { CheckCardHandle } from './CheckCard';
import { applyFirstReplacements, type OpenCheck, openChecksOf, selectCheck } from './checks-plugin';

interface ChecksPanelProps {
  store: EditorStore;
  view(): EditorView | null;
  card: { current: CheckCardHandle | null };
  /** puts the cursor on a match in a field (headline, standfirst, byline, dateline) */
  onField(field: CheckField, from: number, to: number): void;
  /** the house style's problems, shown above the list */
  problems: HouseStyleAnswer['problems'];
  /** opens the library's House style (the rules these checks follow) */
  onHouseStyle(): void;
  onClose(): void;
}

const COUNT_WORDS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] } as const;

/**
 * Every open check of the story, grouped as a copy editor works down them (notes left in the copy,
 * the story's fields, house style, typing, quotes, names, photos, links), with counts. A click goes
 * to the words and opens their card; ↑/↓ move along the list, and Next/Previous walk the story.
 */
export const ChecksPanel = memo(function ChecksPanel({ store, view, card, onField, problems, onHouseStyle, onClose }: ChecksPanelProps) {
  const open = useSyncExternalStore(store.subscribe, () => openChecksOf(store.getState()));
  const list = useRef<HTMLDivElement>(null);

  const go = (check: OpenCheck) => {
    const v = view();
    if (!v) return;
    const r = check.match.range;
    if (r.kind === 'field') return onField(r.field, r.from, r.to);
    if (r.kind === 'photo') {
      const kind = check.match.ruleId.replace(/^photos\./, '') as 'placeholder' | 'no-alt' | 'no-credit';
      return goToCheck(v, { photo: r.photo + 1, kind, pos: 0, message: check.match.message });
    }
    if (selectCheck(check.key)(v.state, v.dispatch)) card.current?.show(check.key, { focus: true });
  };

  // Fix all: one undoable step; the keyboard stays in the panel (the button goes with its matches).
  const panel = useRef<HTMLElement>(null);
  const fixAll = (keys: readonly string[]) => {
    const v = view();
    if (v && applyFirstReplacements(keys)(v.state, v.dispatch)) panel.current?.focus();
  };

  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button.check-item') ?? [])];
  // Next/Previous walk the story's checks in order, from the last one visited.
  const [at, setAt] = useState<string | null>(null);
  const visit = (check: OpenCheck) => {
    setAt(check.key);
    go(check);
  };
  const ordered = CHECK_CATEGORIES.flatMap((category) => open.filter((c) => c.match.category === category));
  const step = (by: 1 | -1) => {
    if (!ordered.length) return;
    const i = ordered.findIndex((c) => c.key === at);
    visit(ordered[i === -1 ? (by === 1 ? 0 : ordered.length - 1) : (i + by + ordered.length) % ordered.length]!);
  };

  const counts = { error: 0, warning: 0, info: 0 };
  for (const c of open) counts[c.match.severity]++;
  const summary = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${COUNT_WORDS[s][counts[s] === 1 ? 0 : 1]}`)
    .join(', ');
  const groups = CHECK_CATEGORIES.map((category) => ({ category, items: open.filter((c) => c.match.category === category) })).filter((g) => g.items.length);

  return (
    <aside ref={panel} className="checks-panel" role="region" aria-label="Checks" tabIndex={-1}>
      <header className="checks-head">
        <h2>Checks</h2>
        <button type="button" className="icon-button" aria-label="Close checks" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="checks-summary-row">
        <p className="checks-summary" aria-live="polite">
          {open.length ? summary : 'All clear: no open checks.'}
        </p>
        <button type="button" className="link-button" onClick={onHouseStyle}>
          House style
        </button>
      </div>
      {problems.length > 0 && (
        <div className="checks-problems" role="alert">
          <p>The library’s house style has mistakes; the rules that are fine still run:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <div className="checks-nav">
          <button type="button" onClick={() => step(-1)}>
            Previous check
          </button>
          <button type="button" onClick={() => step(1)}>
            Next check
          </button>
        </div>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the list's buttons */}
      <div
        ref={list}
        className="checks-groups"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          const all = buttons();
          const at = all.indexOf(document.activeElement as HTMLButtonElement);
          if (at === -1) return;
          e.preventDefault();
          all[Math.min(all.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]!.focus();
        }}
      >
        {groups.map(({ category, items }) => (
          <CheckGroup key={category} category={category} items={items} current={at} onGo={visit} onFixAll={fixAll} />
        ))}
      </div>
    </aside>
  );
});

interface CheckGroupProps {
  category: CheckCategory;
  items: OpenCheck[];
  current: string | null;
  onGo(check: OpenCheck): void;
  onFixAll(keys: readonly string[]): void;
}

function CheckGroup({ category, items, current, onGo, onFixAll }: CheckGroupProps) {
  const label = CHECK_CATEGORY_LABELS[category];
  return (
    <section className="checks-group" role="group" aria-label={label}>
      <h3>
        {label} <span className="checks-count">{items.length}</span>
      </h3>
      {fixableRules(items).map(({ ruleId, name, keys }) => (
        <div key={ruleId} className="checks-fix-all">
          <span>
            {keys.length} × {name}
          </span>
          <button type="button" aria-label={`Fix all ${keys.length}: ${name}`} onClick={() => onFixAll(keys)}>
            Fix all {keys.length}
          </button>
        </div>
      ))}
      <ul>
        {items.map((c) => (
          <li key={c.key} className={`check-row check-row-${c.match.severity}`}>
            <button
              type="button"
              className={`check-item check-${c.match.severity}`}
              aria-current={c.key === current ? 'true' : undefined}
              onClick={() => onGo(c)}
            >
              {c.match.message}
            </button>
            {c.match.text && c.match.range.kind !== 'photo' && <q className="check-excerpt">{excerpt(c.match.text)}</q>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A rule's matches in the body that each have a replacement, when there are two or more: the
 * small, certain fixes (straight quotes in wire copy) a desk makes all at once. Named by the
 * rule's message up to its colon (what the matches have in common).
 */
function fixableRules(items: readonly OpenCheck[]): { ruleId: string; name: string; keys: string[] }[] {
  const by = new Map<string, { ruleId: string; name: string; keys: string[] }>();
  for (const c of items) {
    if (c.match.range.kind !== 'block' || c.match.replacements.length === 0) continue;
    const rule = by.get(c.match.ruleId) ?? { ruleId: c.match.ruleId, name: c.match.message.split(':')[0]!.trim(), keys: [] };
    rule.keys.push(c.key);
    by.set(c.match.ruleId, rule);
  }
  return [...by.values()].filter((r) => r.keys.length > 1);
}

function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
