import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DamagedError, logRecord, parseLog, seal, unseal } from '../../electron/newsroom/sealed';
import { StoryFiles } from '../../electron/newsroom/story-files';
import { FileDocStore } from '../../electron/newsroom/doc-store';
import { tempDir } from './newsroom-helpers';

/** The bytes on disk: a checksum catches a changed byte, a torn last log record is dropped, damage in the middle is reported. */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const update = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

const meta = (id: string) => ({
  id,
  owner: 'ann',
  sharedWith: [],
  created: '',
  headline: '',
  byline: '',
  status: 'draft',
  assignee: null,
  words: 0,
  modified: '',
  modifiedBy: null,
});

describe('newsroom files', () => {
  it('a sealed blob reads back, and any changed byte is caught', () => {
    const sealed = seal(Buffer.from('the whole state'));
    expect(unseal(sealed, 'x').toString()).toBe('the whole state');
    for (let i = 0; i < sealed.length; i++) {
      const bad = Buffer.from(sealed);
      bad[i] ^= 1;
      expect(() => unseal(bad, 'x')).toThrow(DamagedError);
    }
  });

  it('an update log: a torn last record is dropped (never acknowledged); a bad record before good ones is damage', () => {
    const a = logRecord(update('a'));
    const b = logRecord(update('b'));
    const whole = Buffer.concat([a, b]);
    expect(parseLog(whole, 'log').updates).toHaveLength(2);
    const torn = whole.subarray(0, whole.length - 3);
    expect(parseLog(torn, 'log')).toEqual({ updates: [expect.anything()], goodLength: a.length });
    const damaged = Buffer.from(whole);
    damaged[10] ^= 0xff;
    expect(() => parseLog(damaged, 'log')).toThrow(DamagedError);
  });

  it('the file store appends, compacts into state.bin and clears the log, and cuts a torn record off before appending again', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    const files = new StoryFiles(tmp.dir);
    const first = new Y.Doc();
    first.getText('t').insert(0, 'one');
    await files.create(meta('s1'), Y.encodeStateAsUpdate(first));
    const logs: string[] = [];
    const store = new FileDocStore(files, (l) => logs.push(l));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.load('s1')) as Uint8Array);
    const edits: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => edits.push(u));
    doc.getText('t').insert(3, ' two');
    doc.getText('t').insert(7, ' three');
    for (const u of edits) await store.append('s1', u);
    const log = path.join(tmp.dir, 'stories', 's1', 'updates.log');
    expect((await readFile(log)).length).toBeGreaterThan(0);
    // A crash in the middle of a write leaves half a record.
    await writeFile(log, Buffer.concat([await readFile(log), logRecord(update('half')).subarray(0, 12)]));
    const store2 = new FileDocStore(files, (l) => logs.push(l));
    const again = new Y.Doc();
    Y.applyUpdate(again, (await store2.load('s1')) as Uint8Array);
    expect(again.getText('t').toString()).toBe('one two three');
    expect(logs.some((l) => l.includes('story "s1"') && l.includes('cut short'))).toBe(true);
    again.getText('t').insert(0, '>');
    await store2.append('s1', Y.encodeStateAsUpdate(again));
    expect(parseLog(await readFile(log), 'log').updates).toHaveLength(3);
    await store2.compact('s1', again);
    expect((await readFile(log)).length).toBe(0);
    const stored = await files.readState('s1');
    const fromDisk = new Y.Doc();
    Y.applyUpdate(fromDisk, stored.state as Uint8Array);
    expect(fromDisk.getText('t').toString()).toBe('>one two three');
  });
});
