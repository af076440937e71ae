import type { EditorView } from 'prosemirror-view';
import { type ReactNode, type RefObject, useCallback, useId, useRef, useState } from 'react';
import { type ArticleStatus, bodyNode, STATUS_LABELS } from '../../shared/article';
import { CHECK_CATEGORY_LABELS, type CheckMatch } from '../../shared/checks';
import type { ArticleFields, ArticleSession } from '../article/useArticleSession';
import type { HouseStyleStore } from './house-style-store';
import { ModalDialog } from './ModalDialog';
import { decideStatus, openErrors, overrideName, readOverrideName, readyOverride, withOverride, writeOverrideName } from './ready-gate';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

interface ReadyGateOptions {
  article: {
    getSession(): ArticleSession | null;
    view: RefObject<EditorView | null>;
    editFields(patch: Partial<ArticleFields>): void;
  };
  houseStyle: HouseStyleStore;
  /** The Status select: focus goes back to it when the dialog closes. */
  statusRef: RefObject<HTMLSelectElement | null>;
}

/**
 * The Ready gate for the desk bar's Status select: `onStatus` sets any status but Ready at once,
 * and Ready too when no error check is open; otherwise the status stays and `dialog` asks.
 * The checks are run on the spot, against the story as it is and the library's house style.
 */
export function useReadyGate({ article, houseStyle, statusRef }: ReadyGateOptions): { onStatus(status: ArticleStatus): void; dialog: ReactNode } {
  const [asking, setAsking] = useState<{ path: string; errors: CheckMatch[] } | null>(null);
  const { getSession, view, editFields } = article;

  const onStatus = useCallback(
    (status: ArticleStatus) => {
      const session = getSession();
      if (!session) return;
      const decision = decideStatus(status, () => openErrors(session.fields, view.current?.state.doc ?? bodyNode(session.openedBody), houseStyle.get().style));
      if (decision.kind === 'set') editFields({ status: decision.status });
      else setAsking({ path: session.path, errors: decision.errors });
    },
    [getSession, view, editFields, houseStyle],
  );

  const close = useCallback(() => setAsking(null), []);
  const markReady = useCallback(
    (by: string, reason: string, errors: readonly CheckMatch[]) => {
      const session = getSession();
      setAsking(null);
      if (!session) return;
      // One edit: the status and the record of who overrode what, saved (and undone) together.
      editFields({ status: 'ready', checks: withOverride(session.fields.checks, readyOverride({ by, reason, at: new Date(), errors })) });
    },
    [getSession, editFields],
  );

  // The question belongs to the story it was asked about: another story opening closes it.
  const current = getSession()?.path;
  const dialog =
    asking && asking.path === current ? (
      <ReadyGateDialog errors={asking.errors} onCancel={close} onMarkReady={markReady} returnFocus={() => statusRef.current} />
    ) : null;
  return { onStatus, dialog };
}

interface ReadyGateDialogProps {
  errors: readonly CheckMatch[];
  onCancel(): void;
  onMarkReady(by: string, reason: string, errors: readonly CheckMatch[]): void;
  returnFocus(): HTMLElement | null;
}

/**
 * "Mark as Ready?": the error checks still open, and the choice of sending the story anyway under
 * one's own name, with a reason the receiving desk will read (NINJS `ednote`).
 */
export function ReadyGateDialog({ errors, onCancel, onMarkReady, returnFocus }: ReadyGateDialogProps) {
  const [name, setName] = useState(() => readOverrideName(localStore()));
  const [reason, setReason] = useState('');
  const [missingName, setMissingName] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  // The name is usually remembered: then the reason is what is left to write.
  const initialFocus = name ? reasonField : nameField;

  const submit = () => {
    const by = overrideName(name);
    if (!by) {
      setMissingName(true);
      nameField.current?.focus();
      return;
    }
    writeOverrideName(localStore(), by);
    onMarkReady(by, reason, errors);
  };

  const count = errors.length === 1 ? 'One error check is' : `${errors.length} error checks are`;
  return (
    <ModalDialog
      title="Mark as Ready?"
      describedBy={`${id}-summary`}
      className="ready-gate"
      initialFocus={initialFocus}
      returnFocus={returnFocus}
      onClose={onCancel}
    >
      <p id={`${id}-summary`} className="check-dialog-lead">
        {count} still open in this story. Fix {errors.length === 1 ? 'it' : 'them'} first, or mark the story {STATUS_LABELS.ready} anyway: your name and reason
        are kept with the story and sent with it.
      </p>
      <ul className="ready-gate-errors" aria-label="Open error checks">
        {errors.map((m, i) => (
          // Matches have no id of their own; the list is fixed while the dialog is open.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <span className="ready-gate-message">{m.message}</span>
            {m.text && <q className="ready-gate-text">{m.text}</q>}
            <span className="ready-gate-rule">
              {CHECK_CATEGORY_LABELS[m.category]} · {m.ruleId}
            </span>
          </li>
        ))}
      </ul>
      <form
        className="ready-gate-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          type="text"
          autoComplete="name"
          maxLength={200}
          required
          aria-invalid={missingName || undefined}
          aria-describedby={missingName ? `${id}-name-error` : undefined}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (e.target.value.trim()) setMissingName(false);
          }}
        />
        {missingName && (
          <p id={`${id}-name-error`} className="check-dialog-error" role="alert">
            Give your name: the desk needs to know who sent the story on.
          </p>
        )}
        <label htmlFor={`${id}-reason`}>Reason</label>
        <textarea id={`${id}-reason`} ref={reasonField} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Mark Ready anyway
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
