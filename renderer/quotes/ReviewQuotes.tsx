import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { QUOTE_METHODS, QUOTE_STATE_LABELS, type QuoteRecord } from '../../shared/article/index';
import { summaryLine } from '../../shared/attribution/index';
import { CHECK_LABEL, type QuoteDesk, type QuoteItem } from './quote-desk';
import { type ReviewPosition, reviewIndex, startReview, stepReview, syncReview } from './review-order';
import { roleLine } from './SourcesPanel';
import type { QuoteAttributionApi } from './useQuoteAttribution';
import './quotes.css';

const METHOD_LABELS: Record<(typeof QUOTE_METHODS)[number], string> = {
  interview: 'Interview',
  'press-conference': 'Press conference',
  statement: 'Statement',
  email: 'Email',
  'social-media': 'Social media',
  document: 'Document',
};

const CUE_TEXT: Record<string, string> = {
  pronoun: 'a pronoun (“he said”) pointing back to the last person named',
  colon: 'a colon after a sentence about the speaker',
  continuation: 'a quote continuing the previous one',
  role: 'a role (“the minister said”) pointing back to a person named earlier',
  subject: 'the subject of the sentence',
  'according to': '“according to”',
  'chosen by editor': 'an editor’s choice',
};

function cueText(cue: string | null): string {
  if (!cue) return 'none — no speech verb or name near the quote';
  return CUE_TEXT[cue] ?? `“${cue}” next to a name`;
}

/** A text field that saves when you leave it or press Enter, not on every keystroke. */
function RecordField(props: { label: string; value: string | null; multiline?: boolean; placeholder?: string; onCommit(value: string | null): void }) {
  const [value, setValue] = useState(props.value ?? '');
  const id = useId();
  useEffect(() => setValue(props.value ?? ''), [props.value]);
  const commit = () => {
    const v = value.trim() ? value.trim() : null;
    if (v !== props.value) props.onCommit(v);
  };
  const common = {
    id,
    value,
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => setValue(e.target.value),
    onBlur: commit,
  };
  return (
    <div className="review-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={2} />
      ) : (
        <input
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}

const NEW_PERSON = '__new__';
const NOBODY = '__none__';

function SpeakerPicker({ item, desk, api }: { item: QuoteItem; desk: QuoteDesk; api: QuoteAttributionApi }) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a different quote starts with the picker closed
  useEffect(() => {
    setAdding(false);
    setName('');
  }, [item.id]);
  const value = adding ? NEW_PERSON : (item.record.speakerId ?? NOBODY);
  return (
    <div className="review-speaker">
      <label className="review-field">
        <span>Speaker</span>
        <select
          aria-label="Speaker"
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === NEW_PERSON) setAdding(true);
            else {
              setAdding(false);
              api.setSpeaker(item.id, { personId: v === NOBODY ? null : v });
            }
          }}
        >
          <option value={NOBODY}>No speaker</option>
          {desk.choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {roleLine(p) ? ` — ${roleLine(p)}` : ''}
            </option>
          ))}
          <option value={NEW_PERSON}>Someone else…</option>
        </select>
      </label>
      {adding && (
        <form
          className="review-new-person"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            api.setSpeaker(item.id, { newName: name });
            setAdding(false);
          }}
        >
          <input aria-label="New speaker’s name" placeholder="Full name, as in the story" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit">Set speaker</button>
        </form>
      )}
    </div>
  );
}

/** Step through the quotes one at a time: check the speaker, confirm or flag, fill in the record. */
export function ReviewQuotes({
  desk,
  api,
  onClose,
  deskChanges,
}: {
  desk: QuoteDesk | null;
  api: QuoteAttributionApi;
  onClose(): void;
  /** What the desk has pending on a quote's words (suggestions, open notes), in a sentence, or null. */
  deskChanges?(quoteId: string): string | null;
}) {
  const root = useRef<HTMLElement>(null);
  // The order is fixed when the review opens and the current quote is held by its record id (see review-order.ts).
  const [saved, setSaved] = useState<ReviewPosition>(() => startReview(desk?.items ?? []));
  // Each new analysis: keep the places, append new quotes, follow the current one, or the nearest
  // one left when it is gone (adjusted during render: syncReview returns `saved` itself when nothing changed).
  const pos = desk ? syncReview(saved, desk.items) : saved;
  if (pos !== saved) setSaved(pos);
  /** Set when a step would go past the first or last quote, so the review says so instead of staying put silently. */
  const [edge, setEdge] = useState<'first' | 'last' | null>(null);

  const byId = useMemo(() => new Map((desk?.items ?? []).map((i) => [i.id, i])), [desk]);
  const order = pos.order;
  const at = reviewIndex(pos);
  const item = byId.get(pos.current ?? '') ?? null;
  const edgeNote = edge === 'last' && at >= order.length - 1 ? 'this is the last quote' : edge === 'first' && at === 0 ? 'this is the first quote' : null;

  const { markCurrent, reveal } = api;
  useEffect(() => {
    root.current?.focus();
    return () => markCurrent(null);
  }, [markCurrent]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the quote being reviewed, not each new desk
  useEffect(() => {
    if (!item) return;
    markCurrent(item.id);
    reveal(item.id);
  }, [item?.id]);

  const go = (delta: number) => {
    const step = stepReview(pos, delta);
    setEdge(step.moved ? null : delta > 0 ? 'last' : 'first');
    if (step.moved) setSaved(step.pos);
  };
  const patch = (p: Partial<QuoteRecord>) => item && api.updateRecord(item.id, p);
  const confirm = () => {
    if (!item) return;
    patch({ status: 'confirmed' });
    go(1);
  };
  const flag = () => patch({ status: 'flagged' });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const key = e.key.toLowerCase();
    const action = {
      j: () => go(1),
      arrowdown: () => go(1),
      arrowright: () => go(1),
      k: () => go(-1),
      arrowup: () => go(-1),
      arrowleft: () => go(-1),
      c: confirm,
      f: flag,
    }[key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <section ref={root} className="side-panel review" role="dialog" aria-label="Review quotes" tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="side-head">
        <h2>Review quotes</h2>
        <button type="button" className="side-close" aria-label="Close review" onClick={onClose}>
          ×
        </button>
      </header>
      {!desk || !item ? (
        <p className="side-empty">{desk ? 'There are no quotes in this story yet.' : 'Reading the story…'}</p>
      ) : (
        <div className="side-body">
          <p className="quote-summary" aria-live="polite">
            {summaryLine(desk.summary)}
          </p>
          <p className="quote-progress">
            Quote {at + 1} of {order.length} · {desk.summary.confirmed} confirmed
            <span aria-live="polite">{edgeNote ? ` · ${edgeNote}` : ''}</span>
          </p>
          <nav className="review-nav" aria-label="Quotes">
            <button type="button" onClick={() => go(-1)} aria-disabled={at === 0} aria-keyshortcuts="K ArrowUp">
              Previous quote
            </button>
            <button type="button" onClick={() => go(1)} aria-disabled={at >= order.length - 1} aria-keyshortcuts="J ArrowDown">
              Next quote
            </button>
          </nav>
          <p className="review-keys">
            Keys: <kbd>J</kbd> or <kbd>↓</kbd> next · <kbd>K</kbd> or <kbd>↑</kbd> previous · <kbd>C</kbd> confirm and go on · <kbd>F</kbd> flag ·{' '}
            <kbd>Esc</kbd> close
          </p>
          <div className={`review-state review-state-${item.check ? 'check' : item.state}`}>{item.check ? CHECK_LABEL : QUOTE_STATE_LABELS[item.state]}</div>
          <blockquote className="review-context" aria-label="Quote in context">
            {item.context.before}
            <mark>{item.context.quote}</mark>
            {item.context.after}
          </blockquote>
          <p className="review-paragraph">Paragraph {item.paragraph + 1}</p>
          {deskChanges?.(item.id) && <p className="review-desk-changes">{deskChanges(item.id)}</p>}

          <SpeakerPicker item={item} desk={desk} api={api} />
          <p className="review-cue">
            <span>How Copydesk found the speaker:</span> {cueText(item.cue)}
            {item.ambiguous && item.state === 'ambiguous' && <strong> More than one person could have said it.</strong>}
          </p>
          {item.check && (
            <p className="review-check" role="note">
              <strong>Check the speaker.</strong> Copydesk named {item.speaker?.name ?? 'a speaker'} on evidence that has often misled it on news it was
              never tuned on (someone else named in between, or the name far back). Confirm it or choose the right person.
            </p>
          )}

          <div className="review-actions">
            <button type="button" className="primary" onClick={confirm} aria-keyshortcuts="C">
              Confirm
            </button>
            <button type="button" className="review-flag" onClick={flag} aria-keyshortcuts="F">
              Flag
            </button>
            {item.record.status !== 'detected' && (
              <button type="button" className="link-button" onClick={() => patch({ status: 'detected' })}>
                Undo {item.record.status === 'confirmed' ? 'confirmation' : 'flag'}
              </button>
            )}
          </div>

          <fieldset className="review-record" key={item.id}>
            <legend>Record</legend>
            <label className="review-field">
              <span>How it was obtained</span>
              <select
                aria-label="How it was obtained"
                value={item.record.method ?? ''}
                onChange={(e) => patch({ method: (e.target.value || null) as QuoteRecord['method'] })}
              >
                <option value="">Not recorded</option>
                {QUOTE_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {METHOD_LABELS[m]}
                  </option>
                ))}
              </select>
            </label>
            <RecordField label="Date" placeholder="e.g. Nov. 26" value={item.record.date} onCommit={(date) => patch({ date })} />
            <RecordField
              label="Source note or link"
              placeholder="Recording, notes, URL…"
              value={item.record.sourceNote}
              onCommit={(sourceNote) => patch({ sourceNote })}
            />
            <RecordField
              label="Reviewer’s note"
              multiline
              placeholder="Why it is flagged, what to check"
              value={item.record.reviewerNote}
              onCommit={(reviewerNote) => patch({ reviewerNote })}
            />
          </fieldset>
        </div>
      )}
    </section>
  );
}
