// The escaper alone, not the export module's index: that would bring every exporter, and with the
// Markdown one markdown-it, into each window that compares versions (the editor's too).
import { escapeHtml } from '../export/escape';
import { blockLabel, displayRuns, summaryLine, unchangedLabel } from './labels';
import type { ComparisonRenderOptions } from './render-text';
import type { ArticleComparison, BlockComparison, WordSpan } from './types';

/** Text for HTML: escaped, a hard line break as <br>. */
const text = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

/** Word spans as HTML: `<del>` and `<ins>` around what changed. */
export function spansHtml(spans: readonly WordSpan[]): string {
  return spans.map((s) => (s.kind === 'deleted' ? `<del>${text(s.text)}</del>` : s.kind === 'inserted' ? `<ins>${text(s.text)}</ins>` : text(s.text))).join('');
}

const speakerName = (name: string | null) => text(name ?? 'no speaker');

/**
 * The comparison as an HTML fragment (one `<section class="compare">`): fields, speakers, each
 * changed block with its place, runs of unchanged ones, and a summary. Nothing from the story is
 * markup: every piece of text is escaped.
 */
export function comparisonHtml(comparison: ArticleComparison, options: ComparisonRenderOptions = {}): string {
  const out: string[] = ['<section class="compare" aria-label="Compare versions">'];
  if (options.olderLabel || options.newerLabel) {
    const parts = [options.olderLabel && `Older: ${text(options.olderLabel)}`, options.newerLabel && `Newer: ${text(options.newerLabel)}`];
    out.push(`<p class="compare-versions">${parts.filter(Boolean).join(' · ')}</p>`);
  }
  if (comparison.fields.length) {
    out.push('<dl class="compare-fields">');
    for (const f of comparison.fields) out.push(`<dt>${text(f.label)}</dt><dd>${spansHtml(f.spans)}</dd>`);
    out.push('</dl>');
  }
  if (comparison.speakers.length) {
    out.push('<ul class="compare-speakers">');
    for (const s of comparison.speakers) {
      const where = s.block === null ? '' : ` (¶${comparison.blocks[s.block]!.newer!.index + 1})`;
      out.push(`<li>Speaker of <q>${text(s.quote)}</q>${where}: <del>${speakerName(s.older)}</del> <ins>${speakerName(s.newer)}</ins></li>`);
    }
    out.push('</ul>');
  }
  for (const run of displayRuns(comparison.blocks)) {
    if ('unchanged' in run) {
      if (options.showUnchanged) {
        for (const b of run.unchanged)
          out.push(`<div class="compare-block" data-kind="equal"><p class="compare-where">¶${b.newer!.index + 1}</p><p>${text(b.newer!.text)}</p></div>`);
      } else out.push(`<p class="compare-unchanged">${text(unchangedLabel(run.unchanged[0]!, run.unchanged[run.unchanged.length - 1]!))}</p>`);
    } else out.push(blockHtml(run.block, run.index));
  }
  out.push(`<p class="compare-summary">${text(summaryLine(comparison))}</p>`, '</section>');
  return `${out.join('\n')}\n`;
}

function blockHtml(block: BlockComparison, index: number): string {
  const parts = [`<div class="compare-block" data-kind="${block.kind}" data-block="${index}">`, `<p class="compare-where">${text(blockLabel(block))}</p>`];
  if (block.spans.length) parts.push(`<p>${spansHtml(block.spans)}</p>`);
  const photo = (block.photo ?? []).filter((f) => f.field !== 'caption');
  if (photo.length) parts.push(`<dl class="compare-photo">${photo.map((f) => `<dt>${text(f.label)}</dt><dd>${spansHtml(f.spans)}</dd>`).join('')}</dl>`);
  parts.push('</div>');
  return parts.join('');
}
