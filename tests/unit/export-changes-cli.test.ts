import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_PENDING_CHANGES, exportCommand } from '../../electron/cli/documents';
import { renderExport } from '../../electron/services/documents';
import { type Article, newArticle, serializeArticle } from '../../shared/article';
import { HostError, parseHostInput } from '../../shared/contract';
import { schema } from '../../shared/schema';
import { io } from '../support/cli-io';

/** `copydesk export --changes` and the host's refusal of a story with pending changes (issue #14). */


const m = schema.marks;
function suggested(): Article {
  const body = schema.nodes.doc.create(null, [
    schema.nodes.paragraph.create(null, [
      schema.text('The port '),
      schema.text('closed', [m.deletion.create({ id: 's1' })]),
      schema.text('shut', [m.insertion.create({ id: 's1' })]),
      schema.text(' today.', [m.note.create({ id: 'n1' })]),
    ]),
  ]);
  const a = newArticle({ id: 'p1', now: '2026-12-03T10:04:00.000Z', headline: 'Port', body: body.toJSON() });
  return {
    ...a,
    changes: {
      suggestions: [{ id: 's1', author: 'Ana Ruiz', at: '2026-12-03T10:04:00.000Z' }],
      notes: [{ id: 'n1', kind: 'comment', author: 'Bo Chen', at: '2026-12-03T10:05:00.000Z', text: 'When?', excerpt: ' today.', replies: [], resolved: null }],
    },
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-changes-'));
  file = path.join(dir, 'port.copydesk.json');
  await writeFile(file, serializeArticle(suggested()));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('copydesk export --changes', () => {
  it('without --changes, a story with pending changes is refused with their count on stderr, exit status 3', async () => {
    const t = io();
    expect(await exportCommand([file, '--to', 'html'], t.io)).toBe(EXIT_PENDING_CHANGES);
    expect(EXIT_PENDING_CHANGES).toBe(3);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('The story has 1 pending suggestion and 1 open note.');
    expect(t.err()).toContain('--changes accepted|rejected|shown');
  });

  it('--changes accepted, rejected and shown each write their version', async () => {
    const accepted = io();
    expect(await exportCommand([file, '--to', 'txt', '--changes', 'accepted'], accepted.io)).toBe(0);
    expect(accepted.out()).toBe('Port\nThe port shut today.\n');
    const rejected = io();
    expect(await exportCommand([file, '--to', 'txt', '--changes', 'rejected'], rejected.io)).toBe(0);
    expect(rejected.out()).toBe('Port\nThe port closed today.\n');
    const out = path.join(dir, 'port.md');
    const shown = io();
    expect(await exportCommand([file, '--to', 'md', '--changes', 'shown', '-o', out], shown.io)).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('The port {~~closed~>shut~~}{== today.==}{>>When?<<}');
  });

  it('an unknown mode, or shown for plain text, is refused with a reason', async () => {
    const t = io();
    expect(await exportCommand([file, '--to', 'html', '--changes', 'maybe'], t.io)).toBe(2);
    expect(t.err()).toContain('Unknown --changes "maybe". Choose one of: accepted, rejected, shown.');
    const txt = io();
    expect(await exportCommand([file, '--to', 'txt', '--changes', 'shown'], txt.io)).toBe(1);
    expect(txt.err()).toContain('cannot show suggestions and notes');
  });

  it('a story without pending changes needs no --changes', async () => {
    await writeFile(
      file,
      serializeArticle({
        ...suggested(),
        changes: undefined,
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain.' }] }] },
      }),
    );
    const t = io();
    expect(await exportCommand([file, '--to', 'txt'], t.io)).toBe(0);
    expect(t.out()).toBe('Port\nPlain.\n');
  });
});

describe('the host export', () => {
  it('refuses a story with pending changes and no mode (export-failed, with the counts)', async () => {
    const refused = await renderExport(suggested(), 'html', { mediaRoot: dir }).catch((e) => e);
    expect(refused).toBeInstanceOf(HostError);
    expect(refused.code).toBe('export-failed');
    expect(refused.message).toContain('1 pending suggestion and 1 open note');
    expect(refused.details).toEqual({ pendingChanges: { suggestions: 1, notes: 1 } });
    const shown = await renderExport(suggested(), 'html', { mediaRoot: dir, changes: 'shown' });
    expect(shown.data).toContain('<ins class="suggestion" data-suggestion="s1" data-author="Ana Ruiz"');
  });

  it('the contract takes an optional changes mode and refuses any other', () => {
    expect(parseHostInput('exportArticle', { path: 'a.copydesk.json', format: 'md', changes: 'shown' })).toMatchObject({ changes: 'shown' });
    expect(() => parseHostInput('exportArticle', { path: 'a.copydesk.json', format: 'md', changes: 'all' })).toThrow(HostError);
  });
});
