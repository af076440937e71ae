import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/services/documents/decode';
import { redecodeIptcString } from '../../electron/services/photos/metadata';
import { decodeWindows1252 } from '../../shared/text/windows-1252';

/** One Windows-1252 decoder (shared/text/windows-1252.ts), used by story-file import and by photo captions. */

// Every printable byte, 0x20–0xFF: not valid UTF-8, so a text file of them is read as Windows-1252.
const bytes = Uint8Array.from({ length: 0xe0 }, (_, i) => i + 0x20);

describe('Windows-1252', () => {
  it('maps 0x80–0x9F to quotes, dashes and €, and leaves the rest as Latin-1', () => {
    const text = decodeWindows1252(bytes);
    const at = (byte: number) => text[byte - 0x20];
    expect(text).toHaveLength(bytes.length);
    expect([at(0x80), at(0x85), at(0x91), at(0x92), at(0x93), at(0x94), at(0x96), at(0x97), at(0x99)]).toEqual(['€', '…', '‘', '’', '“', '”', '–', '—', '™']);
    expect([at(0x8a), at(0x8c), at(0x9a), at(0x9f)]).toEqual(['Š', 'Œ', 'š', 'Ÿ']);
    expect([at(0x81), at(0x8d), at(0x8f), at(0x90), at(0x9d)]).toEqual(['\u0081', '\u008d', '\u008f', '\u0090', '\u009d']);
    expect([at(0x41), at(0xe9), at(0xf1), at(0xfc), at(0xff)]).toEqual(['A', 'é', 'ñ', 'ü', 'ÿ']);
  });

  it('story-file import and IPTC captions decode the same bytes the same way', () => {
    const expected = decodeWindows1252(bytes);
    expect(decodeText(bytes, 'wire.txt')).toBe(expected);
    expect(redecodeIptcString(Buffer.from(bytes).toString('latin1'), 'windows-1252')).toBe(expected);
    expect(redecodeIptcString(Buffer.from(bytes).toString('latin1'), 'detect')).toBe(expected);
  });
});
