import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import './dialogs.css';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

interface ModalDialogProps {
  title: string;
  /** The id of the text that says what the dialog is about. */
  describedBy?: string;
  className?: string;
  /** Where focus goes when the dialog opens; its first control when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes back to when it closes; what had focus before it opened when absent or gone. */
  returnFocus?: () => HTMLElement | null;
  /** Escape, or the dialog's own Cancel or Close. */
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog over the desk (the checks' Ready gate and House style): named by its heading,
 * keyboard kept inside it (Tab wraps), Escape closes, and focus goes back where it came from.
 * Drawn at the end of the page, so nothing the desk lays out can clip or cover it.
 */
export function ModalDialog({ title, describedBy, className, initialFocus, returnFocus, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const back = useRef(returnFocus);
  back.current = returnFocus;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus?.current ?? dialog.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog.current)?.focus();
    // Modal for everyone: the desk behind is inert while the dialog is open (no clicks, no focus,
    // and out of the accessibility tree: a screen reader, or a test finding a button by name, meets
    // the dialog alone). aria-hidden too: Playwright's role queries, like some screen readers, do not read `inert`.
    const behind = [...document.body.children]
      .filter((el): el is HTMLElement => el instanceof HTMLElement && el !== backdrop.current && !el.inert)
      .map((el) => ({ el, hidden: el.getAttribute('aria-hidden') }));
    for (const { el } of behind) {
      el.inert = true;
      el.setAttribute('aria-hidden', 'true');
    }
    return () => {
      // The desk first, so that focus can go back into it.
      for (const { el, hidden } of behind) {
        el.inert = false;
        if (hidden === null) el.removeAttribute('aria-hidden');
        else el.setAttribute('aria-hidden', hidden);
      }
      const target = back.current?.() ?? before;
      if (target?.isConnected) target.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      // Handled here: the side panel and library drawer listening on the page must not close too.
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const all = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.getClientRects().length > 0);
    if (all.length === 0) return;
    const first = all[0]!;
    const last = all[all.length - 1]!;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div ref={backdrop} className="modal-backdrop check-modal-backdrop">
      <div
        ref={dialog}
        className={`check-dialog${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="check-dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
