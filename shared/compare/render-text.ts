import { blockLabel, displayRuns, summaryLine, unchangedLabel } from './labels';
import type { ArticleComparison, BlockComparison, WordSpan } from './types';

export interface ComparisonRenderOptions {
  /** Names for the two versions ("storm.copydesk.json", "revision of 9 Jan, 10:04"), printed first. */
  olderLabel?: string;
  newerLabel?: string;
  /** Print unchanged paragraphs in full instead of "¶1–12 unchanged". */
  showUnchanged?: boolean;
}

/** Word spans as text: `[-deleted-]`, `{+inserted+}`, the rest as it is (as `git diff --word-diff`). */
export function spansText(spans: readonly WordSpan[]): string {
  return spans.map((s) => (s.kind === 'deleted' ? `[-${s.text}-]` : s.kind === 'inserted' ? `{+${s.text}+}` : s.text)).join('');
}

const speakerName = (name: string | null) => name ?? 'no speaker';

/** The comparison as plain text, one line per field, speaker and changed block, then a summary. */
export function comparisonText(comparison: ArticleComparison, options: ComparisonRenderOptions = {}): string {
  const lines: string[] = [];
  if (options.olderLabel) lines.push(`Older: ${options.olderLabel}`);
  if (options.newerLabel) lines.push(`Newer: ${options.newerLabel}`);
  if (lines.length) lines.push('');
  for (const f of comparison.fields) lines.push(`${f.label}: ${spansText(f.spans)}`);
  for (const s of comparison.speakers) {
    const where = s.block === null ? '' : ` (¶${comparison.blocks[s.block]!.newer!.index + 1})`;
    lines.push(`Speaker of “${s.quote}”${where}: [-${speakerName(s.older)}-]{+${speakerName(s.newer)}+}`);
  }
  if (lines.length) lines.push('');
  for (const run of displayRuns(comparison.blocks)) {
    if ('unchanged' in run) {
      if (options.showUnchanged) for (const b of run.unchanged) lines.push(`¶${b.newer!.index + 1}: ${b.newer!.text}`);
      else lines.push(unchangedLabel(run.unchanged[0]!, run.unchanged[run.unchanged.length - 1]!));
    } else lines.push(...blockLines(run.block));
  }
  if (comparison.blocks.length) lines.push('');
  lines.push(summaryLine(comparison));
  return `${lines.join('\n')}\n`;
}

function blockLines(block: BlockComparison): string[] {
  const text = block.spans.length ? `: ${spansText(block.spans)}` : (block.newer ?? block.older)!.type === 'photo' ? '' : ': (empty)';
  const head = `${blockLabel(block)}${text}`;
  const photo = (block.photo ?? []).filter((f) => f.field !== 'caption').map((f) => `    ${f.label}: ${spansText(f.spans)}`);
  return [head, ...photo];
}
