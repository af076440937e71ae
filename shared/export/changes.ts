import type { Node } from 'prosemirror-model';
import { type Article, bodyNode } from '../article';
import { articleForExport, type ChangesMode, type Note, NOTE_KIND_LABELS, pendingChanges, type SuggestionRecord } from '../changes';
import { ExportError } from './errors';
import type { HostExportFormat } from './formats';

/**
 * What every exporter shares about the desk's suggestions and notes: which mode an export is
 * in, the refusal when nobody chose one, and how a suggestion's author and time are labelled.
 */

/**
 * The formats that can show changes (a Word document as tracked changes and comments); NINJS and
 * plain text carry a story as it would run.
 */
export const FORMATS_SHOWING_CHANGES: readonly HostExportFormat[] = ['html', 'html-fragment', 'md', 'docx'];

export function canShowChanges(format: HostExportFormat): boolean {
  return FORMATS_SHOWING_CHANGES.includes(format);
}

/** "3 pending suggestions and 1 open note" (or one of the two). */
export function pendingChangesText(counts: { suggestions: number; notes: number }): string {
  const parts: string[] = [];
  if (counts.suggestions) parts.push(`${counts.suggestions} pending suggestion${counts.suggestions === 1 ? '' : 's'}`);
  if (counts.notes) parts.push(`${counts.notes} open note${counts.notes === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** An export asked for without a changes mode, of a story that has pending suggestions or open notes. */
export class PendingChangesError extends ExportError {
  constructor(readonly counts: { suggestions: number; notes: number }) {
    super(
      `The story has ${pendingChangesText(counts)}. Choose how to export it: as accepted, as rejected (the original), or with the changes shown (--changes accepted|rejected|shown on the command line).`,
    );
    this.name = 'PendingChangesError';
  }
}

/**
 * The article an export writes, and the mode it is written in. Without a mode, a story with
 * pending changes is refused (PendingChangesError); one without any exports as accepted, which
 * leaves out resolved notes and the change records. `shown` is refused for NINJS and plain text.
 */
export function articleInMode(
  article: Article,
  format: HostExportFormat,
  mode: ChangesMode | undefined,
  body: Node = bodyNode(article.body),
): { article: Article; mode: ChangesMode } {
  if (!mode) {
    const counts = pendingChanges(article, body);
    if (counts.suggestions || counts.notes) throw new PendingChangesError(counts);
    mode = 'accepted';
  }
  if (mode === 'shown' && !canShowChanges(format)) {
    throw new ExportError(
      `${format === 'ninjs' ? 'NINJS' : 'Plain text'} carries a story as it would run, so it cannot show suggestions and notes. Export it as accepted or as rejected (the original), or choose HTML or Markdown to show the changes.`,
    );
  }
  return { article: articleForExport(article, mode), mode };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A record's time as an ISO string for `datetime`, or null when it is not a time. */
export function isoTime(at: string): string | null {
  if (!at) return null;
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** "3 Dec 2026 10:04 UTC": the same on every machine, whatever its time zone. */
export function readableTime(at: string): string {
  const iso = isoTime(at);
  if (!iso) return at;
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}:${mm} UTC`;
}

/** "Inserted by Ana Ruiz, 3 Dec 2026 10:04 UTC" (or without who and when when there is no record). */
export function changeTitle(verb: string, record: { author: string; at: string } | undefined): string {
  if (!record) return verb;
  const when = readableTime(record.at);
  return `${verb} by ${record.author}${when ? `, ${when}` : ''}`;
}

/** The article's change records by id, for exporters that show who made each change. */
export interface ChangeRecords {
  suggestions: Map<string, SuggestionRecord>;
  notes: Map<string, Note>;
}

export function changeRecords(article: Article): ChangeRecords {
  return {
    suggestions: new Map((article.changes?.suggestions ?? []).map((s) => [s.id, s])),
    notes: new Map((article.changes?.notes ?? []).map((n) => [n.id, n])),
  };
}

export function noteKindLabel(note: Note): string {
  return NOTE_KIND_LABELS[note.kind] ?? note.kind;
}
