import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HouseRule } from '../../shared/checks';
import { applyReplacement, checkRange, type OpenCheck, openChecksOf } from './checks-plugin';
import './checks.css';

/** What a card can do to its match; the app supplies the story and the library's side. */
export interface CheckActions {
  /** Leaves this one match as it is, saved with the story. */
  ignore(check: OpenCheck): void;
  /** Switches the match's rule off for the whole library. */
  turnOff(ruleId: string): void;
  rule(ruleId: string): HouseRule | undefined;
}

/** Opens a card from outside (the Checks panel): the match by key, with the keyboard in it. */
export interface CheckCardHandle {
  show(key: string, options?: { focus?: boolean }): void;
}

interface Shown {
  key: string;
  top: number;
  left: number;
  focus: boolean;
}

const SHOW_AFTER_MS = 250;

/**
 * Whether the pointer rests on an underline or on the card. Asked before hiding: the editor redraws
 * an underlined word when the checks run again, and the browser reports that as the pointer leaving.
 */
const pointerOnCard = () => !!document.querySelector('.check-mark:hover, .check-card:hover');
const HIDE_AFTER_MS = 300;

/**
 * The card over an underlined match, as word processors show one: what is wrong, under which rule,
 * what to write instead (a button per replacement, named by its text), Ignore here and Turn off rule.
 * It opens when the pointer rests on an underline or the underline is clicked, and from the Checks
 * panel; Esc or a click elsewhere closes it.
 */
export function CheckCard({ view, actions, handle }: { view: () => EditorView | null; actions: CheckActions; handle: { current: CheckCardHandle | null } }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const timers = useRef<{ show?: number; hide?: number }>({});

  const place = useCallback(
    (key: string, focus: boolean) => {
      const v = view();
      const range = v && checkRange(v.state, key);
      if (!v || !range) return setShown(null);
      const at = v.coordsAtPos(range.from);
      const end = v.coordsAtPos(range.to);
      setShown({ key, top: Math.max(at.bottom, end.bottom) + window.scrollY + 4, left: at.left + window.scrollX, focus });
    },
    [view],
  );

  handle.current = { show: (key, options) => place(key, options?.focus ?? false) };

  // Pointer over an underline: the card after a short rest; leaving both closes it after a moment.
  useEffect(() => {
    const root = view()?.dom;
    if (!root) return;
    const t = timers.current;
    const markAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.check-mark') : null);
    const over = (e: MouseEvent) => {
      const mark = markAt(e.target);
      window.clearTimeout(t.show);
      if (!mark) return;
      window.clearTimeout(t.hide);
      const key = mark.dataset.check;
      // (a quote's own checks open on a click: resting on a quote shows who said it and its state
      // already, and one card at a time is enough)
      const aboutQuote = openChecksOf(view()?.state ?? null).find((c) => c.key === key)?.match.category === 'quotes';
      if (key && !aboutQuote) t.show = window.setTimeout(() => place(key, false), SHOW_AFTER_MS);
    };
    const out = (e: MouseEvent) => {
      if (!markAt(e.target)) return;
      window.clearTimeout(t.show);
      const to = e.relatedTarget;
      // Straight out of the story (not over its text towards the card): the card goes at once, so
      // it never stands over words the next click is meant for.
      if (!(to instanceof Node) || (!root.contains(to) && !card.current?.contains(to))) {
        setShown((s) => (s?.focus ? s : null));
        return;
      }
      t.hide = window.setTimeout(() => setShown((s) => (s?.focus || pointerOnCard() ? s : null)), HIDE_AFTER_MS);
    };
    const click = (e: MouseEvent) => {
      const key = markAt(e.target)?.dataset.check;
      if (key) place(key, false);
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    root.addEventListener('click', click);
    // Listeners are attached again on each render (the editor may be a new one); a card on its
    // way (the pointer resting on an underline) is not cancelled by that, only by unmounting.
    return () => {
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
      root.removeEventListener('click', click);
    };
  });
  useEffect(() => {
    const t = timers.current;
    return () => {
      window.clearTimeout(t.show);
      window.clearTimeout(t.hide);
    };
  }, []);

  useLayoutEffect(() => {
    if (shown?.focus) card.current?.querySelector<HTMLElement>('button')?.focus();
  }, [shown]);

  // A click elsewhere or Esc closes it; typing moves the words, so the card goes too.
  useEffect(() => {
    if (!shown) return;
    const away = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (card.current?.contains(target) || target?.closest?.('.check-mark')) return;
      setShown(null);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && card.current) {
        const inside = card.current.contains(document.activeElement);
        setShown(null);
        if (inside) view()?.focus();
      } else if (!card.current?.contains(document.activeElement)) setShown(null);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', key);
    };
  }, [shown, view]);

  const v = view();
  const open = shown && v ? openChecksOf(v.state).find((c) => c.key === shown.key) : undefined;
  if (!shown || !open || !v) return null;
  const { match } = open;
  const rule = actions.rule(match.ruleId);
  const done = () => {
    setShown(null);
    view()?.focus();
  };
  return createPortal(
    <div
      ref={card}
      className={`check-card check-card-${match.severity}`}
      role="dialog"
      aria-label={`Check: ${match.message}`}
      style={{ top: shown.top, left: shown.left }}
      onMouseEnter={() => window.clearTimeout(timers.current.hide)}
      onMouseLeave={() => {
        timers.current.hide = window.setTimeout(() => setShown((s) => (s && (card.current?.contains(document.activeElement) || pointerOnCard()) ? s : null)), HIDE_AFTER_MS);
      }}
    >
      <p className="check-card-message">{match.message}</p>
      <p className="check-card-rule">
        <span className={`check-severity check-severity-${match.severity}`}>{SEVERITY_LABELS[match.severity]}</span>
        {rule ? ` · ${rule.description}` : ` · ${match.ruleId}`}
      </p>
      {match.replacements.length > 0 && match.range.kind === 'block' && (
        <div className="check-card-replacements" role="group" aria-label="Replace with">
          {match.replacements.map((text) => (
            <button
              key={text}
              type="button"
              className="check-replacement"
              onClick={() => {
                const view = v;
                applyReplacement(open.key, text)(view.state, view.dispatch);
                done();
              }}
            >
              {text || '(delete)'}
            </button>
          ))}
        </div>
      )}
      <div className="check-card-actions">
        <button
          type="button"
          onClick={() => {
            actions.ignore(open);
            done();
          }}
        >
          Ignore here
        </button>
        <button
          type="button"
          onClick={() => {
            actions.turnOff(match.ruleId);
            done();
          }}
        >
          Turn off rule
        </button>
      </div>
    </div>,
    document.body,
  );
}

export const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
