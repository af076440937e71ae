/**
 * Documents in and out of the library — public surface. Plain Node (no Electron), so the
 * Electron main process, the web host, the command line and tests all use the same code.
 */
export { decodeText } from './decode';
export { type ExportAsset, exportArticleAnswer, exportLibraryArticle, type RenderedExport, renderExport } from './export';
export { importHtml } from './html';
export { articleFromDocument, IMPORT_EXTENSIONS, IMPORT_LIMITS, importDocument, readDocument } from './import';
export { resolveImportedPhotos } from './photos';
