/**
 * Byte formats for what the newsroom keeps on disk, each able to tell a damaged file from a good one:
 * - a sealed blob (a story's state, a revision): magic, SHA-256 of the payload, payload;
 * - an update log: records of [length u32 LE][crc32 u32 LE][Yjs update], appended and fsynced
 *   one by one. A record cut short at the end is a write the server never acknowledged (the
 *   acknowledgement waits for the fsync), so it is dropped; a bad record followed by good ones is damage.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from('CDNS1\n', 'latin1');

export class DamagedError extends Error {}

export function seal(payload: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, createHash('sha256').update(payload).digest(), payload]);
}

export function unseal(file: Uint8Array, what: string): Buffer {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < MAGIC.length + 32 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new DamagedError(`${what} is not a newsroom file (bad header)`);
  const sum = buf.subarray(MAGIC.length, MAGIC.length + 32);
  const payload = buf.subarray(MAGIC.length + 32);
  if (!createHash('sha256').update(payload).digest().equals(sum)) throw new DamagedError(`${what} fails its checksum`);
  return payload;
}

export function logRecord(update: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(update.byteLength, 0);
  head.writeUInt32LE(crc32(update), 4);
  return Buffer.concat([head, update]);
}

export interface ParsedLog {
  updates: Uint8Array[];
  /** Bytes of whole records; anything after is a torn last write. */
  goodLength: number;
}

export function parseLog(buf: Buffer, what: string): ParsedLog {
  const updates: Uint8Array[] = [];
  let pos = 0;
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32LE(pos);
    const sum = buf.readUInt32LE(pos + 4);
    const end = pos + 8 + len;
    if (end > buf.length) break; // torn tail
    const update = buf.subarray(pos + 8, end);
    if (crc32(update) !== sum) {
      if (end === buf.length) break; // the last record, half written: never acknowledged
      throw new DamagedError(`${what} has a damaged record at byte ${pos}`);
    }
    updates.push(update);
    pos = end;
  }
  return { updates, goodLength: pos };
}
