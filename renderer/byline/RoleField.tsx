import { useState } from 'react';
import { CONTRIBUTOR_ROLES, roleLabel } from '../../shared/article';

const OTHER = '__other__';

/** "Fact checking" → "fact-checking": roles are stored as lower-case names, shown by roleLabel. */
export function roleFromText(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  const known = CONTRIBUTOR_ROLES.find((r) => r === clean.toLowerCase() || roleLabel(r).toLowerCase() === clean.toLowerCase());
  return known ?? clean.toLowerCase().replace(/ /g, '-');
}

interface RoleFieldProps {
  role: string;
  onChange(role: string): void;
}

/** The contributor's role: the house roles in a list, or "Other role…" to type one. */
export function RoleField({ role, onChange }: RoleFieldProps) {
  const builtIn = (CONTRIBUTOR_ROLES as readonly string[]).includes(role);
  const [typing, setTyping] = useState(!builtIn);
  const [custom, setCustom] = useState(builtIn ? '' : roleLabel(role));
  const showCustom = typing || !builtIn;
  return (
    <div className="role-field">
      <select
        aria-label="Role"
        value={showCustom ? OTHER : role}
        onChange={(e) => {
          if (e.target.value === OTHER) {
            setTyping(true);
            setCustom('');
          } else {
            setTyping(false);
            onChange(e.target.value);
          }
        }}
      >
        {CONTRIBUTOR_ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
        <option value={OTHER}>Other role…</option>
      </select>
      {showCustom && (
        <input
          type="text"
          aria-label="Custom role"
          placeholder="e.g. Graphics"
          value={custom}
          autoFocus={typing && !custom}
          onChange={(e) => {
            setCustom(e.target.value);
            if (e.target.value.trim()) onChange(roleFromText(e.target.value));
          }}
          onBlur={() => {
            if (!custom.trim()) setTyping(false);
          }}
        />
      )}
    </div>
  );
}
