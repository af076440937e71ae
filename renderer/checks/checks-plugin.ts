import type { Node } from 'prosemirror-model';
import { type Command, type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { CheckIgnore } from '../../shared/article';
import type { AttributionResult } from '../../shared/attribution/index';
import {
  bodyPositions,
  type CheckMatch,
  type CheckStoryFields,
  checkStory,
  type HouseStyle,
  ignoreSet,
  isIgnored,
  matchSources,
  recheckStory,
  type StoryChecks,
} from '../../shared/checks';
import { changedRanges, withDecorations } from '../editor/plugins';
import { type QuoteAnalysis, quoteAttributionKey } from '../editor/quote-plugin';

/**
 * The copy desk's checks in the editor: matches underlined by severity (decorations, never saved
 * or exported), and the list the Checks panel shows.
 *
 * The engine runs with the quote engine's cadence, not per keystroke: when a fresh quote analysis
 * lands (the quote plugin waits for a pause in typing), the checks re-read the changed blocks only
 * (recheckStory reuses every unchanged node) with that analysis, and the underlines are rebuilt from
 * the result. Between passes the underlines are mapped through each edit, so they stay on their words.
 *
 * A match whose words are being edited loses its underline until the next pass, as a word
 * processor's spelling underline does: those words are no longer what the checks read, and an
 * underline is a span around the text being typed, which ProseMirror would redraw (and write the
 * selection back into) on every keystroke. The match stays in the index (`decorations`), so the
 * panel and the card still find it.
 */

/** What the checks read beside the body: the story's fields and the desk's decisions. */
export interface ChecksStory extends CheckStoryFields {
  checks?: { ignored: readonly CheckIgnore[] };
}

export interface ChecksOptions {
  story(): ChecksStory | null;
  style(): HouseStyle;
  /** quiet time before a pass when no quote engine runs beside the checks (tests, other editors) */
  delay?: number;
}

/** One open match with where it is in the current document (null for a field). */
export interface OpenCheck {
  /** stable while the match stays where it is: rule, place and words */
  key: string;
  match: CheckMatch;
  /** the text its range is in (its textblock's or field's), for Ignore here */
  source: string;
}

export interface ChecksState {
  result: StoryChecks | null;
  /** the matches the desk has not ignored, in story order */
  open: readonly OpenCheck[];
  /** every open match in the body, mapped through each edit: the index the card and panel use */
  decorations: DecorationSet;
  /** what the editor draws: the same less the matches edited since the last pass */
  drawn: DecorationSet;
  /** bumped by each pass, so panels can tell a new list from the same one */
  pass: number;
}

export const checksKey = new PluginKey<ChecksState>('copydeskChecks');

const EMPTY: ChecksState = { result: null, open: [], decorations: DecorationSet.empty, drawn: DecorationSet.empty, pass: 0 };

type Meta = { type: 'pass'; result: StoryChecks; open: OpenCheck[]; underlines: Decoration[] } | { type: 'recheck' };

export const CHECKS_DELAY_MS = 250;

export function matchKey(m: CheckMatch): string {
  const r = m.range;
  const where = r.kind === 'photo' ? `p${r.photo}` : r.kind === 'block' ? `b${r.block}:${r.from}` : `${r.field}:${r.from}`;
  return `${m.ruleId}|${where}|${m.text}`;
}

/** What an underline's spec carries: its match, its class, and whether it is inline (not a photo's frame). */
interface UnderlineSpec {
  key: string;
  look: string;
  inline: boolean;
}

/** Builds the underlines for the open matches in the body. */
function underline(doc: Node, open: readonly OpenCheck[], starts: readonly number[] | null): Decoration[] {
  const decorations: Decoration[] = [];
  let positions: ReturnType<typeof bodyPositions> | null = null;
  for (const { key, match } of open) {
    const r = match.range;
    if (r.kind === 'field') continue;
    const look = `check-mark check-${match.severity}`;
    const attrs = { class: look, 'data-check': key };
    if (r.kind === 'photo') {
      positions ??= bodyPositions(doc);
      const at = positions.photos[r.photo];
      const node = at === undefined ? null : doc.nodeAt(at);
      const photoLook = `check-photo check-${match.severity}`;
      if (node) decorations.push(Decoration.node(at!, at! + node.nodeSize, { class: photoLook }, { key, look: photoLook, inline: false }));
      continue;
    }
    let start = starts?.[r.block];
    if (start === undefined) {
      positions ??= bodyPositions(doc);
      start = positions.textblocks[r.block];
    }
    if (start === undefined) continue;
    // A match with no width (a missing space, a mark left open at the end) underlines the character before it.
    const from = r.from === r.to ? Math.max(start, start + r.from - 1) : start + r.from;
    const to = r.from === r.to ? Math.max(from + 1, start + r.to) : start + r.to;
    if (to > doc.content.size) continue;
    decorations.push(Decoration.inline(from, to, attrs, { key, look, inline: true }));
  }
  return decorations;
}

const underlineId = (d: Decoration) => `${d.from}:${d.to}:${(d.spec as UnderlineSpec).key}:${(d.spec as UnderlineSpec).look}`;

/** The underlines less those of matches the transaction's changes touch (in or at the edge of their words). */
function withoutEdited(drawn: DecorationSet, tr: Transaction): DecorationSet {
  if (drawn === DecorationSet.empty) return drawn;
  const edited = changedRanges(tr).flatMap(({ from, to }) => drawn.find(from, to, (spec) => spec.inline === true));
  return edited.length ? drawn.remove(edited) : drawn;
}

/** Runs the engine over the current state and returns the pass to dispatch. */
export function checkPass(state: EditorState, options: ChecksOptions, attribution?: QuoteAnalysis | null): Meta | null {
  const story = options.story();
  if (!story) return null;
  const prev = checksKey.getState(state)?.result ?? null;
  const style = options.style();
  const engineOptions = { style, attribution: attribution?.result as AttributionResult | undefined };
  const result = prev ? recheckStory(prev, story, state.doc, engineOptions) : checkStory(story, state.doc, engineOptions);
  return { type: 'pass', result, ...openChecks(state.doc, story, result, attribution?.paragraphs.texts ?? null, attribution?.paragraphs.starts ?? null) };
}

function openChecks(doc: Node, story: ChecksStory, result: StoryChecks, texts: readonly string[] | null, starts: readonly number[] | null) {
  const ignored = ignoreSet(story.checks?.ignored);
  const fallback = matchSources(story, doc);
  const sourceOf = (m: CheckMatch) => (m.range.kind === 'block' && texts ? (texts[m.range.block] ?? '') : fallback(m));
  const open: OpenCheck[] = [];
  for (const match of result.matches) {
    const source = sourceOf(match);
    if (!isIgnored(match, source, ignored)) open.push({ key: matchKey(match), match, source });
  }
  return { open, underlines: underline(doc, open, starts) };
}

export function checksPlugin(options: ChecksOptions): Plugin<ChecksState> {
  const delay = options.delay ?? CHECKS_DELAY_MS;
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: () => EMPTY,
      apply(tr, value) {
        const meta = tr.getMeta(checksKey) as Meta | undefined;
        if (meta?.type === 'pass') {
          // A pass's underlines as changes to the ones drawn: a paragraph whose underlines are as they
          // were keeps the very same decorations. ProseMirror compares each block's decorations with
          // the ones it was drawn with on every update; a set built anew made every underlined block
          // compare equal by content, attribute by attribute, on every keystroke after (0.3 ms a key
          // at 60k words), and building one walks the whole story.
          const decorations = withDecorations(value.decorations, tr.doc, meta.underlines, underlineId);
          return { result: meta.result, open: meta.open, decorations, drawn: decorations, pass: value.pass + 1 };
        }
        if (!tr.docChanged) return value;
        const decorations = value.decorations.map(tr.mapping, tr.doc);
        const drawn = value.drawn === value.decorations ? decorations : value.drawn.map(tr.mapping, tr.doc);
        return { ...value, decorations, drawn: withoutEdited(drawn, tr) };
      },
    },
    props: {
      decorations: (state) => checksKey.getState(state)?.drawn,
    },
    view(view: EditorView) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let seenAnalysis: QuoteAnalysis | null = null;
      const quotes = () => quoteAttributionKey.getState(view.state);
      const run = () => {
        timer = undefined;
        const q = quotes();
        // With a quote engine beside it, its analysis must be of this very text.
        const analysis = q ? (q.changed.length === 0 ? q.analysis : null) : null;
        if (q && !analysis) return;
        const pass = checkPass(view.state, options, analysis);
        if (pass) view.dispatch(view.state.tr.setMeta(checksKey, pass).setMeta('addToHistory', false));
      };
      const later = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(run, ms);
      };
      // A pass once the editor is up (after the quote engine's first analysis when there is one).
      if (!quotes()) later(0);
      return {
        update(v, prev) {
          const q = quotes();
          if (q) {
            if (q.analysis !== seenAnalysis && q.changed.length === 0 && q.analysis) {
              seenAnalysis = q.analysis;
              later(0);
            }
          } else if (v.state.doc !== prev.doc) later(delay);
        },
        destroy() {
          clearTimeout(timer);
        },
      };
    },
  });
}

/**
 * Checks again now, with the story's fields as they are: after a field changed, a match was
 * ignored, or the house style changed. Does nothing without the plugin.
 */
export function recheck(view: EditorView, options: ChecksOptions): void {
  if (!checksKey.getState(view.state)) return;
  const q = quoteAttributionKey.getState(view.state);
  // The text changed since the quote engine's last analysis: its next one (due after the pause)
  // brings a pass with everything as it is then, so nothing here analyses the story a second time.
  if (q && (q.changed.length > 0 || !q.analysis)) return;
  const pass = checkPass(view.state, options, q?.analysis ?? null);
  if (pass) view.dispatch(view.state.tr.setMeta(checksKey, pass).setMeta('addToHistory', false));
}

export function openChecksOf(state: EditorState | null): readonly OpenCheck[] {
  return (state && checksKey.getState(state)?.open) || EMPTY.open;
}

/** Where an open match is now in the document (its underline, mapped through any edit since). */
export function checkRange(state: EditorState, key: string): { from: number; to: number } | null {
  const set = checksKey.getState(state)?.decorations;
  const found = set?.find(undefined, undefined, (spec) => spec.key === key)[0];
  return found ? { from: found.from, to: found.to } : null;
}

/**
 * Where a body match's replacement goes now: its underline, mapped through any edit since; for a
 * zero-width match (whose underline covers the character before it), only the match itself.
 */
function replaceRange(check: OpenCheck, underline: { from: number; to: number }): { from: number; to: number } {
  const r = check.match.range;
  return { from: r.kind === 'block' && r.from === r.to ? underline.to : underline.from, to: underline.to };
}

/** Replaces a match's words with a replacement, as one undoable step. */
export function applyReplacement(key: string, replacement: string): Command {
  return (state, dispatch) => {
    const range = checkRange(state, key);
    const open = openChecksOf(state).find((c) => c.key === key);
    if (!range || !open || open.match.range.kind !== 'block') return false;
    const { from, to } = replaceRange(open, range);
    if (dispatch) {
      const tr = replacement ? state.tr.insertText(replacement, from, to) : state.tr.delete(from, to);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, from + replacement.length)).scrollIntoView());
    }
    return true;
  };
}

/**
 * Replaces the words of each of these matches in the body with its first replacement (what its
 * card offers first), all as one undoable step: "Fix all" for a rule's many small matches, such
 * as straight quotes in wire copy. Matches without a replacement, in a field or on a photo, or
 * overlapping one already replaced, are left as they are.
 */
export function applyFirstReplacements(keys: readonly string[]): Command {
  return (state, dispatch) => {
    const wanted = new Set(keys);
    // Every underline once, by key (not a search of the whole set per match).
    const underlines = new Map<string, { from: number; to: number }>();
    for (const d of checksKey.getState(state)?.decorations.find() ?? []) if (wanted.has(d.spec.key)) underlines.set(d.spec.key, { from: d.from, to: d.to });
    const edits: { from: number; to: number; text: string }[] = [];
    for (const check of openChecksOf(state)) {
      const text = check.match.replacements[0];
      const underline = underlines.get(check.key);
      if (check.match.range.kind !== 'block' || text === undefined || !underline) continue;
      edits.push({ ...replaceRange(check, underline), text });
    }
    // From the end back, so each edit leaves the positions before it as they were.
    edits.sort((a, b) => b.from - a.from);
    const tr = state.tr;
    let floor = Number.POSITIVE_INFINITY;
    for (const e of edits) {
      if (e.to > floor) continue;
      if (e.text) tr.insertText(e.text, e.from, e.to);
      else tr.delete(e.from, e.to);
      floor = e.from;
    }
    if (!tr.docChanged) return false;
    if (dispatch) dispatch(tr);
    return true;
  };
}

/** Selects a match's words and scrolls to them. */
export function selectCheck(key: string): Command {
  return (state, dispatch) => {
    const range = checkRange(state, key);
    if (!range) return false;
    if (dispatch) {
      const node = state.doc.nodeAt(range.from);
      const sel =
        node && !node.isText && !node.isInline ? TextSelection.near(state.doc.resolve(range.from)) : TextSelection.create(state.doc, range.from, range.to);
      dispatch(state.tr.setSelection(sel).scrollIntoView());
    }
    return true;
  };
}
