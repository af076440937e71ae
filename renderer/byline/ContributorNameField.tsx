import { useId, useState } from 'react';
import { type DirectoryEntry, suggestContributors } from '../../shared/contributors';

interface ContributorNameFieldProps {
  value: string;
  entries: readonly DirectoryEntry[];
  onChange(name: string): void;
  /** A name from the directory was chosen: its details come with it. */
  onPick(entry: DirectoryEntry): void;
  inputRef?: (el: HTMLInputElement | null) => void;
}

/**
 * The contributor's name, with names from the library's directory offered as the reporter
 * types (a textbox with a listbox of suggestions: arrows to move, Enter to take, Escape to close).
 */
export function ContributorNameField({ value, entries, onChange, onPick, inputRef }: ContributorNameFieldProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = open ? suggestContributors(entries, value) : [];
  const shown = suggestions.length > 0;

  const pick = (entry: DirectoryEntry) => {
    onPick(entry);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="name-field">
      <input
        ref={inputRef}
        type="text"
        aria-label="Contributor name"
        placeholder="Name"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (!shown) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => (i + 1) % suggestions.length);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
          } else if (e.key === 'Enter' && active >= 0) {
            e.preventDefault();
            pick(suggestions[active]);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {shown && (
        <div className="name-suggestions" role="listbox" id={listId} aria-label="Known contributors">
          {suggestions.map((s, i) => (
            <div
              key={s.name}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              <span className="suggestion-name">{s.name}</span>
              {s.affiliation && <span className="suggestion-detail">{s.affiliation}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
