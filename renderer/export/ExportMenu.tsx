import './export.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangesMode } from '../../shared/changes/article';
import type { HostApi } from '../../shared/contract';
import { canShowChanges, pendingChangesText } from '../../shared/export/changes';
import { EXPORT_FORMAT_INFO, HOST_EXPORT_FORMATS, type HostExportFormat } from '../../shared/export/formats';
import { ModalDialog } from '../checks/ModalDialog';
import { base64Bytes, downloadFile } from './download';

export interface PendingCounts {
  suggestions: number;
  notes: number;
}

export interface ExportMenuProps {
  host: HostApi;
  path: string;
  /** Saves the story first, so the export is what is on screen. */
  beforeExport(): Promise<unknown>;
  /** The story's pending suggestions and open notes now (asked when a format is chosen). */
  pendingChanges?(): PendingCounts;
  onError(e: unknown): void;
  onDone(message: string): void;
}

/**
 * The Export button: the formats a CMS, a website, a wire desk or a colleague takes. In the app
 * every file carries its photos inside (data: URIs), so one download is the whole story; the
 * command line can copy photos into a folder beside the file instead. A story with pending
 * suggestions or open notes first asks how they go out (ChangesChoice).
 */
export function ExportMenu({ host, path, beforeExport, pendingChanges, onError, onDone }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<{ format: HostExportFormat; counts: PendingCounts } | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const run = async (format: HostExportFormat, changes?: ChangesMode) => {
    setAsking(null);
    setBusy(true);
    try {
      await beforeExport();
      const result = await host.exportArticle({ path, format, embedImages: true, ...(changes ? { changes } : {}) });
      downloadFile(result.fileName, result.encoding === 'base64' ? base64Bytes(result.data) : result.data, result.mimeType);
      onDone(`Exported “${result.fileName}”.`);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = (format: HostExportFormat) => {
    setOpen(false);
    const counts = pendingChanges?.() ?? { suggestions: 0, notes: 0 };
    if (counts.suggestions || counts.notes) setAsking({ format, counts });
    else void run(format);
  };

  return (
    <div className="export-menu">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label="Export as"
          className="export-menu-list"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          {HOST_EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" role="menuitem" onClick={() => choose(format)}>
              {EXPORT_FORMAT_INFO[format].label}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <ChangesChoice
          format={asking.format}
          counts={asking.counts}
          returnFocus={() => button.current}
          onChoose={(mode) => void run(asking.format, mode)}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}

interface ChangesChoiceProps {
  format: HostExportFormat;
  counts: PendingCounts;
  returnFocus(): HTMLElement | null;
  onChoose(mode: ChangesMode): void;
  onCancel(): void;
}

/** How the story's pending suggestions and open notes go out: accepted, rejected, or shown. */
function ChangesChoice({ format, counts, returnFocus, onChoose, onCancel }: ChangesChoiceProps) {
  const id = useId();
  const showable = canShowChanges(format);
  return (
    <ModalDialog title="Export with suggestions and notes?" describedBy={`${id}-lead`} className="export-changes" returnFocus={returnFocus} onClose={onCancel}>
      <p id={`${id}-lead`} className="check-dialog-lead">
        This story has {pendingChangesText(counts)}. Export it as if every suggestion were accepted, as it was before them (the original), or with the changes
        and notes shown. The story itself is not changed.
      </p>
      {!showable && (
        <p className="check-dialog-lead" id={`${id}-shown`}>
          {EXPORT_FORMAT_INFO[format].label} carries a story as it would run, so it cannot show the changes.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => onChoose('accepted')}>
          As accepted
        </button>
        <button type="button" onClick={() => onChoose('rejected')}>
          As rejected (original)
        </button>
        <button type="button" disabled={!showable} aria-describedby={showable ? undefined : `${id}-shown`} onClick={() => onChoose('shown')}>
          With changes shown
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
