/** The export formats, kept apart so the host contract can name them without loading the exporters. */
export const EXPORT_FORMATS = ['html', 'html-fragment', 'md', 'ninjs', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Every format the host exports: the text formats above (written here, in shared/) and a Word
 * document with tracked changes and comments, which is a ZIP file the host writes.
 */
export const HOST_EXPORT_FORMATS = [...EXPORT_FORMATS, 'docx'] as const;
export type HostExportFormat = (typeof HOST_EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_INFO: Record<HostExportFormat, { label: string; extension: string; mimeType: string }> = {
  html: { label: 'Web page (HTML)', extension: '.html', mimeType: 'text/html; charset=utf-8' },
  'html-fragment': { label: 'HTML for a CMS (story body)', extension: '.fragment.html', mimeType: 'text/html; charset=utf-8' },
  md: { label: 'Markdown', extension: '.md', mimeType: 'text/markdown; charset=utf-8' },
  ninjs: { label: 'NINJS 1.4 (IPTC news JSON)', extension: '.ninjs.json', mimeType: 'application/json; charset=utf-8' },
  txt: { label: 'Plain text (wire style)', extension: '.txt', mimeType: 'text/plain; charset=utf-8' },
  docx: {
    label: 'Word document (with tracked changes)',
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

/** Files the importers read, by extension (what an Import button or a drop accepts). */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;
