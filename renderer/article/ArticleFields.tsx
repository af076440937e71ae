import { type Ref, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { smartenAt } from './typography';

interface PlainFieldProps {
  label: string;
  value: string;
  className: string;
  placeholder: string;
  onChange(value: string): void;
  /** Enter moves on (to the next field or the body) instead of adding a line. */
  onEnter?(): void;
  /** For moving the cursor into the field. */
  ref?: Ref<FieldFocus>;
  /** A viewer's shared story: shown, not changed. */
  readOnly?: boolean;
}

/** What a field offers the app: the cursor, put into it. */
export interface FieldFocus {
  focus(): void;
  /** puts the cursor into the field with characters [from, to) selected (a check's words) */
  select(from: number, to: number): void;
}

/**
 * Chromium (so Electron) sizes the field to its text itself (`field-sizing: content`, styles.css),
 * at every width and after every resize; other browsers opening the web host get it measured here.
 */
const SIZES_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

function fitHeight(el: HTMLTextAreaElement) {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

/** A headline-like field: one paragraph of plain text that grows with its content, with typographic quotes. */
export function PlainField({ label, value, className, placeholder, onChange, onEnter, ref: handle, readOnly }: PlainFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(
    handle,
    () => ({
      focus: () => ref.current?.focus(),
      select: (from, to) => {
        const el = ref.current;
        if (!el) return;
        el.focus();
        el.setSelectionRange(from, to);
        el.scrollIntoView({ block: 'center' });
      },
    }),
    [],
  );
  const caret = useRef<number | null>(null);
  // A value changed by someone else (a shared story's headline) while this field has the cursor:
  // the cursor keeps its place in the words around it instead of jumping to the end.
  const el = ref.current;
  if (el && caret.current === null && el.value !== value && document.activeElement === el) {
    caret.current = mapCaret(el.value, value, el.selectionStart);
  }
  useEffect(() => {
    const el = ref.current;
    if (SIZES_ITSELF || !el) return;
    // A narrower column wraps the text onto more lines: measure again when the width changes.
    let width = el.clientWidth;
    const follow = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fitHeight(el);
    });
    follow.observe(el);
    return () => follow.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!SIZES_ITSELF) fitHeight(el);
    if (caret.current !== null && document.activeElement === el) {
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });
  return (
    <textarea
      ref={ref}
      aria-label={label}
      className={className}
      placeholder={placeholder}
      value={value}
      rows={1}
      readOnly={readOnly}
      spellCheck
      onChange={(e) => {
        const el = e.target;
        const raw = el.value.replace(/\r?\n/g, ' ');
        const smart = (e.nativeEvent as InputEvent).inputType === 'insertText' ? smartenAt(raw, el.selectionStart) : { value: raw, caret: el.selectionStart };
        caret.current = smart.caret;
        onChange(smart.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          onEnter?.();
        }
      }}
    />
  );
}

/** Where a caret at `at` in `before` is in `after`, the change being the part between their common prefix and suffix. */
export function mapCaret(before: string, after: string, at: number): number {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // A caret right where the change is goes after it (as when the field is filled while empty).
  if (at >= before.length - end) return at + after.length - before.length;
  if (at <= start) return at;
  return after.length - end;
}
