/**
 * Embedded photo metadata → the fields the desk prefills (caption, credit,
 * rights, date taken).
 *
 * Sources, per format:
 * - JPEG: XMP (APP1), IPTC-IIM (APP13 "Photoshop 3.0"), EXIF (APP1) — via exifr.
 * - PNG:  XMP (iTXt "XML:com.adobe.xmp"), EXIF (eXIf) — via exifr.
 * - WebP: exifr does not read WebP, so we walk the RIFF chunks ourselves and
 *         hand the "XMP " and "EXIF" chunk payloads to exifr's parsers.
 * - GIF:  XMP application extension ("XMP DataXMP"), found by scanning for
 *         the packet and parsed by exifr.
 *
 * Precedence (documented house rule): for every text field, XMP first, then
 * IPTC. XMP is always Unicode and is what current tools (Photo Mechanic,
 * Lightroom, agency systems) update when a caption is corrected; IPTC-IIM is
 * the legacy copy and is often stale or in an unknown 8-bit charset. The
 * choice is made field by field, so IPTC still fills whatever XMP lacks.
 *
 * Date taken: EXIF DateTimeOriginal (+ OffsetTimeOriginal when present)
 * first, because it is written by the camera; then XMP
 * exif:DateTimeOriginal / photoshop:DateCreated; then IPTC DateCreated +
 * TimeCreated. Returned as ISO 8601 *without inventing a time zone*: with
 * an offset when the file records one ("2025-02-14T15:42:10+02:00"),
 * otherwise local camera time ("2024-05-20T19:03:44") or a bare date.
 *
 * IPTC text encoding: exifr decodes every IPTC string as latin1, which
 * mangles UTF-8 text ("JosÃ©"). We re-decode: if the envelope record says
 * UTF-8 (CodedCharacterSet 1:90 = ESC % G) the bytes are UTF-8; otherwise we
 * detect — if the bytes are valid UTF-8 and contain non-ASCII, they are
 * UTF-8 (legacy 8-bit text almost never forms valid UTF-8 by accident);
 * else they are Windows-1252 (the de-facto "latin1" of newsroom systems; a
 * superset of ISO 8859-1 for printable characters).
 */
import * as exifrModule from 'exifr';
import { decodeWindows1252 } from '../../../shared/text/windows-1252';
import { type AcceptedFormat, sniffFormat } from './detect.js';

/**
 * exifr ships an ESM build (named exports; its default export lacks
 * `sidecar`) and a UMD build (everything on module.exports). Which one we get
 * depends on the loader (Vite/Vitest pick ESM, Node and esbuild's CJS output
 * pick UMD), so take the API from whichever object actually has it.
 */
type ExifrApi = typeof exifrModule;
const exifr: ExifrApi =
  typeof (exifrModule as Partial<ExifrApi>).sidecar === 'function'
    ? exifrModule
    : ((exifrModule as unknown as { default: ExifrApi }).default);

export interface PhotoMetadata {
  caption: string | null;
  /** By-line / dc:creator. Several creators are joined with ", ". */
  photographer: string | null;
  /** IPTC Credit / photoshop:Credit — the agency or provider. */
  agency: string | null;
  /** Combined credit line in house style, see `formatCreditLine`. */
  credit: string | null;
  /** IPTC CopyrightNotice / dc:rights. */
  rights: string | null;
  /** ISO 8601, see the module comment. */
  dateTaken: string | null;
}

export const EMPTY_METADATA: Readonly<PhotoMetadata> = Object.freeze({
  caption: null,
  photographer: null,
  agency: null,
  credit: null,
  rights: null,
  dateTaken: null,
});

// ---------------------------------------------------------------- credit line

/**
 * House style for the credit line under a photo:
 *
 *   photographer and agency  →  "Photo: José Núñez Müller / Kyodo News"
 *   photographer only        →  "Photo: José Núñez Müller"
 *   agency only              →  "Photo: Kyodo News"
 *   neither                  →  null
 *
 * If the agency is already part of the by-line (wires often write
 * "Jane Doe/Reuters" in By-line) or both are the same, it is not repeated.
 * A by-line that already starts with "Photo:" / "Foto:" is not prefixed again.
 */
export function formatCreditLine(photographer: string | null, agency: string | null): string | null {
  const name = photographer?.trim() || null;
  let org = agency?.trim() || null;
  if (name && org && name.toLocaleLowerCase().includes(org.toLocaleLowerCase())) org = null;
  const body = [name, org].filter(Boolean).join(' / ');
  if (!body) return null;
  return /^(photo|foto|photograph)\s*:/i.test(body) ? body : `Photo: ${body}`;
}

// ---------------------------------------------------------------- text cleanup

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** exifr's XMP parser is regex-based and leaves entities encoded ("інтерв&#39;ю"). */
function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Trim, NFC-normalise, unify newlines, drop control characters (keeps \n and \t). */
function cleanText(text: string): string | null {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .normalize('NFC')
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

// ---------------------------------------------------------------- IPTC charset

type IptcCharset = 'utf-8' | 'windows-1252' | 'detect';

/**
 * Reads IPTC envelope dataset 1:90 (CodedCharacterSet) from the JPEG APP13
 * segment. exifr skips record 1 entirely, so we look ourselves.
 */
export function findIptcCharset(bytes: Uint8Array): IptcCharset {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'detect';
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return 'detect';
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 'detect'; // start of scan / end of image
    if (marker >= 0xd0 && marker <= 0xd7) {
      offset += 2;
      continue;
    }
    const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
    const start = offset + 4;
    const end = Math.min(bytes.length, offset + 2 + length);
    if (marker === 0xed) {
      for (let i = start; i + 5 <= end; i++) {
        if (bytes[i] === 0x1c && bytes[i + 1] === 0x01 && bytes[i + 2] === 0x5a) {
          const size = (bytes[i + 3] << 8) | bytes[i + 4];
          const value = bytes.subarray(i + 5, Math.min(end, i + 5 + size));
          // ESC % G (and ESC % / I, UTF-8 level 1–3) → UTF-8.
          if (value[0] === 0x1b && value[1] === 0x25 && (value[2] === 0x47 || value[2] === 0x2f)) return 'utf-8';
          // ESC . A (ISO 8859-1 G2) or ESC - A (G1) → Latin-1.
          if (value[0] === 0x1b && (value[1] === 0x2e || value[1] === 0x2d) && value[2] === 0x41) return 'windows-1252';
          return 'detect';
        }
      }
    }
    if (length < 2) return 'detect';
    offset += 2 + length;
  }
  return 'detect';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Re-decodes a string exifr built byte-per-char (latin1). */
export function redecodeIptcString(latin1: string, charset: IptcCharset): string {
  // Only byte-per-char strings can be re-decoded; anything else was already Unicode.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: range check
  if (/[^\u0000-\u00ff]/.test(latin1)) return latin1;
  const bytes = Buffer.from(latin1, 'latin1');
  if (charset === 'utf-8') return lenientUtf8.decode(bytes);
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  if (!bytes.some((b) => b >= 0x80)) return latin1; // pure ASCII
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// ---------------------------------------------------------------- value helpers

type Json = unknown;

function asRecord(value: Json): Record<string, Json> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : undefined;
}

/**
 * XMP values from exifr come as a string, a number (exifr converts numeric
 * text), an array (rdf:Seq/Bag), a {lang, value} (rdf:Alt item) or an array
 * of those. Lang-alt: prefer x-default, then English, then the first.
 */
function xmpText(value: Json): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return cleanText(decodeXmlEntities(String(value)));
  }
  if (Array.isArray(value)) {
    const langItems = value.map(asRecord).filter((v): v is Record<string, Json> => v !== undefined && 'lang' in v);
    if (langItems.length > 0 && langItems.length === value.length) {
      const pick =
        langItems.find((v) => v.lang === 'x-default') ?? langItems.find((v) => /^en\b/i.test(String(v.lang))) ?? langItems[0];
      return xmpText(pick);
    }
    const parts = value.map(xmpText).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  const record = asRecord(value);
  if (record && 'value' in record) return xmpText(record.value);
  return null;
}

function iptcText(value: Json, charset: IptcCharset): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => iptcText(v, charset)).filter((v): v is string => v !== null);
    // Repeated datasets (several By-lines) are joined like several dc:creators.
    return parts.length > 0 ? [...new Set(parts)].join(', ') : null;
  }
  if (typeof value !== 'string') return cleanText(String(value));
  return cleanText(redecodeIptcString(value, charset));
}

function firstOf(...values: (string | null)[]): string | null {
  for (const v of values) if (v) return v;
  return null;
}

// ---------------------------------------------------------------- dates

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function normaliseOffset(offset: string | undefined | null): string {
  if (!offset) return '';
  const s = String(offset).trim();
  if (s === 'Z' || s === 'z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return '';
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 14 || minutes > 59) return '';
  return `${m[1]}${m[2]}:${m[3]}`;
}

/**
 * Accepts EXIF "YYYY:MM:DD HH:MM:SS", XMP/ISO "YYYY-MM-DDTHH:MM[:SS][.fff][±HH:MM|Z]",
 * "YYYY-MM-DD", "YYYY-MM", "YYYY". Returns ISO 8601 or null for blank/invalid
 * values (cameras write "0000:00:00 00:00:00" when the clock was never set).
 */
export function normaliseDate(raw: Json, offsetRaw?: Json): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  if (raw === undefined || raw === null) return null;
  const s = String(raw).trim();
  const m = /^(\d{4})(?:[:-](\d{2})(?:[:-](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i.exec(s);
  if (!m) {
    // Plain numbers ("2024") come through exifr as numbers; handled by the regex via String().
    return null;
  }
  const y = Number(m[1]);
  if (m[2] === undefined) return y >= 1800 && y <= 2200 ? m[1] : null;
  const mo = Number(m[2]);
  if (m[3] === undefined) return validDate(y, mo, 1) ? `${m[1]}-${m[2]}` : null;
  const d = Number(m[3]);
  if (!validDate(y, mo, d)) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || sec > 60) return null;
  const offset = normaliseOffset(m[8]) || normaliseOffset(offsetRaw as string | undefined);
  return `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}${offset}`;
}

/** IPTC 2:55 "YYYYMMDD" + 2:60 "HHMMSS±HHMM". */
function iptcDate(dateRaw: Json, timeRaw: Json): string | null {
  if (dateRaw === undefined || dateRaw === null) return null;
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(String(dateRaw).trim());
  if (!d) return null;
  // Unknown parts are written as zeros ("20240000").
  if (d[3] === '00') return normaliseDate(d[2] === '00' ? d[1] : `${d[1]}-${d[2]}`);
  const t = timeRaw === undefined || timeRaw === null ? null : /^(\d{2})(\d{2})(\d{2})([+-]\d{4})?$/.exec(String(timeRaw).trim());
  if (!t) return normaliseDate(`${d[1]}-${d[2]}-${d[3]}`);
  return normaliseDate(`${d[1]}-${d[2]}-${d[3]}T${t[1]}:${t[2]}:${t[3]}`, t[4]);
}

// ---------------------------------------------------------------- container walking

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
}

/** WebP (RIFF) "XMP " and "EXIF" chunk payloads. */
function webpChunks(bytes: Uint8Array): { xmp?: Uint8Array; exif?: Uint8Array } {
  const out: { xmp?: Uint8Array; exif?: Uint8Array } = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const start = offset + 8;
    const end = Math.min(bytes.length, start + size);
    if (id === 'XMP ') out.xmp = bytes.subarray(start, end);
    else if (id === 'EXIF') {
      let payload = bytes.subarray(start, end);
      // Some writers keep the JPEG-style "Exif\0\0" prefix.
      if (payload.length > 6 && fourCC(payload, 0) === 'Exif' && payload[4] === 0 && payload[5] === 0) payload = payload.subarray(6);
      out.exif = payload;
    }
    offset = start + size + (size & 1); // chunks are padded to even length
  }
  return out;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle, from);
}

/** GIF: XMP is raw UTF-8 after the "XMP DataXMP" application extension header. */
function gifXmp(bytes: Uint8Array): Uint8Array | undefined {
  const marker = indexOfBytes(bytes, Buffer.from('XMP DataXMP', 'latin1'));
  if (marker < 0) return undefined;
  const open = indexOfBytes(bytes, Buffer.from('<x:xmpmeta', 'latin1'), marker);
  if (open < 0) return undefined;
  const closeTag = Buffer.from('</x:xmpmeta>', 'latin1');
  const close = indexOfBytes(bytes, closeTag, open);
  if (close < 0) return undefined;
  return bytes.subarray(open, close + closeTag.length);
}

// ---------------------------------------------------------------- exifr

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: false,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  iptc: true,
  xmp: true,
  icc: false,
  jfif: false,
  ihdr: false,
  mergeOutput: false,
  // Raw strings: we format dates ourselves (exifr would build a Date in the
  // *machine's* time zone, silently shifting the time).
  reviveValues: false,
  translateValues: false,
  silentErrors: true,
  multiSegment: true, // extended XMP split over several APP1 segments
  chunked: false,
};

/** exifr's typings lack `silentErrors`/`chunked`, which it does support. */
type ExifrOptions = Parameters<typeof exifr.parse>[1];
type ExifrSidecarOptions = Parameters<typeof exifr.sidecar>[1];

type ExifrOutput = Record<string, Json>;

async function parseWithExifr(bytes: Uint8Array, format: AcceptedFormat): Promise<ExifrOutput> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'jpeg' || format === 'png') {
    return ((await exifr.parse(buffer, EXIFR_OPTIONS as ExifrOptions).catch(() => undefined)) as ExifrOutput | undefined) ?? {};
  }
  const out: ExifrOutput = {};
  const xmp = format === 'webp' ? webpChunks(bytes).xmp : gifXmp(bytes);
  const exif = format === 'webp' ? webpChunks(bytes).exif : undefined;
  if (xmp) {
    const parsed = asRecord(await exifr.sidecar(Buffer.from(xmp), EXIFR_OPTIONS as ExifrSidecarOptions, 'xmp').catch(() => undefined));
    if (parsed) Object.assign(out, parsed);
  }
  if (exif) {
    const parsed = asRecord(await exifr.sidecar(Buffer.from(exif), EXIFR_OPTIONS as ExifrSidecarOptions, 'tiff').catch(() => undefined));
    // The tiff sidecar returns either {ifd0, exif} or a merged block, depending on exifr's options.
    if (parsed) {
      const exifBlock = asRecord(parsed.exif) ?? parsed;
      out.exif = { ...(asRecord(out.exif) ?? {}), ...exifBlock };
    }
  }
  return out;
}

// ---------------------------------------------------------------- public

/**
 * Reads caption/credit/rights/date from a photo's bytes. Never throws for
 * missing or damaged metadata (returns nulls instead): metadata is a
 * convenience prefill, and a photo with a broken XMP packet is still a photo.
 * Bytes that are not a supported image also give all-null metadata; format
 * policy is enforced by `importPhoto`.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  const sniff = sniffFormat(bytes);
  if (sniff.kind !== 'accepted') return { ...EMPTY_METADATA };
  const raw = await parseWithExifr(bytes, sniff.format);

  const dc = asRecord(raw.dc) ?? {};
  const photoshop = asRecord(raw.photoshop) ?? {};
  const iptc = asRecord(raw.iptc) ?? {};
  const exif = asRecord(raw.exif) ?? {};
  const charset = sniff.format === 'jpeg' ? findIptcCharset(bytes) : 'detect';

  const caption = firstOf(xmpText(dc.description), iptcText(iptc.Caption, charset));
  const photographer = firstOf(xmpText(dc.creator), iptcText(iptc.Byline, charset));
  const agency = firstOf(xmpText(photoshop.Credit), iptcText(iptc.Credit, charset));
  const rights = firstOf(xmpText(dc.rights), iptcText(iptc.CopyrightNotice, charset));
  const dateTaken = firstOf(
    normaliseDate(exif.DateTimeOriginal, exif.OffsetTimeOriginal),
    normaliseDate(photoshop.DateCreated),
    iptcDate(iptc.DateCreated, iptc.TimeCreated),
  );

  return {
    caption,
    photographer,
    agency,
    credit: formatCreditLine(photographer, agency),
    rights,
    dateTaken,
  };
}
