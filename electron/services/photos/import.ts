/**
 * Photo import into a library: validate → hash → copy into `media/` →
 * preview → metadata.
 *
 * Library layout:
 *   <library>/media/<sha256>.<ext>                 original, byte-for-byte
 *   <library>/media/previews/<sha256>-1600.webp    editor preview (large photos only)
 *
 * Rules:
 * - Everything is validated BEFORE anything is written: a refused or broken
 *   file leaves the library exactly as it was (no folders created either).
 * - The original is stored under its content hash, so the article never
 *   depends on where the photo came from, and the same photo inserted twice
 *   is stored once. An existing file with the right name is verified
 *   (re-hashed) and not rewritten; a damaged one is repaired.
 * - Writes are atomic (see ../fs/atomic-write.ts).
 * - Accepted: JPEG, PNG, WebP, GIF (decided by content, not by name).
 *   Refused: SVG (can carry scripts), TIFF/HEIC/AVIF/BMP/PSD/raw and anything
 *   else, images of 100 megapixels or more (checked from the header before
 *   any decoding), truncated or otherwise undecodable files, empty files.
 * - `width`/`height` are the original's display size, i.e. after applying
 *   its EXIF orientation (what the reader sees; what layout needs).
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata as SharpMetadata } from 'sharp';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../../../shared/contract';
import { MEDIA_DIR, PREVIEW_DIR } from '../../../shared/photos';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { type AcceptedFormat, EXTENSION, sniffFormat } from './detect.js';
import { ACCEPTED_FORMATS_TEXT, PhotoError, describeFile } from './errors.js';
import { type PhotoMetadata, readPhotoMetadata } from './metadata.js';

export interface ImportedPhoto {
  /** Library-relative path of the original, POSIX separators, e.g. 'media/<sha256>.jpg'. */
  src: string;
  /** Library-relative path of the editor preview (equals `src` for small photos). */
  preview: string;
  width: number;
  height: number;
  format: AcceptedFormat;
  bytes: number;
  sha256: string;
  /** True when this exact photo was already in the library (nothing was written). */
  alreadyInLibrary: boolean;
  metadata: PhotoMetadata;
}

export type PhotoInput = { bytes: Uint8Array; fileName?: string } | { path: string };

/** Long-edge limit of the editor preview. Photos at or under it are shown as-is. */
export const PREVIEW_MAX_EDGE = 1600;
/** Refuse at this many pixels or more (100 MP) — decoding would need ~400 MB of RAM. */
export const MAX_PIXELS = 100_000_000;


function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

// ---------------------------------------------------------------- reading input

async function readInput(input: PhotoInput): Promise<{ bytes: Uint8Array; fileName?: string }> {
  if ('bytes' in input) {
    if (!(input.bytes instanceof Uint8Array)) {
      throw new PhotoError('unreadable', `${describeFile(input.fileName)} could not be read. Try saving it again and re-inserting it.`);
    }
    return { bytes: input.bytes, fileName: input.fileName };
  }
  const fileName = path.basename(input.path);
  try {
    const stat = await fsp.stat(input.path);
    if (stat.isDirectory()) {
      throw new PhotoError('unreadable', `“${fileName}” is a folder, not a photo. Choose a photo file inside it.`);
    }
    if (stat.size > MAX_UPLOAD_BYTES) throw tooLargeFile(fileName, stat.size);
    return { bytes: await fsp.readFile(input.path), fileName };
  } catch (error) {
    if (error instanceof PhotoError) throw error;
    const code = errorCode(error);
    const reason =
      code === 'ENOENT'
        ? 'It may have been moved, renamed or deleted, or the drive it was on is no longer connected.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Copydesk does not have permission to open it.'
          : 'The disk or network drive reported an error.';
    throw new PhotoError('unreadable', `The file “${fileName}” could not be read. ${reason}`, { cause: error });
  }
}

function tooLargeFile(fileName: string | undefined, size: number): PhotoError {
  const mb = Math.round(size / (1024 * 1024));
  return new PhotoError(
    'too-large',
    `${describeFile(fileName)} is ${mb} MB, which is too big to import. Ask the photo desk for a smaller version (under ${MAX_UPLOAD_MB} MB).`,
  );
}

// ---------------------------------------------------------------- validation

function refuseByContent(bytes: Uint8Array, fileName: string | undefined): AcceptedFormat {
  const who = describeFile(fileName);
  if (bytes.length === 0) {
    throw new PhotoError('empty', `${who} is empty (0 bytes). It may not have finished downloading or copying.`);
  }
  const sniff = sniffFormat(bytes);
  switch (sniff.kind) {
    case 'accepted':
      return sniff.format;
    case 'svg':
      throw new PhotoError(
        'svg-refused',
        `${who} is an SVG drawing. Copydesk only accepts photos (${ACCEPTED_FORMATS_TEXT}), because SVG files can carry scripts.`,
      );
    case 'refused-image':
      throw new PhotoError(
        'unsupported-format',
        `${who} is a ${sniff.name} image. Copydesk accepts ${ACCEPTED_FORMATS_TEXT} photos; export it as JPEG and insert it again.`,
      );
    case 'not-image':
      throw new PhotoError('unsupported-format', `${who} is not a photo (it is a ${sniff.name}). Copydesk accepts ${ACCEPTED_FORMATS_TEXT} photos.`);
    case 'text':
      throw new PhotoError(
        'unsupported-format',
        `${who} is not a photo — it contains text${extensionHint(fileName)}. Copydesk accepts ${ACCEPTED_FORMATS_TEXT} photos.`,
      );
    default:
      throw new PhotoError(
        'unsupported-format',
        `${who} is not a photo Copydesk can read${extensionHint(fileName)}. Copydesk accepts ${ACCEPTED_FORMATS_TEXT} photos.`,
      );
  }
}

function extensionHint(fileName: string | undefined): string {
  const ext = fileName ? path.extname(fileName).slice(1) : '';
  return ext ? `, even though its name ends in .${ext}` : '';
}

const FORMAT_LABEL: Record<AcceptedFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', gif: 'GIF' };

function corrupt(format: AcceptedFormat, fileName: string | undefined, cause?: unknown): PhotoError {
  return new PhotoError(
    'corrupt',
    `${describeFile(fileName)} looks like a ${FORMAT_LABEL[format]} photo but is damaged or incomplete, so it cannot be shown. ` +
      'It may not have finished downloading; try fetching it again.',
    { cause },
  );
}

interface Probe {
  width: number;
  height: number;
  orientedWidth: number;
  orientedHeight: number;
}

/** Dimensions from the header only — no pixel data is decoded here. */
async function probeHeader(bytes: Uint8Array, format: AcceptedFormat, fileName: string | undefined): Promise<Probe> {
  let meta: SharpMetadata;
  try {
    // limitInputPixels: false so we can read and report the real size of a
    // huge image; the limit is enforced just below and again on decode.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw corrupt(format, fileName, error);
  }
  if (meta.format !== undefined && normaliseSharpFormat(meta.format) !== format) throw corrupt(format, fileName);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (!(width > 0 && height > 0)) throw corrupt(format, fileName);
  // Animated GIF/WebP: sharp reports the size of one frame (pages: 1 by default),
  // which is also what the editor shows.
  if (width * height >= MAX_PIXELS) {
    const mp = Math.floor((width * height) / 1_000_000);
    throw new PhotoError(
      'too-large',
      `${describeFile(fileName)} is ${width} × ${height} pixels (${mp} megapixels). Copydesk takes photos under 100 megapixels; ask the photo desk for a resized version.`,
    );
  }
  const swap = (meta.orientation ?? 1) >= 5;
  return { width, height, orientedWidth: swap ? height : width, orientedHeight: swap ? width : height };
}

function normaliseSharpFormat(format: string): string {
  return format === 'jpg' ? 'jpeg' : format;
}

/**
 * Full decode (proves the file is complete) and, for large photos, the
 * preview. `failOn: 'truncated'` turns libjpeg's "premature end of data"
 * warning into an error instead of showing a grey half-photo.
 */
async function decodeAndPreview(
  bytes: Uint8Array,
  format: AcceptedFormat,
  probe: Probe,
  fileName: string | undefined,
): Promise<Uint8Array | null> {
  const needsPreview = Math.max(probe.orientedWidth, probe.orientedHeight) > PREVIEW_MAX_EDGE;
  try {
    const pipeline = sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PIXELS - 1 });
    if (!needsPreview) {
      // Decode to a tiny raw image just to prove every byte is readable.
      await pipeline.resize(64, 64, { fit: 'inside' }).raw().toBuffer();
      return null;
    }
    return await pipeline
      .rotate() // apply EXIF orientation; the preview carries no metadata
      .resize(PREVIEW_MAX_EDGE, PREVIEW_MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82, effort: 4 })
      .toBuffer();
  } catch (error) {
    if (/pixel limit/i.test(String((error as Error)?.message))) {
      throw new PhotoError('too-large', `${describeFile(fileName)} is too large to import (100 megapixels or more).`, { cause: error });
    }
    throw corrupt(format, fileName, error);
  }
}

// ---------------------------------------------------------------- writing

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function fileHash(file: string): Promise<string | null> {
  try {
    return sha256Hex(await fsp.readFile(file));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Writes `data` to `file` unless an identical copy is already there. Returns true if it wrote. */
async function storeOnce(file: string, data: Uint8Array, expectedHash?: string): Promise<boolean> {
  const existing = await fileHash(file);
  if (existing !== null && existing === (expectedHash ?? sha256Hex(data))) return false;
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, data, { mode: 0o644 });
  return true;
}

/** A preview only has to exist and be a complete WebP file; it is derived data. */
async function previewUsable(file: string): Promise<boolean> {
  try {
    const meta = await sharp(file).metadata();
    return meta.format === 'webp';
  } catch {
    return false;
  }
}

function writeFailed(error: unknown): PhotoError {
  const code = errorCode(error);
  const reason =
    code === 'ENOSPC'
      ? 'The disk is full.'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Copydesk does not have permission to write to the library folder.'
        : 'The disk reported an error.';
  return new PhotoError('write-failed', `The photo could not be saved into the library. ${reason}`, { cause: error });
}

// ---------------------------------------------------------------- public

export async function importPhoto(libraryRoot: string, input: PhotoInput): Promise<ImportedPhoto> {
  const { bytes, fileName } = await readInput(input);
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLargeFile(fileName, bytes.length);
  const format = refuseByContent(bytes, fileName);
  const probe = await probeHeader(bytes, format, fileName);
  const previewBytes = await decodeAndPreview(bytes, format, probe, fileName);
  const metadata = await readPhotoMetadata(bytes);

  // ---- everything below writes; everything above only reads.
  const sha256 = sha256Hex(bytes);
  const src = `${MEDIA_DIR}/${sha256}.${EXTENSION[format]}`;
  const preview = previewBytes ? `${PREVIEW_DIR}/${sha256}-${PREVIEW_MAX_EDGE}.webp` : src;
  const srcFile = path.join(libraryRoot, ...src.split('/'));
  const previewFile = path.join(libraryRoot, ...preview.split('/'));

  let wroteOriginal: boolean;
  try {
    wroteOriginal = await storeOnce(srcFile, bytes, sha256);
  } catch (error) {
    throw writeFailed(error);
  }
  if (previewBytes && !(await previewUsable(previewFile))) {
    try {
      await fsp.mkdir(path.dirname(previewFile), { recursive: true });
      await writeFileAtomic(previewFile, previewBytes, { mode: 0o644 });
    } catch (error) {
      // Do not leave a half-imported photo behind.
      if (wroteOriginal) await fsp.rm(srcFile, { force: true }).catch(() => {});
      throw writeFailed(error);
    }
  }

  return {
    src,
    preview,
    width: probe.orientedWidth,
    height: probe.orientedHeight,
    format,
    bytes: bytes.length,
    sha256,
    alreadyInLibrary: !wroteOriginal,
    metadata,
  };
}
