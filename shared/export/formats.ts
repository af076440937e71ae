/** The export formats, kept apart so the host contract can name them without loading the exporters. */
export const EXPORT_FORMATS = ['html', 'html-fragment', 'md', 'ninjs', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
