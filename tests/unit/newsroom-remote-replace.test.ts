// A remote change to a shared story reaches the editor as a replace of only the blocks it changed
// (renderer/newsroom/remote-replace.ts), so range-based plugins (quote highlights, checks,
// suggestions, notes) keep everything elsewhere. Real Yjs docs, real y-prosemirror, a real
// EditorView (jsdom), the real quote plugin. Also: an editor shown from the newsroom's readable
// copy before the story's state arrived is bound to it without replacing or writing anything.
import { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { newArticle } from '../../shared/article';
import { schema } from '../../shared/schema';
import { articleToStoryDoc, storyBody } from '../../shared/newsroom/story-doc';
import { quoteAttribution, quoteAttributionKey } from '../../renderer/editor/quote-plugin';
import { collabEditing, isRemote } from '../../renderer/newsroom/collab-plugins';
import { minimalRemoteReplace } from '../../renderer/newsroom/remote-replace';
import { installJsdom } from '../support/jsdom-view';

beforeAll(() => {
  installJsdom();
});

const QUOTE_PARAGRAPH = 3;
const texts = Array.from({ length: 60 }, (_, i) =>
  i === 2
    ? 'Mayor Ellen Ford opened the bridge on Monday.'
    : i === QUOTE_PARAGRAPH
      ? '"We are on budget," Ford said.'
      : `Paragraph ${i} of the story, with some words.`,
);

function article() {
  return {
    ...newArticle({ id: 'story-1', now: '2026-12-03T06:00:00.000Z', headline: 'Bridge opens' }),
    body: { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
  } as ReturnType<typeof newArticle>;
}

/** Quote analysis run by hand (the plugin's pause), so the test decides when it happens. */
function manualScheduler() {
  const tasks: (() => void)[] = [];
  return {
    schedule(task: () => void) {
      tasks.push(task);
      return () => {
        const i = tasks.indexOf(task);
        if (i >= 0) tasks.splice(i, 1);
      };
    },
    runAll() {
      while (tasks.length) tasks.shift()!();
    },
  };
}

function setup({ transform }: { transform: boolean }) {
  const local = articleToStoryDoc(article());
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
  const collab = collabEditing(local, new Awareness(local), true);
  const sched = manualScheduler();
  const applied: Transaction[] = [];
  const mount = document.createElement('div');
  document.body.append(mount);
  const view = new EditorView(mount, {
    state: EditorState.create({ schema, doc: collab.initialDoc() ?? undefined, plugins: [...collab.plugins, quoteAttribution({ schedule: sched.schedule })] }),
    dispatchTransaction(this: EditorView, tr) {
      if (this.isDestroyed) return;
      const t = transform ? collab.transform(tr, this.state) : tr;
      applied.push(t);
      this.updateState(this.state.apply(t));
    },
  });
  sched.runAll();
  // Remote edits travel as Yjs updates, as from the newsroom.
  remote.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'from-local') Y.applyUpdate(local, u, 'from-remote');
  });
  local.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'from-remote') Y.applyUpdate(remote, u, 'from-local');
  });
  return { view, local, remote, applied, sched, destroy: () => view.destroy() };
}

/** Where top-level block `i` starts and ends in `doc`. */
function blockRange(doc: Node, i: number) {
  let pos = 0;
  for (let k = 0; k < i; k++) pos += doc.child(k).nodeSize;
  return { from: pos, to: pos + doc.child(i).nodeSize };
}

const quoteDecorations = (state: EditorState) => quoteAttributionKey.getState(state)!.decorations.find();

/** Someone else types into paragraph `i` (its Y.XmlText). */
function remoteType(remote: Y.Doc, i: number, at: number, words: string) {
  const paragraph = storyBody(remote).get(i) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(at, words);
}

describe('minimalRemoteReplace', () => {
  let destroy: (() => void) | undefined;
  afterEach(() => destroy?.());

  it('a remote edit in paragraph 40 of a long story is one step covering only that paragraph; quotes elsewhere keep their decorations', () => {
    const s = setup({ transform: true });
    destroy = s.destroy;
    expect(s.view.state.doc.childCount).toBe(60);
    const [quote] = quoteDecorations(s.view.state);
    expect(s.view.state.doc.textBetween(quote!.from, quote!.to)).toBe('We are on budget,');
    const quotesBefore = quoteAttributionKey.getState(s.view.state)!.decorations;
    const para40 = blockRange(s.view.state.doc, 40);
    s.applied.length = 0;

    remoteType(s.remote, 40, 10, 'REMOTE ');

    expect(s.applied).toHaveLength(1);
    const [tr] = s.applied;
    expect(tr!.steps).toHaveLength(1);
    const step = tr!.steps[0] as ReplaceStep;
    expect(step).toBeInstanceOf(ReplaceStep);
    expect({ from: step.from, to: step.to }).toEqual(para40);
    expect(s.view.state.doc.child(40).textContent).toBe('Paragraph REMOTE 40 of the story, with some words.');
    // The quote three paragraphs in is still highlighted, by the very same decoration, where it was.
    const [after] = quoteDecorations(s.view.state);
    expect(after!.spec).toBe(quote!.spec);
    expect({ from: after!.from, to: after!.to }).toEqual({ from: quote!.from, to: quote!.to });
    void quotesBefore;
    // …and only paragraph 40 waits for the quote engine.
    const changed = quoteAttributionKey.getState(s.view.state)!.changed;
    for (const r of changed) expect(r.from >= para40.from && r.to <= para40.to + 'REMOTE '.length).toBe(true);
  });

  it('without it, y-prosemirror replaces the whole story and the quote highlights are rebuilt (the reason for it)', () => {
    const s = setup({ transform: false });
    destroy = s.destroy;
    const quotesBefore = quoteAttributionKey.getState(s.view.state)!.decorations;
    s.applied.length = 0;
    remoteType(s.remote, 40, 10, 'REMOTE ');
    const step = s.applied[0]!.steps[0] as ReplaceStep;
    expect(step.from).toBe(0);
    expect(step.to).toBe(s.applied[0]!.before.content.size);
    expect(quoteAttributionKey.getState(s.view.state)!.decorations).not.toBe(quotesBefore);
  });

  it('keeps the local cursor where it was and the change out of the local undo history', () => {
    const s = setup({ transform: true });
    destroy = s.destroy;
    const caret = blockRange(s.view.state.doc, 50).from + 5;
    s.view.dispatch(s.view.state.tr.setSelection(TextSelection.create(s.view.state.doc, caret)));
    remoteType(s.remote, 10, 0, 'Earlier words. ');
    expect(s.view.state.selection.head).toBe(caret + 'Earlier words. '.length);
    expect(s.applied.at(-1)!.getMeta('addToHistory')).toBe(false);
    // The remote words are not this person's to undo.
    s.view.focus();
    const undo = collabEditing(s.local, new Awareness(s.local), true).undo;
    undo(s.view.state, s.view.dispatch);
    expect(s.view.state.doc.child(10).textContent).toContain('Earlier words.');
  });

  it('a remote paragraph added and one removed replace just those blocks, and the result is the remote document', () => {
    const s = setup({ transform: true });
    destroy = s.destroy;
    s.applied.length = 0;
    s.remote.transact(() => {
      const body = storyBody(s.remote);
      body.delete(20, 1);
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('A new paragraph.')]);
      body.insert(30, [p]);
    });
    const step = s.applied[0]!.steps[0] as ReplaceStep;
    const start = blockRange(s.applied[0]!.before, 20).from;
    const end = blockRange(s.applied[0]!.before, 30).to;
    expect(step.from).toBe(start);
    expect(step.to).toBe(end);
    expect(s.view.state.doc.childCount).toBe(60);
    expect(s.view.state.doc.child(30).textContent).toBe('A new paragraph.');
    expect(s.view.state.doc.child(20).textContent).toBe('Paragraph 21 of the story, with some words.');
  });

  it('leaves other transactions alone', () => {
    const state = EditorState.create({ schema });
    const tr = state.tr.insertText('x', 1);
    expect(minimalRemoteReplace(tr, state)).toBe(tr);
  });
});

describe('an editor shown before its shared story arrived (collab.bind)', () => {
  let destroy: (() => void) | undefined;
  afterEach(() => destroy?.());

  /**
   * As ArticleEditor does for a story never kept on this computer: the editor is made from the
   * newsroom's readable copy (`shown`), without the Yjs plugins and locked; the story's state
   * arrives later (here: `arrive()` applies the newsroom's doc), and the editor is bound.
   */
  function early(shown = article()) {
    const newsroom = articleToStoryDoc(article());
    const local = new Y.Doc();
    let arrived = false;
    let ready: (() => void) | null = null;
    const collab = collabEditing(local, new Awareness(local), true, {
      now: () => arrived,
      onArrival: (cb) => {
        ready = cb;
        return () => {
          ready = null;
        };
      },
    });
    const applied: Transaction[] = [];
    const mount = document.createElement('div');
    document.body.append(mount);
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, doc: Node.fromJSON(schema, shown.body), plugins: [quoteAttribution({ schedule: manualScheduler().schedule })] }),
      editable: () => collab.editable && collab.loaded(),
      dispatchTransaction(this: EditorView, tr) {
        if (this.isDestroyed) return;
        const t = collab.transform(tr, this.state);
        applied.push(t);
        this.updateState(this.state.apply(t));
      },
    });
    collab.whenLoaded(() => collab.bind(view));
    // What this editor writes reaches the newsroom, as over the socket.
    local.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'from-newsroom') Y.applyUpdate(newsroom, u, 'from-local');
    });
    const arrive = () => {
      Y.applyUpdate(local, Y.encodeStateAsUpdate(newsroom), 'from-newsroom');
      arrived = true;
      ready?.();
    };
    return { view, local, newsroom, collab, applied, arrive, destroy: () => view.destroy() };
  }

  const newsroomText = (doc: Y.Doc) =>
    storyBody(doc)
      .toArray()
      .map((p) =>
        (p as Y.XmlElement)
          .toArray()
          .map((t) => (t as Y.XmlText).toString())
          .join(''),
      );

  it('locked until the story arrives; then bound on the very nodes shown, writing nothing; then typing reaches the newsroom once', () => {
    const s = early();
    destroy = s.destroy;
    expect(s.view.editable).toBe(false);
    // Nothing to undo, and no error, before the story arrived.
    expect(s.collab.undo(s.view.state, s.view.dispatch)).toBe(false);
    const shown = s.view.state.doc;
    const newsroomBefore = Y.encodeStateVector(s.newsroom);

    s.arrive();

    expect(s.view.editable).toBe(true);
    // The same document object: nothing was replaced or redrawn.
    expect(s.view.state.doc).toBe(shown);
    // A transaction after binding (the plugin compares the document with the story) writes nothing back.
    s.view.dispatch(s.view.state.tr.setMeta('nothing', true));
    expect(Y.encodeStateVector(s.newsroom)).toEqual(newsroomBefore);
    expect(storyBody(s.newsroom).length).toBe(60);

    const at = blockRange(s.view.state.doc, 5).from + 1;
    s.view.dispatch(s.view.state.tr.insertText('Typed. ', at));
    expect(storyBody(s.newsroom).length).toBe(60);
    expect(newsroomText(s.newsroom)[5]).toBe('Typed. Paragraph 5 of the story, with some words.');
    // And undo is this person's own.
    expect(s.collab.undo(s.view.state, s.view.dispatch)).toBe(true);
    expect(newsroomText(s.newsroom)[5]).toBe('Paragraph 5 of the story, with some words.');
  });

  it('a copy read before someone changed a paragraph: only that paragraph is replaced, as a change from the newsroom, and the newsroom is not written', () => {
    const s = early();
    destroy = s.destroy;
    const shown = s.view.state.doc;
    remoteType(s.newsroom, 7, 0, 'Meanwhile: ');
    const newsroomBefore = Y.encodeStateVector(s.newsroom);

    s.arrive();

    const replaced = s.applied.filter((tr) => tr.docChanged);
    expect(replaced).toHaveLength(1);
    expect(isRemote(replaced[0]!)).toBe(true);
    expect(replaced[0]!.getMeta('addToHistory')).toBe(false);
    const step = replaced[0]!.steps[0] as ReplaceStep;
    expect({ from: step.from, to: step.to }).toEqual(blockRange(shown, 7));
    expect(s.view.state.doc.child(7).textContent).toBe('Meanwhile: Paragraph 7 of the story, with some words.');
    for (const i of [0, 6, 8, 59]) expect(s.view.state.doc.child(i)).toBe(shown.child(i));
    s.view.dispatch(s.view.state.tr.setMeta('nothing', true));
    expect(Y.encodeStateVector(s.newsroom)).toEqual(newsroomBefore);

    s.view.dispatch(s.view.state.tr.insertText('Mine. ', blockRange(s.view.state.doc, 7).from + 1));
    expect(newsroomText(s.newsroom)[7]).toBe('Mine. Meanwhile: Paragraph 7 of the story, with some words.');
    expect(storyBody(s.newsroom).length).toBe(60);
  });
});
