/**
 * Where a library keeps its photos. The original is copied in once, however often it is
 * inserted, as `media/<sha256>.<ext>`; a large photo also gets an editor preview,
 * `media/previews/<sha256>-<edge>.webp`. A photo's `src` and `preview` are these
 * library-relative paths, and the hosts serve this folder (and nothing else of the library).
 */
export const MEDIA_DIR = 'media';
export const PREVIEW_DIR = `${MEDIA_DIR}/previews`;

const RASTER_EXTENSION = '(?:jpg|jpeg|png|webp|gif)';

/** A photo original as Copydesk stores it: the only picture address a paste or an import keeps. */
export const LIBRARY_PHOTO = new RegExp(`^${MEDIA_DIR}/[0-9a-f]{64}\\.${RASTER_EXTENSION}$`);

/** A photo original or preview as Copydesk stores it: what an export may read from the library. */
export const LIBRARY_PHOTO_FILE = new RegExp(`^(?:${MEDIA_DIR}|${PREVIEW_DIR})/[0-9a-f]{64}(?:-\\d+)?\\.${RASTER_EXTENSION}$`);

/** Whether a library-relative address (POSIX separators) points into the media folder. */
export function inMediaFolder(relative: string): boolean {
  return relative.startsWith(`${MEDIA_DIR}/`);
}
