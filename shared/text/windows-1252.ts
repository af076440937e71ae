/**
 * Windows-1252 → Unicode: what Word, old wire systems and many photo tools write when they are
 * not writing UTF-8. Bytes 0x80–0x9F are curly quotes, dashes, € and friends; the rest is
 * identical to Latin-1. Hand-rolled because Node's TextDecoder('windows-1252') decodes as plain
 * ISO 8859-1 in some builds (0x96 becomes U+0096, not the en dash). Unassigned bytes (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
