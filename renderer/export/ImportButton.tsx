import type React from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type HostApi, MAX_UPLOAD_BYTES } from '../../shared/contract';
import { IMPORTABLE_EXTENSIONS } from '../../shared/export/formats';
import { fileToBase64 } from './download';

export function isImportableFile(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface DocumentImport {
  importFiles(files: File[]): Promise<void>;
  busy: boolean;
  /** The one file input (rendered once by DocumentFileInput, so it outlives the buttons that open it). */
  input: React.RefObject<HTMLInputElement | null>;
}

/**
 * Imports files one by one as new articles; opens the last one; says what went wrong with any
 * other, and what an imported file had that was kept as plain text (bad CriticMarkup, and where).
 */
export function useDocumentImport(host: HostApi, onImported: (path: string) => Promise<void>, onError: (message: string) => void): DocumentImport {
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useCallback(
    async (files: File[]) => {
      setBusy(true);
      const problems: string[] = [];
      let last: string | null = null;
      try {
        for (const file of files) {
          try {
            // The host contract takes files up to MAX_UPLOAD_BYTES: bigger ones are refused here, before any upload.
            if (file.size > MAX_UPLOAD_BYTES)
              throw new Error(`“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB, more than a story file can be. Nothing was imported from it.`);
            const { path, notices } = await host.importDocument({ fileName: file.name, data: await fileToBase64(file) });
            last = path;
            // Imported, but the desk should check something (Word changes that could not be read, CriticMarkup kept as text).
            problems.push(...(notices ?? []));
          } catch (e) {
            problems.push(e instanceof Error ? e.message : String(e));
          }
        }
        if (last) await onImported(last);
      } finally {
        setBusy(false);
      }
      if (problems.length) onError(problems.join(' '));
    },
    [host, onImported, onError],
  );
  return { importFiles, busy, input };
}

/** The Import button: opens the file picker for .txt, .md, .html and .docx. */
export function ImportButton({ importer }: { importer: DocumentImport }) {
  return (
    <button type="button" disabled={importer.busy} onClick={() => importer.input.current?.click()}>
      {importer.busy ? 'Importing…' : 'Import'}
    </button>
  );
}

/** The file input behind every Import button; render it once, where it stays mounted. */
export function DocumentFileInput({ importer }: { importer: DocumentImport }) {
  return (
    <input
      ref={importer.input}
      type="file"
      multiple
      hidden
      aria-label="Import files"
      accept={IMPORTABLE_EXTENSIONS.join(',')}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = '';
        if (files.length) void importer.importFiles(files);
      }}
    />
  );
}

/**
 * Stories dropped anywhere on the window are imported. Only drops made entirely of story files
 * are taken (in the capture phase, before the editor sees them); photos still go to the editor.
 */
export function useDocumentDrop(importer: DocumentImport): void {
  useEffect(() => {
    const files = (e: DragEvent) => [...(e.dataTransfer?.files ?? [])];
    const onDragOver = (e: DragEvent) => {
      if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
      const items = [...(e.dataTransfer?.items ?? [])];
      // While dragging, names are hidden; a document type is enough to say yes.
      if (items.length && items.every((i) => i.kind === 'file' && /text\/(plain|markdown|html)|wordprocessingml/.test(i.type))) {
        e.preventDefault();
        e.stopPropagation();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }
    };
    const onDrop = (e: DragEvent) => {
      const list = files(e);
      if (!list.length || !list.every((f) => isImportableFile(f.name))) return;
      e.preventDefault();
      e.stopPropagation();
      void importer.importFiles(list);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importer]);
}
