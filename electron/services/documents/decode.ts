import { ImportError } from '../../../shared/import';
import { decodeWindows1252 } from '../../../shared/text/windows-1252';

/**
 * Bytes of a text file to a string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as they are; UTF-16 without a BOM is recognised by its zero bytes; anything else that is not
 * valid UTF-8 is read as Windows-1252 (what Word and old wire systems write). Binary data is
 * refused with a message rather than imported as gibberish.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checkText(utf8(bytes.subarray(3), fileName), fileName);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), fileName);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), fileName);
  const sample = bytes.subarray(0, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  const half = sample.length / 2;
  if (half > 4 && zeroOdd > half * 0.6 && zeroEven === 0) return checkText(new TextDecoder('utf-16le').decode(bytes), fileName);
  if (half > 4 && zeroEven > half * 0.6 && zeroOdd === 0) return checkText(new TextDecoder('utf-16be').decode(bytes), fileName);
  if (zeroEven + zeroOdd > 0) throw notText(fileName);
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), fileName);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    return checkText(decodeWindows1252(bytes), fileName);
  }
}

function utf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`“${fileName}” says it is UTF-8 text but parts of it are not. Save it again as UTF-8 text and import it again.`);
  }
}

function notText(fileName: string): ImportError {
  return new ImportError(
    `“${fileName}” does not look like a text file (it contains binary data). Check that you picked the right file; the library was not changed.`,
  );
}

/** Too many control characters means binary data that happened to decode. */
function checkText(text: string, fileName: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100)) throw notText(fileName);
  return text.replace(/^\uFEFF/, '');
}
