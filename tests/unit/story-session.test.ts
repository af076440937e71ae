import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../shared/article';
import { type HostApi, HostError, type HostMethod } from '../../shared/contract';
import { schema } from '../../shared/schema';
import { createHostService } from '../../electron/services/host';
import { type HostCallPhase, withHostHook } from '../../electron/services/host-delays';
import { ArticleLibrary } from '../../electron/services/library';
import { type SessionEditor, StorySession } from '../../renderer/article/story-session';
import { ManualClock } from '../support/manual-clock';

// The story session against the real host service on a library in a temp folder. Host calls can
// be held at a gate (before the host runs them, or before their answer returns) and the session's
// timers run by hand, so each interleaving a busy machine produces now and then happens here every
// time, in a chosen order.

/** Lets promise chains and the host's file work run (real disk I/O, so real time). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 15));

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Host calls held at a gate until the test lets them go. */
class Gates {
  private closed = new Map<string, { waiting: (() => void)[]; arrived: number }>();
  readonly calls: string[] = [];
  hold(method: HostMethod, phase: HostCallPhase) {
    this.closed.set(`${method}:${phase}`, { waiting: [], arrived: 0 });
  }
  /** How many calls wait at the gate. */
  waiting(method: HostMethod, phase: HostCallPhase) {
    return this.closed.get(`${method}:${phase}`)?.waiting.length ?? 0;
  }
  release(method: HostMethod, phase: HostCallPhase) {
    const gate = this.closed.get(`${method}:${phase}`);
    this.closed.delete(`${method}:${phase}`);
    for (const go of gate?.waiting ?? []) go();
  }
  hook = (method: HostMethod, phase: HostCallPhase): Promise<void> | undefined => {
    this.calls.push(`${method}:${phase}`);
    const gate = this.closed.get(`${method}:${phase}`);
    if (!gate) return undefined;
    return new Promise<void>((resolve) => gate.waiting.push(resolve));
  };
}

/** An editor as the session sees one: the real ProseMirror state, no DOM. */
class TestEditor implements SessionEditor {
  state: EditorState;
  constructor(body: unknown) {
    this.state = EditorState.create({ doc: Node.fromJSON(schema, body) });
  }
  dispatch(tr: Transaction) {
    this.state = this.state.apply(tr);
  }
  get text() {
    return this.state.doc.textContent;
  }
}

let dir: string;
let library: ArticleLibrary;
let service: HostApi;
let gates: Gates;
let host: HostApi;
let clock: ManualClock;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-session-'));
  library = await ArticleLibrary.open({ root: dir, seedSample: false });
  service = createHostService({ library, host: 'web', appVersion: 'test' });
  gates = new Gates();
  host = withHostHook(service, gates.hook);
  clock = new ManualClock(1_000_000, settle);
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

const withText = (article: Article, text: string): Article => ({
  ...article,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

/** A story on disk with one paragraph. */
async function story(headline: string, text: string) {
  const created = await library.create(headline);
  const saved = await library.save(created.path, withText(created.article, text), created.stamp);
  return saved.path;
}

/** A session with an editor that follows it, as the app has (the editor is made for each story shown). */
function session(api: HostApi = host) {
  const s = new StorySession(api, { clock });
  let editor: TestEditor | null = null;
  let shown: unknown = null;
  s.subscribe(() => {
    const now = s.getSnapshot().session;
    const key = now ? `${now.path}#${now.revision}` : null;
    if (key === shown) return;
    shown = key;
    editor = now ? new TestEditor(now.openedBody) : null;
    s.editorReady(editor);
  });
  return {
    s,
    get editor() {
      if (!editor) throw new Error('no story open');
      return editor;
    },
    /**
     * Types on without a pause long enough to autosave (one piece a second): two seconds after
     * the first piece the journal falls due, before any autosave.
     */
    async keepTyping(...pieces: string[]) {
      for (const piece of pieces) {
        this.type(piece);
        await clock.advance(1_000);
      }
    },
    /** Types at the end of the story, one edit. */
    type(text: string) {
      const e = this.editor;
      const end = e.state.doc.content.size - 1;
      e.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, end)).insertText(text));
      s.markEdited();
    },
  };
}

/** What a reporter who opens the story next (a reload, a restart) gets: the text, and whether a recovery prompt shows. */
async function reopen(storyPath: string) {
  const next = session(service);
  await next.s.open(storyPath);
  return { text: next.editor.text, prompt: next.s.getSnapshot().recovery, session: next };
}

async function fileText(storyPath: string) {
  const article = parseArticle(await readFile(path.join(dir, storyPath), 'utf8'));
  return Node.fromJSON(schema, article.body).textContent;
}

describe('story session: saves and the journal in every order', () => {
  it('journal before save: the entry answers late, the save comes after it; no prompt, no word lost', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    gates.hold('journalChanges', 'after');
    await a.keepTyping(' Crews', ' came.');
    await clock.advance(400); // the journal is sent in the first pause
    await until(() => gates.waiting('journalChanges', 'after') === 1, 'the journal at the host');
    const saving = a.s.save({ manual: true }); // Ctrl+S while the journal's answer is on its way
    await settle();
    gates.release('journalChanges', 'after');
    await saving;
    expect(a.s.getSnapshot().saveState.kind).toBe('saved');
    const next = await reopen(p);
    expect(next.prompt).toBeNull();
    expect(next.text).toBe('Flames rose. Crews came.');
  });

  it('save before journal: the journal falls due while the save is on its way; no prompt, no word lost', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    await a.keepTyping(' Crews', ' came.');
    gates.hold('saveArticle', 'before');
    const saving = a.s.save({ manual: true });
    await until(() => gates.waiting('saveArticle', 'before') === 1, 'the save at the host');
    await clock.advance(400); // the journal falls due while the save has not reached the host
    await settle();
    gates.release('saveArticle', 'before');
    await saving;
    await clock.advance(10_000);
    await settle();
    const next = await reopen(p);
    expect(next.prompt).toBeNull();
    expect(next.text).toBe('Flames rose. Crews came.');
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
  });

  it('journal during save: Save is pressed, the quote pass finishes while the save is on its way; no prompt', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    await a.keepTyping(' Crews', ' came.'); // journaled once already
    a.type(' Two were hurt.');
    gates.hold('saveArticle', 'after');
    const saving = a.s.save({ manual: true }); // Ctrl+S: the save holds every word
    await until(() => gates.waiting('saveArticle', 'after') === 1, 'the save written, its answer held');
    // The quote pass finishes meanwhile (derived fields, not an edit of the reporter's)…
    a.s.editFields({ people: [{ id: 'person-crews', name: 'Crews', title: null, affiliation: null }] }, { quiet: true });
    await clock.advance(2_000); // …and the journal falls due while the save's answer is held
    await settle();
    gates.release('saveArticle', 'after');
    await saving;
    await clock.advance(10_000);
    await settle();
    const next = await reopen(p);
    expect(next.prompt).toBeNull();
    expect(next.text).toBe('Flames rose. Crews came. Two were hurt.');
  });

  it('journal during save with more typing: the later words are saved or offered, never lost', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    a.type(' Crews came.');
    gates.hold('saveArticle', 'after');
    const saving = a.s.save({ manual: true });
    await until(() => gates.waiting('saveArticle', 'after') === 1, 'the save written, its answer held');
    await a.keepTyping(' Two were', ' hurt.'); // the journal of the later words falls due during the save
    await clock.advance(400);
    gates.release('saveArticle', 'after');
    await saving;
    await until(() => gates.calls.filter((c) => c === 'journalChanges:after').length === 1, 'the later words journaled');
    // A crash now (before the autosave): the later words are in the recovery copy, on the saved file.
    const crashed = await reopen(p);
    expect(crashed.text).toBe('Flames rose. Crews came.');
    expect(crashed.prompt?.recovered.article.body.content?.[0]).toMatchObject({ content: [{ text: 'Flames rose. Crews came. Two were hurt.' }] });
    // No crash: the autosave writes them, and nothing is offered after.
    await clock.advance(10_000);
    await settle();
    const next = await reopen(p);
    expect(next.prompt).toBeNull();
    expect(next.text).toBe('Flames rose. Crews came. Two were hurt.');
  });

  it('trash during journal: the story goes to the trash while its journal is held; restored, it opens with no prompt', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const other = await story('Council vote', 'The vote was close.');
    const a = session();
    await a.s.open(p);
    gates.hold('journalChanges', 'before');
    await a.keepTyping(' Crews', ' came.');
    await clock.advance(400);
    await until(() => gates.waiting('journalChanges', 'before') === 1, 'the journal on its way');
    // Move to trash, as the app does: save, trash, close, open the next story.
    const trashing = (async () => {
      await a.s.save();
      const { trashPath } = await host.trashArticle({ path: p });
      a.s.close();
      await a.s.open(other);
      return trashPath;
    })();
    await settle();
    gates.release('journalChanges', 'before');
    const trashPath = await trashing;
    await clock.advance(10_000);
    const { path: restored } = await host.restoreArticle({ trashPath });
    const next = await reopen(restored);
    expect(next.prompt).toBeNull();
    expect(next.text).toBe('Flames rose. Crews came.');
  });

  it('an edit of a field only (status) then Save, with the journal late: no prompt after reopening', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    gates.hold('journalChanges', 'after');
    a.s.editFields({ status: 'in-edit' });
    await clock.advance(1_000);
    a.s.editFields({ standfirst: 'Crews came.' });
    await clock.advance(1_000);
    await clock.advance(400);
    await until(() => gates.waiting('journalChanges', 'after') === 1, 'the journal at the host');
    const saving = a.s.save({ manual: true });
    gates.release('journalChanges', 'after');
    await saving;
    const next = await reopen(p);
    expect(next.prompt).toBeNull();
    expect(next.session.s.session?.fields.status).toBe('in-edit');
  });
});

describe('opening a story is one host call', () => {
  it('openArticle answers the recovery copy still to offer with the story: the session offers it (or nothing) without asking again', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const calls: string[] = [];
    const counted = withHostHook(service, (method, phase) => {
      if (phase === 'before') calls.push(method);
    });
    // Nothing to recover: one call, and no prompt.
    const first = session(counted);
    await first.s.open(p);
    expect(calls).toEqual(['openArticle']);
    expect(first.s.getSnapshot().recovery).toBeNull();
    expect((await service.openArticle({ path: p })).recovery).toBeNull();

    // Words journaled and never saved (the window closed): the open's answer carries them.
    const opened = await service.openArticle({ path: p });
    await service.journalArticle({ path: p, article: withText(opened.article, 'Flames rose. Crews came.'), baseStamp: opened.stamp });
    expect((await service.openArticle({ path: p })).recovery?.article.id).toBe(opened.article.id);
    calls.length = 0;
    const next = session(counted);
    await next.s.open(p);
    expect(calls).toEqual(['openArticle']);
    const offered = next.s.getSnapshot().recovery;
    expect(offered && Node.fromJSON(schema, offered.recovered.article.body).textContent).toBe('Flames rose. Crews came.');
  });
});

describe('the host keeps no recovery copy older than the saved file', () => {
  it('a journal entry that reaches the host after a later save is not kept (as when two requests cross)', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const opened = await service.openArticle({ path: p });
    const typed = withText(opened.article, 'Flames rose. Crews');
    const more = withText(typed, 'Flames rose. Crews came.');
    // The save (with more words) is handled first; the journal taken before it arrives after.
    await service.saveArticle({ path: p, article: more, baseStamp: opened.stamp });
    await expect(service.journalArticle({ path: p, article: typed, baseStamp: opened.stamp })).rejects.toMatchObject({ code: 'conflict' });
    expect((await service.getRecovery({ articleId: opened.article.id })).recovery).toBeNull();
    expect((await service.listRecoveries({})).recoveries).toEqual([]);
  });

  it('a recovery copy left from before a save is dropped on open; one made over a change by another program is kept', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const opened = await service.openArticle({ path: p });
    const typed = withText(opened.article, 'Flames rose. Crews');
    await service.journalArticle({ path: p, article: typed, baseStamp: opened.stamp });
    // A save that cleared nothing (as if it was cut short between writing the file and clearing the journal).
    const journalFile = (await readdir(path.join(dir, '.copydesk', 'recovery')))[0];
    const kept = await readFile(path.join(dir, '.copydesk', 'recovery', journalFile), 'utf8');
    const saved = await service.saveArticle({ path: p, article: { ...typed, headline: 'Dock fire spreads' }, baseStamp: opened.stamp });
    await writeFile(path.join(dir, '.copydesk', 'recovery', journalFile), kept);
    expect((await service.getRecovery({ articleId: opened.article.id })).recovery).toBeNull();
    // Another program rewrites the file; the reporter's words journaled on the old one are kept.
    await service.journalArticle({ path: p, article: { ...typed, headline: 'Mine' }, baseStamp: saved.stamp });
    const onDisk = JSON.parse(await readFile(path.join(dir, p), 'utf8'));
    onDisk.headline = 'Changed elsewhere';
    await writeFile(path.join(dir, p), JSON.stringify(onDisk, null, 2));
    expect((await service.getRecovery({ articleId: opened.article.id })).recovery?.article.headline).toBe('Mine');
  });

  it('a recovery copy whose story is the saved one, written differently, is not offered', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const opened = await service.openArticle({ path: p });
    // The same story with attributes spelled out that the file leaves to their defaults.
    const spelled = { ...opened.article, body: Node.fromJSON(schema, opened.article.body).toJSON() };
    spelled.body.content[0].attrs = { ...(spelled.body.content[0].attrs ?? {}) };
    await service.journalArticle({ path: p, article: { ...spelled, modified: new Date(0).toISOString() }, baseStamp: null });
    const a = session();
    await a.s.open(p);
    expect(a.s.getSnapshot().recovery).toBeNull();
  });
});

describe('story session: opening, failing, conflicts, crashes', () => {
  it('open while saving: the story on screen is saved before the next one shows', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const q = await story('Council vote', 'The vote was close.');
    const a = session();
    await a.s.open(p);
    a.type(' Crews came.');
    gates.hold('saveArticle', 'after');
    const saving = a.s.save();
    await until(() => gates.waiting('saveArticle', 'after') === 1, 'the save held');
    const opening = a.s.open(q);
    await settle();
    expect(a.s.session?.path).toBe(p);
    gates.release('saveArticle', 'after');
    await Promise.all([saving, opening]);
    expect(a.s.session?.path).toBe(q);
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
  });

  it('click another story while one loads: only the last one clicked shows, and typing meanwhile is saved', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const q = await story('Council vote', 'The vote was close.');
    const r = await story('Harbour reopens', 'Ships came back.');
    const a = session();
    await a.s.open(p);
    gates.hold('openArticle', 'after');
    const first = a.s.open(q);
    await until(() => gates.waiting('openArticle', 'after') === 1, 'the first open held');
    const second = a.s.open(r);
    await until(() => gates.waiting('openArticle', 'after') === 2, 'the second open held');
    a.type(' Crews came.'); // typed into the story still on screen
    gates.release('openArticle', 'after');
    await Promise.all([first, second]);
    expect(a.s.session?.path).toBe(r);
    expect(a.editor.text).toBe('Ships came back.');
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
  });

  it('a damaged story clicked while the first one loads: the first one opens after all, not an empty window', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    await writeFile(path.join(dir, 'damaged.copydesk.json'), '{"format": "copydesk-article", "headl');
    const a = session();
    gates.hold('openArticle', 'after');
    const first = a.s.open(p);
    await until(() => gates.waiting('openArticle', 'after') === 1, 'the first open held');
    const second = a.s.open('damaged.copydesk.json');
    await until(
      () => gates.waiting('openArticle', 'after') === 1 || gates.calls.filter((c) => c === 'openArticle:before').length === 2,
      'the second open asked',
    );
    gates.release('openArticle', 'after');
    await first;
    await expect(second).rejects.toThrow(/damaged\.copydesk\.json/);
    await until(() => a.s.session?.path === p, 'the first story open');
    expect(a.editor.text).toBe('Flames rose.');
    // Nothing was written to the damaged file.
    expect(await readFile(path.join(dir, 'damaged.copydesk.json'), 'utf8')).toBe('{"format": "copydesk-article", "headl');
  });

  it('a failed save says why, keeps the text, and retries until the disk takes it', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    let failuresLeft = 2;
    const flaky: HostApi = {
      ...host,
      saveArticle: async (input) => {
        if (failuresLeft-- > 0) throw new HostError('disk-full', 'The disk is full.');
        return host.saveArticle(input);
      },
    };
    const a = session(flaky);
    await a.s.open(p);
    a.type(' Crews came.');
    await clock.advance(1_500);
    await settle();
    const failed = a.s.getSnapshot().saveState;
    expect(failed).toMatchObject({ kind: 'failed', message: 'The disk is full.' });
    expect(a.s.isDirty()).toBe(true);
    await clock.advance(2_000); // first retry: fails again
    await until(() => failuresLeft === 0, 'the first retry');
    expect(a.s.getSnapshot().saveState.kind).toBe('failed');
    await clock.advance(4_000); // second retry: the disk has room
    await until(() => a.s.getSnapshot().saveState.kind === 'saved', 'the retry saved');
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
  });

  it('a refusal is not retried; the text stays', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    let tries = 0;
    const refusing: HostApi = {
      ...host,
      saveArticle: async () => {
        tries++;
        throw new HostError('corrupt-file', 'The file on disk is damaged.');
      },
    };
    const a = session(refusing);
    await a.s.open(p);
    a.type(' Crews came.');
    await clock.advance(1_500);
    await settle();
    expect(a.s.getSnapshot().saveState).toEqual({ kind: 'failed', message: 'The file on disk is damaged.' });
    await clock.advance(120_000);
    a.s.windowReturned();
    await settle();
    expect(tries).toBe(1);
    expect(a.editor.text).toBe('Flames rose. Crews came.');
  });

  it('a change on disk under unsaved text: both versions, and either choice keeps the other in the history', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    a.type(' Crews came.');
    const onDisk = JSON.parse(await readFile(path.join(dir, p), 'utf8'));
    onDisk.headline = 'Dock fire (desk)';
    await writeFile(path.join(dir, p), JSON.stringify(onDisk, null, 2));
    await a.s.save({ manual: true });
    const state = a.s.getSnapshot().saveState;
    expect(state.kind).toBe('conflict');
    expect(state.kind === 'conflict' && state.disk?.article.headline).toBe('Dock fire (desk)');
    // Keep mine: the desk's version goes into the history, mine onto disk.
    await a.s.save({ overwrite: true });
    expect(a.s.getSnapshot().saveState.kind).toBe('saved');
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
    const revisions = (await service.listRevisions({ articleId: a.s.session!.fields.id })).revisions;
    expect(revisions.map((r) => r.reason)).toContain('replaced-on-disk');

    // The other way: take the disk's version; mine goes into the history.
    a.type(' Two were hurt.');
    onDisk.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Desk text.' }] }] };
    await writeFile(path.join(dir, p), JSON.stringify(onDisk, null, 2));
    await a.s.save({ manual: true });
    expect(a.s.getSnapshot().saveState.kind).toBe('conflict');
    await a.s.reloadFromDisk();
    expect(a.editor.text).toBe('Desk text.');
    const id = a.s.session?.fields.id ?? '';
    const kept = [];
    for (const r of (await service.listRevisions({ articleId: id })).revisions.filter((r) => r.reason === 'replaced-on-disk')) {
      kept.push(Node.fromJSON(schema, (await service.readRevision({ articleId: id, revisionId: r.id })).article.body).textContent);
    }
    expect(kept).toContain('Flames rose. Crews came. Two were hurt.');
  });

  it('after a crash the journaled words are offered; Restore puts them in the editor, Keep saved drops them', async () => {
    const p = await story('Dock fire', 'Flames rose.');
    const a = session();
    await a.s.open(p);
    await a.keepTyping(' Crews', ' came.');
    await clock.advance(400); // journaled, not saved: then the app dies
    await until(() => gates.calls.includes('journalChanges:after'), 'the journal');
    a.s.close(); // the app dies: no save comes
    const b = (await reopen(p)).session;
    expect(b.s.getSnapshot().recovery?.recovered.article.body.content?.[0]).toMatchObject({ content: [{ text: 'Flames rose. Crews came.' }] });
    // No autosave over the saved file while the reporter decides.
    b.s.markEdited();
    await clock.advance(5_000);
    expect(await fileText(p)).toBe('Flames rose.');
    await b.s.resolveRecovery('restore');
    expect(b.editor.text).toBe('Flames rose. Crews came.');
    await b.s.save({ manual: true });
    expect(await fileText(p)).toBe('Flames rose. Crews came.');
    expect((await reopen(p)).prompt).toBeNull();

    // Keep saved: the recovery copy is thrown away.
    const c = session();
    await c.s.open(p);
    await c.keepTyping(' Two were', ' hurt.');
    await clock.advance(400);
    await until(() => gates.calls.filter((x) => x === 'journalChanges:after').length === 2, 'the second journal');
    c.s.close();
    const d = (await reopen(p)).session;
    expect(d.s.getSnapshot().recovery).not.toBeNull();
    await d.s.resolveRecovery('keep-saved');
    expect(d.editor.text).toBe('Flames rose. Crews came.');
    expect((await reopen(p)).prompt).toBeNull();
  });
});
