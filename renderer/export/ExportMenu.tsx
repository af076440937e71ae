import './export.css';
import { useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../shared/contract';
import { EXPORT_FORMAT_INFO, HOST_EXPORT_FORMATS, type HostExportFormat } from '../../shared/export/formats';
import { base64Bytes, downloadFile } from './download';

export interface ExportMenuProps {
  host: HostApi;
  path: string;
  /** Saves the story first, so the export is what is on screen. */
  beforeExport(): Promise<unknown>;
  onError(e: unknown): void;
  onDone(message: string): void;
}

/**
 * The Export button: the formats a CMS, a website, a wire desk or a colleague takes. In the app
 * every file carries its photos inside (data: URIs), so one download is the whole story; the
 * command line can copy photos into a folder beside the file instead.
 */
export function ExportMenu({ host, path, beforeExport, onError, onDone }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const run = async (format: HostExportFormat) => {
    setOpen(false);
    setBusy(true);
    try {
      await beforeExport();
      const result = await host.exportArticle({ path, format, embedImages: true });
      downloadFile(result.fileName, result.encoding === 'base64' ? base64Bytes(result.data) : result.data, result.mimeType);
      onDone(`Exported “${result.fileName}”.`);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
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
            <button key={format} type="button" role="menuitem" onClick={() => void run(format)}>
              {EXPORT_FORMAT_INFO[format].label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
