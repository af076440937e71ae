// Quote attribution in the editor: highlights every quote the engine finds, with its speaker.
//
// Per keystroke the plugin only maps its decorations and the list of changed ranges through the
// transaction (both proportional to the edit, not the story). The engine runs later, once typing
// pauses (`delay`, then an idle callback): the session re-analyses only paragraphs whose text
// changed (it caches the rest by text), the linking pass runs over the story, and decorations are
// replaced only where a quote's range, state or speaker changed.
//
// No DOM here (the tooltip lives in renderer/quotes/quote-tooltip.ts), so it runs in unit tests.
import type { Node } from 'prosemirror-model';
import { type Command, type EditorState, Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { PauseTimer } from '../article/pause-timer';
import { caretBlockRange, changedRanges, withDecorations } from './plugins';
import { QUOTE_STATE_LABELS } from '../../shared/article/index';
import { type AttributionResult, type AttributionSession, createAttributionSession, type QuoteState } from '../../shared/attribution/index';

/** The story's textblocks, in order, as the engine reads them, and where each starts in the doc. */
export interface QuoteParagraphs {
  texts: string[];
  /** doc position of the first character of each paragraph */
  starts: number[];
}

export interface QuoteAnalysis {
  result: AttributionResult;
  paragraphs: QuoteParagraphs;
}

/** One highlighted quote: what the decorations show and the doc ranges they cover. */
export interface QuoteMark {
  quoteId: string;
  state: QuoteState;
  speaker: string | null;
  /** the speaker's role, e.g. "President, Ukrainian" */
  detail?: string | null;
  cue?: string | null;
  ranges: { from: number; to: number }[];
}

export interface QuoteAttributionOptions {
  /** the engine session (one per open article); a fresh one by default */
  session?: AttributionSession;
  /** quiet time after the last keystroke before the engine runs, in ms */
  delay?: number;
  /** turns an analysis into marks (the app reconciles with stored records here); the engine's view by default */
  annotate?(analysis: QuoteAnalysis, state: EditorState): QuoteMark[];
  /** runs `task` after `ms` (and an idle moment); returns a cancel function */
  schedule?(task: () => void, ms: number): () => void;
  /**
   * runs the first analysis, of the story as opened; returns a cancel function. By default as soon
   * as there is an idle moment (`schedule(task, 0)`); the app waits until the story is on screen,
   * so that its highlights and the Sources panel are not drawn on the way to its first paint.
   */
  scheduleFirst?(task: () => void): () => void;
  /**
   * How quotes are drawn: all as decoration spans (the default), or as spans except in the block
   * holding the cursor ('outside-caret-block': renderer/quotes/quote-highlights.ts paints that
   * block's quotes as CSS highlights, so typing there never redraws a span).
   */
  paint?: 'decorations' | 'outside-caret-block';
}

export interface QuoteAttributionState {
  decorations: DecorationSet;
  /** doc ranges edited since the last analysis, mapped through later edits */
  changed: { from: number; to: number }[];
  analysis: QuoteAnalysis | null;
  /** bumped by `refreshQuotes` (records changed, the text did not) */
  refresh: number;
  /** the quote being reviewed, drawn with an extra class */
  current: string | null;
}

interface MarkSpec {
  quoteId: string;
  key: string;
  mark: QuoteMark;
}

type Meta = { type: 'marks'; analysis: QuoteAnalysis; marks: QuoteMark[] } | { type: 'refresh' } | { type: 'current'; quoteId: string | null };

export const quoteAttributionKey = new PluginKey<QuoteAttributionState>('quoteAttribution');

export const QUOTE_ANALYSIS_DELAY_MS = 200;

export function quoteLabel(mark: Pick<QuoteMark, 'speaker' | 'state'>): string {
  const state = QUOTE_STATE_LABELS[mark.state];
  return mark.speaker ? `Quote by ${mark.speaker} (${state.toLowerCase()})` : `Quote: ${state.toLowerCase()}`;
}

// Nodes are immutable and shared between versions, so a paragraph's text is computed once.
const textCache = new WeakMap<Node, string>();

/** Inline leaves (hard breaks) read as one space each, so text offsets equal doc offsets. */
function blockText(node: Node): string {
  let t = textCache.get(node);
  if (t === undefined) {
    t = node.textBetween(0, node.content.size, '', ' ');
    textCache.set(node, t);
  }
  return t;
}

/** Textblocks in order (headings, list and blockquote paragraphs included; photos skipped). */
export function collectParagraphs(doc: Node): QuoteParagraphs {
  const texts: string[] = [];
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      texts.push(blockText(node));
      starts.push(pos + 1);
      return false;
    }
    return !node.isAtom;
  });
  return { texts, starts };
}

/** The engine's own view: state from detection only (the app's `annotate` adds stored records). */
export function marksFromAnalysis({ result, paragraphs }: QuoteAnalysis): QuoteMark[] {
  const cast = new Map(result.cast.map((c) => [c.id, c]));
  return result.quotes.map((q) => {
    const c = q.speakerId ? cast.get(q.speakerId) : undefined;
    return {
      quoteId: q.id,
      state: !q.speakerId ? 'unattributed' : q.ambiguous ? 'ambiguous' : 'attributed',
      speaker: c?.name ?? null,
      detail: c ? [c.title, c.affiliation].filter(Boolean).join(', ') || null : null,
      cue: q.cue,
      ranges: segmentRanges(q.segments, paragraphs),
    };
  });
}

export function segmentRanges(segments: readonly { paragraph: number; start: number; end: number }[], paragraphs: QuoteParagraphs) {
  const out: { from: number; to: number }[] = [];
  for (const s of segments) {
    const base = paragraphs.starts[s.paragraph];
    if (base === undefined) continue;
    out.push({ from: base + s.start, to: base + s.end });
  }
  return out;
}

function markKey(m: QuoteMark, current: boolean): string {
  return JSON.stringify([m.quoteId, m.state, m.speaker, m.detail ?? null, m.cue ?? null, current]);
}

function decorationsFor(m: QuoteMark, current: boolean, from: number, to: number): Decoration {
  const label = quoteLabel(m);
  const spec: MarkSpec = { quoteId: m.quoteId, key: markKey(m, current), mark: m };
  return Decoration.inline(
    from,
    to,
    {
      class: `quote quote-${m.state}${current ? ' quote-current' : ''}`,
      title: label,
      'aria-description': label,
      'data-quote-id': m.quoteId,
    },
    spec,
  );
}

const rangeKey = (d: Decoration) => `${d.from}:${d.to}:${(d.spec as MarkSpec).key}`;

/** Replaces decorations only where a quote's range or look changed; untouched ones keep their DOM. */
function applyMarks(set: DecorationSet, doc: Node, marks: QuoteMark[], current: string | null): DecorationSet {
  const wanted: Decoration[] = [];
  for (const m of marks) {
    for (const r of m.ranges) {
      if (r.to > r.from && r.from >= 0 && r.to <= doc.content.size) wanted.push(decorationsFor(m, m.quoteId === current, r.from, r.to));
    }
  }
  return withDecorations(set, doc, wanted, rangeKey);
}

function setCurrent(set: DecorationSet, doc: Node, prev: string | null, next: string | null): DecorationSet {
  if (prev === next) return set;
  const touched = set.find(undefined, undefined, (spec) => (spec as MarkSpec).quoteId === prev || (spec as MarkSpec).quoteId === next);
  const redrawn = touched.map((d) => {
    const s = d.spec as MarkSpec;
    return decorationsFor(s.mark, s.quoteId === next, d.from, d.to);
  });
  return set.remove(touched).add(doc, redrawn);
}

function mergeRanges(ranges: { from: number; to: number }[]) {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a.from - b.from);
  const out = [ranges[0]!];
  for (let i = 1; i < ranges.length; i++) {
    const r = ranges[i]!;
    const last = out[out.length - 1]!;
    if (r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push(r);
  }
  return out;
}

function defaultSchedule(task: () => void, ms: number): () => void {
  let idle: (() => void) | undefined;
  const timer = setTimeout(() => {
    idle = whenIdle(task);
  }, ms);
  return () => {
    clearTimeout(timer);
    idle?.();
  };
}

/** Runs `task` in the next idle moment (at the latest 300 ms on), or at once where there are none; returns a cancel function. */
function whenIdle(task: () => void): () => void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };
  if (!g.requestIdleCallback) {
    task();
    return () => {};
  }
  const idle = g.requestIdleCallback(task, { timeout: 300 });
  return () => g.cancelIdleCallback?.(idle);
}

export function quoteAttribution(options: QuoteAttributionOptions = {}): Plugin<QuoteAttributionState> {
  const session = options.session ?? createAttributionSession();
  const delay = options.delay ?? QUOTE_ANALYSIS_DELAY_MS;
  const annotate = options.annotate ?? ((analysis: QuoteAnalysis) => marksFromAnalysis(analysis));
  const schedule = options.schedule ?? defaultSchedule;
  const allSpans = (options.paint ?? 'decorations') === 'decorations';
  const spans = (state: EditorState): DecorationSet | undefined =>
    allSpans ? quoteAttributionKey.getState(state)?.decorations : splitAtCaretBlock(state)?.rest;

  return new Plugin<QuoteAttributionState>({
    key: quoteAttributionKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, changed: [], analysis: null, refresh: 0, current: null }),
      apply(tr, value) {
        const meta = tr.getMeta(quoteAttributionKey) as Meta | undefined;
        let { decorations, changed, analysis, refresh, current } = value;
        if (tr.docChanged) {
          decorations = decorations.map(tr.mapping, tr.doc);
          const next = changed.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
          changed = mergeRanges(next.concat(changedRanges(tr)));
        }
        if (meta?.type === 'marks') {
          decorations = applyMarks(decorations, tr.doc, meta.marks, current);
          analysis = meta.analysis;
          changed = [];
        } else if (meta?.type === 'refresh') {
          refresh++;
        } else if (meta?.type === 'current') {
          decorations = setCurrent(decorations, tr.doc, current, meta.quoteId);
          current = meta.quoteId;
        }
        if (
          decorations === value.decorations &&
          changed === value.changed &&
          analysis === value.analysis &&
          refresh === value.refresh &&
          current === value.current
        )
          return value;
        return { decorations, changed, analysis, refresh, current };
      },
    },
    props: {
      // The decorations are the plugin's index of quote ranges either way; spans only when asked.
      decorations: spans,
    },
    view(view: EditorView) {
      let cancel: (() => void) | null = null;
      let destroyed = false;
      let seenRefresh = 0;
      const dispatchMarks = (analysis: QuoteAnalysis) => {
        const marks = annotate(analysis, view.state);
        view.dispatch(view.state.tr.setMeta(quoteAttributionKey, { type: 'marks', analysis, marks } satisfies Meta).setMeta('addToHistory', false));
      };
      const analyse = () => {
        cancel = null;
        idle = null;
        if (destroyed) return;
        const paragraphs = collectParagraphs(view.state.doc);
        dispatchMarks({ result: session.update(paragraphs.texts), paragraphs });
      };
      const later = (task: () => void, ms: number) => {
        cancel?.();
        cancel = schedule(task, ms);
      };
      // With the default scheduler, a keystroke moves one pause (pause-timer.ts) rather than
      // cancelling a timer and arming another; once it is over, the analysis waits for idle.
      let idle: (() => void) | null = null;
      const pause = options.schedule
        ? null
        : new PauseTimer(() => {
            idle = whenIdle(analyse);
          });
      const stopPause = () => {
        pause?.cancel();
        idle?.();
        idle = null;
      };
      const analyseAfterPause = () => {
        if (!pause) {
          later(analyse, delay);
          return;
        }
        if (cancel !== stopPause) {
          cancel?.();
          cancel = stopPause;
        }
        // An analysis waiting for an idle moment waits for the end of the new pause instead.
        idle?.();
        idle = null;
        pause.after(delay);
      };
      cancel = options.scheduleFirst ? options.scheduleFirst(analyse) : schedule(analyse, 0);
      return {
        update(v, prev) {
          const s = quoteAttributionKey.getState(v.state);
          if (v.state.doc !== prev.doc) {
            analyseAfterPause();
          } else if (s && s.refresh !== seenRefresh) {
            seenRefresh = s.refresh;
            // Records changed but the text did not: new marks from the last analysis, no engine run.
            // With an analysis already pending (text changed), that one will pick the records up.
            if (!cancel) {
              later(() => {
                cancel = null;
                const st = quoteAttributionKey.getState(view.state);
                if (destroyed || !st) return;
                if (st.analysis && st.changed.length === 0) dispatchMarks(st.analysis);
                else analyse();
              }, 0);
            }
          }
        },
        destroy() {
          destroyed = true;
          cancel?.();
        },
      };
    },
  });
}

// The quote set split at the cursor's block, once per set and block: the spans (decorations prop)
// and the highlight painter both ask on every update, and a cursor move inside the block keeps it.
const splits = new WeakMap<DecorationSet, { from: number; to: number; inBlock: Decoration[]; rest: DecorationSet }>();

function splitAtCaretBlock(state: EditorState): { inBlock: Decoration[]; rest: DecorationSet } | null {
  const set = quoteAttributionKey.getState(state)?.decorations;
  if (!set) return null;
  const block = caretBlockRange(state);
  if (!block) return { inBlock: [], rest: set };
  const known = splits.get(set);
  if (known && known.from === block.from && known.to === block.to) return known;
  const inBlock = set.find(block.from, block.to);
  // remove() clears the entries of the array it is given: hand it a copy.
  const split = { from: block.from, to: block.to, inBlock, rest: inBlock.length ? set.remove(inBlock.slice()) : set };
  splits.set(set, split);
  return split;
}

/** The quote decorations in the cursor's block (what the highlight painter draws). */
export function caretBlockQuotes(state: EditorState): Decoration[] {
  return splitAtCaretBlock(state)?.inBlock ?? [];
}

/** Where a quote is now (its decorations are mapped through every edit). */
export function findQuote(state: EditorState, quoteId: string): { from: number; to: number; mark: QuoteMark } | null {
  const set = quoteAttributionKey.getState(state)?.decorations;
  const found = set?.find(undefined, undefined, (spec) => (spec as MarkSpec).quoteId === quoteId) ?? [];
  if (found.length === 0) return null;
  return {
    from: Math.min(...found.map((d) => d.from)),
    to: Math.max(...found.map((d) => d.to)),
    mark: (found[0]!.spec as MarkSpec).mark,
  };
}

/** Whether a doc position is in a quote (cheaper than `quoteAt`: looks at that position only). */
export function inQuote(state: EditorState, pos: number): boolean {
  const set = quoteAttributionKey.getState(state)?.decorations;
  return !!set?.find(pos, pos).some((d) => d.from <= pos && d.to >= pos);
}

/**
 * The quote under a doc position, if any: the stretch of it in that paragraph (a quote running
 * over several paragraphs has one per paragraph). Looks at that position only, so the tooltip can
 * ask on every keystroke; `findQuote` has the whole quote.
 */
export function quoteAt(state: EditorState, pos: number): { from: number; to: number; mark: QuoteMark } | null {
  const set = quoteAttributionKey.getState(state)?.decorations;
  const hit = set?.find(pos, pos).find((d) => d.from <= pos && d.to >= pos);
  return hit ? { from: hit.from, to: hit.to, mark: (hit.spec as MarkSpec).mark } : null;
}

/** Selects a quote's words and scrolls them into view. */
export function selectQuote(quoteId: string): Command {
  return (state, dispatch) => {
    const q = findQuote(state, quoteId);
    if (!q) return false;
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, q.from, q.to)).scrollIntoView());
    return true;
  };
}

/** Redraws the quotes from the last analysis (after the stored records changed). */
export const refreshQuotes: Command = (state, dispatch) => {
  if (!quoteAttributionKey.getState(state)) return false;
  dispatch?.(state.tr.setMeta(quoteAttributionKey, { type: 'refresh' } satisfies Meta).setMeta('addToHistory', false));
  return true;
};

/** Marks one quote as the one being reviewed (null: none). */
export function setCurrentQuote(quoteId: string | null): Command {
  return (state, dispatch) => {
    const s = quoteAttributionKey.getState(state);
    if (!s) return false;
    if (s.current === quoteId) return true;
    dispatch?.(state.tr.setMeta(quoteAttributionKey, { type: 'current', quoteId } satisfies Meta).setMeta('addToHistory', false));
    return true;
  };
}
