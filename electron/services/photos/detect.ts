/**
 * Content sniffing: what a file really is, judged by its bytes, never by its
 * name. Extensions lie (a text file renamed .jpg, an SVG renamed .png), so
 * the import policy is decided here.
 */
import { constants as zlibConstants, gunzipSync } from 'node:zlib';

export type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export type SniffResult =
  | { kind: 'accepted'; format: AcceptedFormat }
  | { kind: 'svg' }
  /** A recognised image format we do not take, with a reader-friendly name. */
  | { kind: 'refused-image'; name: string }
  /** A recognised non-image document (PDF, Word, ZIP...). */
  | { kind: 'not-image'; name: string }
  | { kind: 'text' }
  | { kind: 'unknown' };

/** Extension used for the stored original ('jpeg' is stored as .jpg). */
export const EXTENSION: Record<AcceptedFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) out += String.fromCharCode(bytes[i]);
  return out;
}

const HEIF_BRANDS: Record<string, string> = {
  heic: 'HEIC',
  heix: 'HEIC',
  hevc: 'HEIC',
  hevx: 'HEIC',
  heim: 'HEIC',
  heis: 'HEIC',
  mif1: 'HEIF',
  msf1: 'HEIF',
  avif: 'AVIF',
  avis: 'AVIF',
};

/** Text decoded leniently from the head of the file, for SVG/text checks. */
function headText(bytes: Uint8Array, max = 4096): string {
  let view = bytes.subarray(0, max);
  // UTF-16 SVGs exist; decode according to the BOM.
  if (startsWith(view, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(view);
  if (startsWith(view, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(view);
  if (startsWith(view, [0xef, 0xbb, 0xbf])) view = view.subarray(3);
  return new TextDecoder('utf-8').decode(view);
}

/**
 * SVG by content: skip whitespace, an XML declaration, comments, processing
 * instructions and a DOCTYPE, then look for an <svg root element. Also
 * catches an <svg element anywhere in the head of an XML/HTML-ish file,
 * because a browser may still render it.
 */
function looksLikeSvg(text: string): boolean {
  const trimmed = text.replace(/^\s+/, '');
  if (!trimmed.startsWith('<')) return false;
  return /<svg[\s>/:]/i.test(text) || /<!DOCTYPE\s+svg/i.test(text) || /xmlns(:\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg/i.test(text);
}

/** True when the head of the file is (nearly) all printable text. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  let suspicious = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) suspicious++;
  }
  if (suspicious > head.length * 0.02) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    // Legacy 8-bit text is still text if it has no control characters.
    return suspicious === 0;
  }
}

export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'accepted', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'accepted', format: 'png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'accepted', format: 'webp' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { kind: 'accepted', format: 'gif' };

  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'refused-image', name: 'TIFF' }; // also most camera raw files (CR2, NEF, ARW, DNG)
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) {
    return { kind: 'refused-image', name: 'BigTIFF' };
  }
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    const name = HEIF_BRANDS[brand];
    if (name) return { kind: 'refused-image', name };
    if (brand.startsWith('crx')) return { kind: 'refused-image', name: 'Canon raw (CR3)' };
    return { kind: 'not-image', name: 'video or audio (MP4/MOV)' };
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return { kind: 'refused-image', name: 'BMP' };
  if (ascii(bytes, 0, 4) === '8BPS') return { kind: 'refused-image', name: 'Photoshop (PSD)' };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return { kind: 'refused-image', name: 'icon (ICO)' };
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) {
    return { kind: 'refused-image', name: 'JPEG XL' };
  }
  if (startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])) {
    return { kind: 'refused-image', name: 'JPEG 2000' };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'not-image', name: 'PDF document' };
  if (ascii(bytes, 0, 4) === '%!PS') return { kind: 'not-image', name: 'PostScript/EPS document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'not-image', name: 'ZIP archive or Office document' };

  // Compressed SVG (.svgz) is still SVG.
  if (startsWith(bytes, [0x1f, 0x8b])) {
    try {
      // Inflate only the head: truncated input + SYNC_FLUSH yields what could be decoded.
      const inflated = gunzipSync(bytes.subarray(0, 8192), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
      if (looksLikeSvg(headText(inflated))) return { kind: 'svg' };
    } catch {
      // Not valid gzip: fall through to the generic refusal.
    }
    return { kind: 'not-image', name: 'compressed (gzip) file' };
  }

  const text = headText(bytes);
  if (looksLikeSvg(text)) return { kind: 'svg' };
  if (looksLikeText(bytes)) return { kind: 'text' };
  return { kind: 'unknown' };
}
