import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../shared/article';
import { isRasterDataUri } from '../../../shared/export';
import { LIBRARY_PHOTO, LIBRARY_PHOTO_FILE } from '../../../shared/photos';
import { formatCreditLine, importPhoto, PhotoError } from '../photos';

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
}

/**
 * Photos of an imported story land in the library's media folder: embedded images (data: URIs,
 * as Word and pasted pages carry them) go through importPhoto; a photo already in this library
 * stays linked; any other address (a web URL, a file beside the original) becomes a placeholder
 * that keeps its caption, credit and alt text. Nothing is fetched from the network.
 */
export async function resolveImportedPhotos(body: Article['body'], libraryRoot: string): Promise<{ imported: number; placeholders: number }> {
  const photos: JsonNode[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'photo') photos.push(node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(body as JsonNode);
  let imported = 0;
  let placeholders = 0;
  for (const [i, node] of photos.entries()) {
    node.attrs ??= {};
    const attrs = node.attrs;
    const src = typeof attrs.src === 'string' ? attrs.src.trim() : '';
    if (isRasterDataUri(src)) {
      try {
        const comma = src.indexOf(',');
        const bytes = Buffer.from(src.slice(comma + 1), 'base64');
        const ext = /^data:image\/(\w+)/.exec(src)?.[1] ?? 'img';
        const photo = await importPhoto(libraryRoot, { bytes, fileName: `imported-photo-${i + 1}.${ext === 'jpeg' ? 'jpg' : ext}` });
        Object.assign(attrs, {
          src: photo.src,
          preview: photo.preview,
          width: photo.width,
          height: photo.height,
          caption: attrs.caption || photo.metadata.caption || '',
          credit: attrs.credit || photo.metadata.credit || formatCreditLine(photo.metadata.photographer, photo.metadata.agency) || '',
          rights: attrs.rights || photo.metadata.rights || '',
        });
        imported++;
        continue;
      } catch (e) {
        if (!(e instanceof PhotoError)) throw e;
      }
    } else if (LIBRARY_PHOTO.test(src) && (await isFile(path.join(libraryRoot, src)))) {
      const preview =
        typeof attrs.preview === 'string' && LIBRARY_PHOTO_FILE.test(attrs.preview) && (await isFile(path.join(libraryRoot, attrs.preview)))
          ? attrs.preview
          : src;
      Object.assign(attrs, { src, preview });
      continue;
    }
    Object.assign(attrs, { src: '', preview: '', width: null, height: null });
    placeholders++;
  }
  return { imported, placeholders };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
