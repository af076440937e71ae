import { Fragment, useId } from 'react';
import type { ArticleComparison, BlockComparison, WordSpan } from '../../shared/compare';
import { blockLabel, displayRuns, summaryLine, unchangedLabel } from '../../shared/compare/labels';

/** Word spans as React text: what only the older version has in <del>, what only the newer has in <ins>. */
export function Spans({ spans }: { spans: readonly WordSpan[] }) {
  return (
    <>
      {spans.map((s, i) => {
        const text = lines(s.text);
        // biome-ignore lint/suspicious/noArrayIndexKey: spans are a fixed list, drawn again whole for each comparison
        if (s.kind === 'deleted') return <del key={i}>{text}</del>;
        // biome-ignore lint/suspicious/noArrayIndexKey: as above
        if (s.kind === 'inserted') return <ins key={i}>{text}</ins>;
        // biome-ignore lint/suspicious/noArrayIndexKey: as above
        return <Fragment key={i}>{text}</Fragment>;
      })}
    </>
  );
}

/** A hard line break in the story (`\n` in a span) as <br>. */
function lines(text: string) {
  if (!text.includes('\n')) return text;
  return text.split('\n').map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one span, in order
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ));
}

const speakerName = (name: string | null) => name ?? 'no speaker';

interface ComparisonViewProps {
  comparison: ArticleComparison;
  olderLabel: string;
  newerLabel: string;
  /** Given when the newer side is the editor's text: offers "Restore this paragraph" where it can. */
  canRestore?: (index: number) => boolean;
  onRestore?: (index: number) => void;
}

/**
 * Two versions, inline: the fields that differ, quotes whose speaker changed, then the story's
 * changed blocks in reading order (runs of unchanged ones folded into a line), each with its words
 * deleted and inserted. Everything from the story is React text, never markup.
 */
export function ComparisonView({ comparison, olderLabel, newerLabel, canRestore, onRestore }: ComparisonViewProps) {
  return (
    <section className="comparison" aria-label="Comparison">
      <p className="comparison-versions">
        {/* Styled as the words they stand for: struck through is older, underlined is newer. */}
        <span>
          <span className="comparison-key is-older">Older:</span> {olderLabel}
        </span>
        <span>
          <span className="comparison-key is-newer">Newer:</span> {newerLabel}
        </span>
      </p>
      <p className="comparison-summary">{summaryLine(comparison)}</p>
      {comparison.fields.length > 0 && (
        <FieldChanges fields={comparison.fields} label="Fields changed" />
      )}
      {comparison.speakers.length > 0 && (
        <ul className="comparison-speakers" aria-label="Speakers changed">
          {comparison.speakers.map((s) => (
            <li key={s.quoteId}>
              Speaker of <q>{s.quote}</q>
              {s.block !== null && comparison.blocks[s.block]?.newer && ` (¶${comparison.blocks[s.block]!.newer!.index + 1})`}:{' '}
              <del>{speakerName(s.older)}</del> <ins>{speakerName(s.newer)}</ins>
            </li>
          ))}
        </ul>
      )}
      <div className="comparison-blocks">
        {displayRuns(comparison.blocks).map((run) =>
          'unchanged' in run ? (
            <p key={`same-${run.unchanged[0]!.newer!.index}`} className="comparison-unchanged">
              {unchangedLabel(run.unchanged[0]!, run.unchanged[run.unchanged.length - 1]!)}
            </p>
          ) : (
            <ChangedBlock
              key={`block-${run.index}`}
              block={run.block}
              restorable={!!onRestore && !!canRestore?.(run.index)}
              onRestore={() => onRestore?.(run.index)}
            />
          ),
        )}
      </div>
    </section>
  );
}

/** Fields that changed (the story's, or a photo's), each with its words struck and inserted. */
function FieldChanges({ fields, label }: { fields: readonly { field: string; label: string; spans: Parameters<typeof Spans>[0]['spans'] }[]; label?: string }) {
  return (
    <dl className="comparison-fields" aria-label={label}>
      {fields.map((f) => (
        <div key={f.field}>
          <dt>{f.label}</dt>
          <dd>
            <Spans spans={f.spans} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ChangedBlock({ block, restorable, onRestore }: { block: BlockComparison; restorable: boolean; onRestore(): void }) {
  const labelId = useId();
  const isPhoto = (block.newer ?? block.older)?.type === 'photo';
  const photoFields = (block.photo ?? []).filter((f) => f.field !== 'caption');
  return (
    <div className="comparison-block" data-kind={block.kind}>
      <p className="comparison-where" id={labelId}>
        {blockLabel(block)}
      </p>
      {block.spans.length > 0 && (
        <p className={`comparison-text${block.spans.every((s) => s.kind === 'equal') ? ' is-unedited' : ''}`}>
          {isPhoto && <span className="comparison-field-name">Caption: </span>}
          <Spans spans={block.spans} />
        </p>
      )}
      {photoFields.length > 0 && (
        <FieldChanges fields={photoFields} />
      )}
      {restorable && (
        // Several blocks have this button: its description says which one it puts back. A photo is
        // put back whole (image, caption, credit), so its button says so.
        <button type="button" className="comparison-restore" aria-describedby={labelId} onClick={onRestore}>
          {isPhoto ? 'Restore this photo' : 'Restore this paragraph'}
        </button>
      )}
    </div>
  );
}
