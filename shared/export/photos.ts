/**
 * Which image addresses an export may write. Photos live in the library (`media/…`); an export
 * points at a copy beside the file, at a raster data: URI, or at an https address — never at
 * SVG (it can carry script), javascript:, or anything outside those.
 */
const RASTER_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/;
const RELATIVE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._~\-/%]+$/i;

export function safeImageSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const s = src.trim();
  if (!s) return null;
  if (RASTER_DATA_URI.test(s)) return s;
  if (/^https:\/\/[^\s"'<>]+$/i.test(s)) return s;
  if (RELATIVE_PATH.test(s) && !s.startsWith('/')) return s;
  return null;
}

export function isRasterDataUri(src: string): boolean {
  return RASTER_DATA_URI.test(src.trim());
}

const MIME_BY_EXT: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp' };

export function imageMimeType(src: string): string | null {
  const data = /^data:(image\/[a-z]+);/.exec(src);
  if (data) return data[1];
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(src)?.[1]?.toLowerCase();
  return (ext && MIME_BY_EXT[ext]) || null;
}

/** Maps a photo's library path to the address the export writes; null leaves the photo without an image. */
export type PhotoLinker = (src: string) => string | null;

/** The default: library paths as they are (right for an export saved in the library folder). */
export const libraryPhotoLinker: PhotoLinker = (src) => src || null;
