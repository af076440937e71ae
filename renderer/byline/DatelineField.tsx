import { useState } from 'react';
import { type Dateline, datelineText, parseDatelineText } from '../../shared/article';

interface DatelineFieldProps {
  value: Dateline | null;
  onChange(dateline: Dateline | null): void;
}

/**
 * The dateline as one line, "KYIV, Nov. 26", read into place and date as it is typed. The
 * parent keys this field by article, so what the reporter types is never rewritten under the
 * cursor (a half-typed "KYIV," stays as typed).
 */
export function DatelineField({ value, onChange }: DatelineFieldProps) {
  const [text, setText] = useState(() => datelineText(value));
  return (
    <div className="dateline-field">
      <label htmlFor="dateline-input">Dateline</label>
      <input
        id="dateline-input"
        type="text"
        placeholder="PLACE, date — e.g. KYIV, Nov. 26 (leave empty for none)"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseDatelineText(e.target.value));
        }}
      />
    </div>
  );
}
