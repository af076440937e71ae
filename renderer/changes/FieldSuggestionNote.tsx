import { FIELD_LABELS, fieldText } from '../../shared/compare';
import { colourOf, type FieldSuggestion, type SuggestibleField } from '../../shared/changes';
import type { DeskChanges } from './useDeskChanges';

/** A field's value as the reader sees it (Compare's wording), or "(empty)". */
function shown(field: SuggestibleField, value: unknown): string {
  return fieldText({ headline: '', standfirst: '', byline: { position: 'top', contributors: [] }, dateline: null, [field]: value }, field) || '(empty)';
}

/** The value a field suggestion proposes, as the reader would see it. */
export function suggestedText(record: FieldSuggestion): string {
  return shown(record.field, record.value);
}

/** A field's pending suggestion beside it: old → new, and who suggested it. */
export function FieldSuggestionNote({ field, desk, current }: { field: SuggestibleField; desk: DeskChanges; current: unknown }) {
  const s = desk.pendingField(field);
  if (!s) return null;
  return (
    <p className="field-suggestion">
      <span>
        <span className="visually-hidden">{FIELD_LABELS[field]}: </span>
        {s.author} suggests:
      </span>
      <del>{shown(field, current)}</del>
      <span aria-hidden="true">→</span>
      <ins style={{ ['--author-colour' as string]: colourOf(s.author) }}>{shown(field, s.value)}</ins>
    </p>
  );
}
