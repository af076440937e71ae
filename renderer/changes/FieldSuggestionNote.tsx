import { bylineText, formatDateline } from '../../shared/article';
import { colourOf, type FieldSuggestion, type SuggestibleField } from '../../shared/changes';
import type { DeskChanges } from './useDeskChanges';

function shown(field: SuggestibleField, value: unknown): string {
  if (field === 'byline') return bylineText((value as Extract<FieldSuggestion, { field: 'byline' }>['value']).contributors) || '(no byline)';
  if (field === 'dateline') return formatDateline(value as Extract<FieldSuggestion, { field: 'dateline' }>['value']) || '(no dateline)';
  return (value as string) || '(empty)';
}

const LABELS = { headline: 'Headline', standfirst: 'Standfirst', byline: 'Byline', dateline: 'Dateline' } as const;

/** A field's pending suggestion beside it: old → new, and who suggested it. */
export function FieldSuggestionNote({ field, desk, current }: { field: SuggestibleField; desk: DeskChanges; current: unknown }) {
  const s = desk.pendingField(field);
  if (!s) return null;
  return (
    <p className="field-suggestion">
      <span>
        <span className="visually-hidden">{LABELS[field]}: </span>
        {s.author} suggests:
      </span>
      <del>{shown(field, current)}</del>
      <span aria-hidden="true">→</span>
      <ins style={{ ['--author-colour' as string]: colourOf(s.author) }}>{shown(field, s.value)}</ins>
    </p>
  );
}
