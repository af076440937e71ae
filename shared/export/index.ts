import { type Article, slugForHeadline } from '../article';
import type { ChangesMode } from '../changes';
import { articleInMode } from './changes';
import { ExportError } from './errors';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from './formats';
import { articleHtmlDocument, storyBodyHtml } from './html';
import { articleMarkdown } from './markdown';
import { articleNinjsJson } from './ninjs';
import type { PhotoLinker } from './photos';
import { articleWireText } from './text';

export {
  articleInMode,
  canShowChanges,
  changeTitle,
  FORMATS_SHOWING_CHANGES,
  PendingChangesError,
  pendingChangesText,
  readableTime,
} from './changes';
export { formatDateline } from './dateline';
export { ExportError, missingExporter } from './errors';
export { escapeHtml, scriptSafeJson, stripControls } from './escape';
export { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat, HOST_EXPORT_FORMATS, type HostExportFormat, IMPORTABLE_EXTENSIONS } from './formats';
export { articleHtmlDocument, bylineHtml, NEWS_PAGE_CSS, newsArticleJsonLd, noteAsideHtml, storyBodyHtml } from './html';
export { articleMarkdown, markdownFrontMatter } from './markdown';
export { articleNinjs, articleNinjsJson, NINJS_SCHEMA, NINJS_VERSION, type NinjsItem, readyOverrideNote } from './ninjs';
export { imageMimeType, isRasterDataUri, libraryPhotoLinker, type PhotoLinker, safeImageSrc } from './photos';
export { type ArticleQuotes, articleQuotes, type QuoteSpan, type QuoteWithSpeaker } from './quotes';
export { articlePlainBody, articleWireText } from './text';

export interface ArticleExport {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface ExportOptions {
  /** Where each photo's image is in the export (copied files or data: URIs). */
  photo?: PhotoLinker;
  /**
   * Pending suggestions and notes: accepted, rejected (the original), or shown (HTML and
   * Markdown only). Required when the story has any (PendingChangesError names how many).
   */
  changes?: ChangesMode;
}

/** One article in one format, as text. Photos are linked through `photo` (copied files or data: URIs). */
export function exportArticle(original: Article, format: ExportFormat, options: ExportOptions = {}): ArticleExport {
  const info = (EXPORT_FORMATS as readonly string[]).includes(format) ? EXPORT_FORMAT_INFO[format] : undefined;
  if (!info) throw new ExportError(`Copydesk cannot export to "${String(format)}". Choose one of: ${EXPORT_FORMATS.join(', ')}.`);
  const { article } = articleInMode(original, format, options.changes);
  const fileName = `${slugForHeadline(article.headline || 'untitled')}${info.extension}`;
  const text =
    format === 'html'
      ? articleHtmlDocument(article, options)
      : format === 'html-fragment'
        ? storyBodyHtml(article, options)
        : format === 'md'
          ? articleMarkdown(article, options)
          : format === 'ninjs'
            ? articleNinjsJson(article, options)
            : articleWireText(article);
  return { fileName, mimeType: info.mimeType, text };
}
