import { useLayoutEffect, useRef } from 'react';
import type { Byline, Contributor } from '../../shared/article';
import type { DirectoryEntry } from '../../shared/contributors';
import { ContributorNameField } from './ContributorNameField';
import { RoleField } from './RoleField';

interface BylineEditorProps {
  byline: Byline;
  entries: readonly DirectoryEntry[];
  onChange(byline: Byline): void;
  /** A contributor row lost focus: remember the name in the library's directory. */
  onCommit(contributor: Contributor): void;
}

const emptyContributor = (): Contributor => ({ name: '', role: 'writer', affiliation: null, contact: null });
const orNull = (s: string) => (s.trim() ? s : null);

let rowIds = 0;

/**
 * Who wrote the story and who helped: one row per contributor (name, role, affiliation,
 * contact), in the order the byline prints them, and where the byline goes.
 */
export function BylineEditor({ byline, entries, onChange, onCommit }: BylineEditorProps) {
  const { contributors } = byline;
  // Stable keys per row, so a row's local state (a role being typed) follows it when rows move.
  const keys = useRef<number[]>([]);
  while (keys.current.length < contributors.length) keys.current.push(++rowIds);
  keys.current.length = contributors.length;
  const focusRow = useRef<number | null>(null);
  const nameInputs = useRef(new Map<number, HTMLInputElement>());

  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    nameInputs.current.get(keys.current[focusRow.current])?.focus();
    focusRow.current = null;
  });

  const set = (next: Contributor[]) => onChange({ ...byline, contributors: next });
  const update = (i: number, patch: Partial<Contributor>) => set(contributors.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= contributors.length) return;
    const next = [...contributors];
    [next[i], next[j]] = [next[j], next[i]];
    [keys.current[i], keys.current[j]] = [keys.current[j], keys.current[i]];
    set(next);
  };
  const remove = (i: number) => {
    keys.current.splice(i, 1);
    set(contributors.filter((_, j) => j !== i));
  };

  return (
    <div className="byline-editor">
      {contributors.length === 0 && <p className="byline-empty">No byline yet. Add the reporter, and anyone who helped.</p>}
      <ol className="contributor-rows">
        {contributors.map((c, i) => {
          const label = c.name.trim() || `Contributor ${i + 1}`;
          return (
            <li key={keys.current[i]}>
              <fieldset
                className="contributor-row"
                onBlur={(e) => {
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null) && c.name.trim()) onCommit(c);
                }}
              >
                <legend className="visually-hidden">{`Contributor ${i + 1}`}</legend>
                <ContributorNameField
                  value={c.name}
                  entries={entries}
                  inputRef={(el) => {
                    if (el) nameInputs.current.set(keys.current[i], el);
                    else nameInputs.current.delete(keys.current[i]);
                  }}
                  onChange={(name) => update(i, { name })}
                  onPick={(entry) =>
                    update(i, {
                      name: entry.name,
                      role: c.role === 'writer' ? entry.role : c.role,
                      affiliation: c.affiliation ?? entry.affiliation,
                      contact: c.contact ?? entry.contact,
                    })
                  }
                />
                <RoleField role={c.role} onChange={(role) => update(i, { role })} />
                <input
                  type="text"
                  className="affiliation-field"
                  aria-label="Affiliation"
                  placeholder="Affiliation"
                  title="Agency or outlet, e.g. Kyodo News"
                  value={c.affiliation ?? ''}
                  onChange={(e) => update(i, { affiliation: orNull(e.target.value) })}
                />
                <input
                  type="text"
                  className="contact-field"
                  aria-label="Contact"
                  placeholder="Contact"
                  title="Email or phone for the desk; not printed"
                  value={c.contact ?? ''}
                  onChange={(e) => update(i, { contact: orNull(e.target.value) })}
                />
                <div className="row-actions">
                  <button type="button" className="icon-button" aria-label={`Move ${label} up`} title="Move up" disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${label} down`}
                    title="Move down"
                    disabled={i === contributors.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon-button" aria-label={`Remove ${label}`} title="Remove from the byline" onClick={() => remove(i)}>
                    ✕
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="byline-editor-foot">
        <button
          type="button"
          onClick={() => {
            focusRow.current = contributors.length;
            set([...contributors, emptyContributor()]);
          }}
        >
          Add contributor
        </button>
        <fieldset className="byline-position">
          <legend>Byline at</legend>
          {(['top', 'foot'] as const).map((position) => (
            <label key={position}>
              <input type="radio" name="byline-position" checked={byline.position === position} onChange={() => onChange({ ...byline, position })} />
              {position === 'top' ? 'Top of story' : 'Foot of story'}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
