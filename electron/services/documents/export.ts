import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Article, bodyNode, slugForHeadline } from '../../../shared/article';
import { HostError } from '../../../shared/contract';
import type { ChangesMode } from '../../../shared/changes';
import { articleInMode, EXPORT_FORMAT_INFO, ExportError, exportArticle, type HostExportFormat, imageMimeType, PendingChangesError } from '../../../shared/export';
import { LIBRARY_PHOTO_FILE } from '../../../shared/photos';
import type { ArticleLibrary } from '../library';
import { articleWordDocument, type WordPhotoImages } from './word-export';

export interface ExportAsset {
  /** Path relative to the exported file, e.g. "story-photos/<sha256>.jpg". */
  name: string;
  bytes: Buffer;
}

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  /** The exported file: text, or the bytes of a Word document. */
  data: string | Buffer;
  assets: ExportAsset[];
}

export interface RenderExportOptions {
  /** The library folder the article's `media/…` paths are relative to. */
  mediaRoot: string;
  /** Put photos inside the file as data: URIs instead of a folder beside it. */
  embedImages?: boolean;
  /** Name of the photo folder beside the exported file (default: "<slug>-photos"). */
  assetFolder?: string;
  /** Pending suggestions and notes: accepted, rejected or shown; required when the story has any. */
  changes?: ChangesMode;
}

function photoSources(article: Article): string[] {
  const out = new Set<string>();
  bodyNode(article.body).descendants((node) => {
    if (node.type.name === 'photo' && node.attrs.src) out.add(node.attrs.src);
    return node.type.name !== 'photo';
  });
  return [...out];
}

/**
 * One article exported in one format, with its photos either copied beside the file (default)
 * or embedded as data: URIs. Only real library media are read; any other path in a photo is left
 * out of the export (the figure keeps its caption and says the photo is to come).
 */
export async function renderExport(original: Article, format: HostExportFormat, options: RenderExportOptions): Promise<RenderedExport> {
  // Decided before any photo is read: a story with pending changes needs a mode, and the photos
  // are those of the story as it goes out (a photo whose insertion was rejected is not copied).
  const chosen = withHostErrors(() => articleInMode(original, format, options.changes));
  const article = chosen.article;
  if (format === 'docx') return renderWordExport(article, options);
  const folder = options.assetFolder ?? `${slugForHeadline(article.headline || 'untitled')}-photos`;
  const links = new Map<string, string>();
  const assets: ExportAsset[] = [];
  if (format !== 'txt') {
    for (const src of photoSources(article)) {
      if (!LIBRARY_PHOTO_FILE.test(src)) continue;
      let bytes: Buffer;
      try {
        bytes = await readFile(path.join(options.mediaRoot, src));
      } catch {
        continue; // missing from the library: exported as a placeholder, never as a broken image
      }
      if (options.embedImages) {
        const mime = imageMimeType(src);
        if (mime) links.set(src, `data:${mime};base64,${bytes.toString('base64')}`);
      } else {
        const name = `${folder}/${path.posix.basename(src)}`;
        links.set(src, encodeURI(name));
        assets.push({ name, bytes });
      }
    }
  }
  const result = withHostErrors(() => exportArticle(article, format, { photo: (src) => links.get(src) ?? null, changes: chosen.mode }));
  return { fileName: result.fileName, mimeType: result.mimeType, data: result.text, assets };
}

/** An export refused (a node without a writer, pending changes without a mode) as the host's error. */
function withHostErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PendingChangesError) throw new HostError('export-failed', e.message, { pendingChanges: e.counts });
    if (e instanceof ExportError) throw new HostError('export-failed', e.message);
    throw e;
  }
}


const WORD_IMAGE_TYPES: Record<string, 'jpg' | 'png' | 'gif'> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', gif: 'gif' };

/** The story as a Word document with tracked changes and comments; its photos are inside it (JPEG, PNG, GIF). */
async function renderWordExport(article: Article, options: RenderExportOptions): Promise<RenderedExport> {
  const images = new Map<string, { bytes: Buffer; type: 'jpg' | 'png' | 'gif' }>();
  for (const src of photoSources(article)) {
    const type = WORD_IMAGE_TYPES[path.extname(src).slice(1).toLowerCase()];
    if (!type || !LIBRARY_PHOTO_FILE.test(src)) continue;
    try {
      images.set(src, { bytes: await readFile(path.join(options.mediaRoot, src)), type });
    } catch {
      // missing from the library: the caption says the photo is to come
    }
  }
  try {
    const data = await articleWordDocument(article, images satisfies WordPhotoImages);
    return { fileName: `${slugForHeadline(article.headline || 'untitled')}.docx`, mimeType: EXPORT_FORMAT_INFO.docx.mimeType, data, assets: [] };
  } catch (e) {
    if (e instanceof ExportError) throw new HostError('export-failed', e.message);
    throw e;
  }
}

/** The host call: exports an article of the library. A Word document comes as base64. */
export async function exportLibraryArticle(library: ArticleLibrary, input: { path: string; format: HostExportFormat; embedImages?: boolean; changes?: ChangesMode }) {
  const { article } = await library.open(input.path);
  return exportArticleAnswer(article, library.root, input);
}

/** exportArticle's answer for an article already read (a library file, or a shared story's copy kept on this computer). */
export async function exportArticleAnswer(article: Article, mediaRoot: string, input: { format: HostExportFormat; embedImages?: boolean; changes?: ChangesMode }) {
  const rendered = await renderExport(article, input.format, { mediaRoot, embedImages: input.embedImages, changes: input.changes });
  return {
    fileName: rendered.fileName,
    mimeType: rendered.mimeType,
    ...(typeof rendered.data === 'string' ? { data: rendered.data } : { data: rendered.data.toString('base64'), encoding: 'base64' as const }),
    assets: rendered.assets.map((a) => ({ name: a.name, data: a.bytes.toString('base64') })),
  };
}
