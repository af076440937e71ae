import { useEffect, useId, useState } from 'react';
import type { HouseRule } from '../../shared/checks';
import { errorMessage } from '../host';
import { ruleGroups, rulesOnSummary, SEVERITY_LABELS } from './house-style-list';
import { type HouseStyleStore, useHouseStyle } from './house-style-store';
import { ModalDialog } from './ModalDialog';

interface HouseStyleDialogProps {
  houseStyle: HouseStyleStore;
  onClose(): void;
}

/**
 * The library's house style: what is wrong in its file (each problem names its line and rule),
 * then every rule by category with what it is for, and a switch to turn it off — or on again —
 * for everyone using the library. The host writes the change into the file's `disabled:` list.
 */
export function HouseStyleDialog({ houseStyle, onClose }: HouseStyleDialogProps) {
  const loaded = useHouseStyle(houseStyle);
  // Rules being switched, and to what: shown at once, and as they were if the host says no.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  // Read the file again: the desk may have edited it since the window opened.
  useEffect(() => {
    houseStyle.load().catch((e) => setFailure(errorMessage(e)));
  }, [houseStyle]);

  const toggle = async (rule: HouseRule, enabled: boolean) => {
    setFailure(null);
    setPending((p) => new Map(p).set(rule.id, enabled));
    try {
      await houseStyle.setRule(rule.id, enabled);
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setPending((p) => {
        const next = new Map(p);
        next.delete(rule.id);
        return next;
      });
    }
  };

  const { style, problems, file, found } = loaded;
  const where = file || '.copydesk/house-style.yaml';
  return (
    <ModalDialog title="House style" describedBy={`${id}-lead`} className="house-style-dialog" onClose={onClose}>
      <p id={`${id}-lead`} className="check-dialog-lead">
        {found ? (
          <>
            The checks this library runs, from Copydesk’s own house style and <code>{where}</code>. A rule switched off here is off for everyone using the
            library.
          </>
        ) : (
          <>
            This library has no house-style file yet, so Copydesk’s own rules run. Switching a rule off writes <code>{where}</code>.
          </>
        )}
      </p>
      {problems.length > 0 && (
        <div className="house-style-problems" role="alert" aria-labelledby={`${id}-problems`}>
          <h3 id={`${id}-problems`}>
            {problems.length === 1 ? 'A problem' : `${problems.length} problems`} in {where}
          </h3>
          <ul>
            {problems.map((p, i) => (
              // Problems come in file order and have no id; the list is replaced whole on each load.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p className="check-dialog-error" role="alert">
          {failure}
        </p>
      )}
      <p className="house-style-summary" role="status">
        {rulesOnSummary(style.rules)}
      </p>
      <div className="house-style-rules">
        {ruleGroups(style.rules).map((group) => (
          <fieldset key={group.category} className="house-style-group">
            <legend>{group.label}</legend>
            <ul>
              {group.rules.map((rule) => (
                <RuleRow key={rule.id} rule={rule} switching={pending.get(rule.id)} onToggle={(on) => void toggle(rule, on)} />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** One rule; `switching` is the state it is being switched to, while the host writes it. */
function RuleRow({ rule, switching, onToggle }: { rule: HouseRule; switching: boolean | undefined; onToggle(enabled: boolean): void }) {
  const id = useId();
  const busy = switching !== undefined;
  const on = switching ?? rule.enabled;
  return (
    <li className={`house-rule${on ? '' : ' is-off'}`}>
      <input
        id={id}
        type="checkbox"
        checked={on}
        // Not `disabled` while the host writes: that would drop the keyboard out of the dialog.
        aria-disabled={busy || undefined}
        aria-describedby={`${id}-about`}
        onChange={(e) => {
          if (!busy) onToggle(e.target.checked);
        }}
      />
      <div className="house-rule-text">
        <label htmlFor={id} className="house-rule-id">
          {rule.id}
        </label>
        <span className={`house-rule-severity severity-${rule.severity}`}>{SEVERITY_LABELS[rule.severity]}</span>
        {rule.source === 'library' && <span className="house-rule-source">This library’s rule</span>}
        <p id={`${id}-about`} className="house-rule-about">
          {rule.description || 'No description given.'}
          {on ? '' : ' Off for this library.'}
        </p>
      </div>
    </li>
  );
}
