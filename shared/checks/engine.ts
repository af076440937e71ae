import type { Node } from 'prosemirror-model';
import { bylineText, type Contributor, type Dateline, datelineText, type Person, type QuoteRecord } from '../article/index';
import { type AttributionResult, type AttributionSession, createAttributionSession } from '../attribution/index';
import { type BlockPhoto, blockPhotos, type PhotoCheckKind, photoCheckMessage, photoProblems } from '../photos/index';
import { textblockText } from './body';
import { type NameContext, nameContext, onNameOrDictionaryWord, quoteMatches, variantHits } from './cast';
import { bylineProblems, datelineProblems, type FieldProblem, headlineProblems, standfirstProblems } from './fields';
import { DEFAULT_HOUSE_STYLE, type HouseRule, type HouseStyle } from './house-style';
import { linkProblems } from './links';
import type { TextScope } from './rules';
import { opensWithQuote, type TextHit } from './text-checks';
import type { CheckField, CheckMatch, CheckSeverity } from './types';

/**
 * The check engine: every house rule over a story's fields and body, with the same discipline as
 * the quote engine. The body is read per top-level block; a re-check reuses every block whose
 * node is unchanged (ProseMirror shares unchanged nodes between versions) and re-reads only the
 * changed ones. The result is exactly that of a fresh check (property-tested).
 */

/** The fields of the story the checks read (an `Article` has them all). */
export interface CheckStoryFields {
  headline: string;
  standfirst: string;
  byline: { contributors: readonly Contributor[] };
  dateline: Dateline | null;
  people: readonly Person[];
  quotes: readonly QuoteRecord[];
}

export interface CheckOptions {
  /** the house style to check against; Copydesk's own when absent */
  style?: HouseStyle;
  /**
   * The quote engine's analysis of the body's textblocks (the editor has it already). When absent
   * the engine analyses the body itself (and, on a re-check, only the changed paragraphs).
   */
  attribution?: AttributionResult;
  /** this story's headline slot in characters; the house limit when absent */
  headlineLimit?: number | null;
}

/** Top-level blocks of the body (`doc.child(i)`) that changed: [from, to) in the new document. */
export interface ChangedBlocks {
  from: number;
  to: number;
}

export interface StoryChecks {
  /**
   * Every match, in story order: headline, standfirst, byline, dateline, then the body from top to
   * bottom, then the quotes (which come from the story-wide quote analysis).
   */
  readonly matches: readonly CheckMatch[];
  readonly counts: Readonly<Record<CheckSeverity, number>>;
  /** @internal what a re-check reuses */
  readonly memo: CheckMemo;
}

interface RawHit extends TextHit {
  rule: HouseRule;
}
interface LocalHit extends RawHit {
  /** textblock index inside its unit */
  block: number;
}

/** One top-level block of the body and what the checks found in it. */
interface Unit {
  readonly node: Node;
  readonly texts: readonly string[];
  readonly photos: readonly BlockPhoto[];
  /** reading order inside the block: k ≥ 0 is textblock k, -(k + 1) is photo k */
  readonly order: readonly number[];
  /** hits of the style's text rules and links, per textblock, before names are taken into account */
  readonly raw: readonly (readonly RawHit[])[];
  readonly firstOpensQuote: boolean;
  // Memos, keyed by what they depend on.
  names?: NameContext;
  fixed?: LocalHit[];
  /** hits that depend on the next block: an opening mark left open at the end of the last textblock */
  tail?: LocalHit[];
  outKey?: string;
  outNames?: NameContext;
  out?: CheckMatch[];
}

/** @internal */
export interface CheckMemo {
  readonly style: HouseStyle;
  readonly units: readonly Unit[];
  readonly names: NameContext;
  readonly attribution: AttributionResult;
  readonly people: readonly Person[];
  readonly session: AttributionSession | null;
  readonly fieldsKey: string;
  readonly fields: readonly CheckMatch[];
  readonly quotesOf: readonly [AttributionResult, readonly QuoteRecord[], readonly Person[]];
  readonly quotes: readonly CheckMatch[];
}

/** Checks a whole story. */
export function checkStory(story: CheckStoryFields, doc: Node, options: CheckOptions = {}): StoryChecks {
  return run(null, story, doc, options, undefined);
}

/**
 * Checks a story again after an edit, reusing `previous` for every top-level block that did not
 * change. `changed` (top-level block indices in the new document) saves the search for changed
 * blocks; without it they are found by comparing nodes, which is exact and cheap.
 */
export function recheckStory(
  previous: StoryChecks,
  story: CheckStoryFields,
  doc: Node,
  options: CheckOptions = {},
  changed?: ChangedBlocks | null,
): StoryChecks {
  return run(previous.memo, story, doc, options, changed ?? undefined);
}

/** The top-level blocks of `after` that differ from `before` (by node identity), or null when none do. */
export function changedBlocks(before: Node, after: Node): ChangedBlocks | null {
  const n = after.childCount;
  const m = before.childCount;
  let from = 0;
  const max = Math.min(n, m);
  while (from < max && before.child(from) === after.child(from)) from++;
  if (from === n && n === m) return null;
  let to = n;
  while (to > from && to - n + m > from && before.child(to - 1 - n + m) === after.child(to - 1)) to--;
  return { from, to };
}

function run(prev: CheckMemo | null, story: CheckStoryFields, doc: Node, options: CheckOptions, changed: ChangedBlocks | undefined): StoryChecks {
  const style = options.style ?? DEFAULT_HOUSE_STYLE;
  const reuse = prev && prev.style === style ? prev : null;
  const units = reuse ? updateUnits(reuse.units, doc, style, changed) : doc.children.map((node) => buildUnit(node, style));

  let session = reuse?.session ?? null;
  let attribution: AttributionResult;
  if (options.attribution) attribution = options.attribution;
  else {
    session ??= createAttributionSession();
    attribution = session.update(unitTexts(units));
  }

  const names =
    reuse && reuse.attribution === attribution && reuse.people === story.people
      ? reuse.names
      : nameContext(attribution.cast, story.people, style, reuse?.names);

  const limit = options.headlineLimit ?? style.limits.headline;
  const byline = bylineText(story.byline.contributors);
  const dateline = datelineText(story.dateline);
  const fieldsKey = JSON.stringify([story.headline, story.standfirst, byline, dateline, limit]);
  const fields = reuse && reuse.fieldsKey === fieldsKey && reuse.names === names ? reuse.fields : fieldMatches(story, byline, dateline, limit, style, names);

  const quotesOf = [attribution, story.quotes, story.people] as const;
  const quotes = reuse?.quotesOf.every((x, i) => x === quotesOf[i]) ? reuse.quotes : quoteMatches(attribution, story.quotes, story.people, style);

  const matches: CheckMatch[] = fields.slice();
  assembleBody(units, names, style, matches);
  for (const q of quotes) matches.push(q);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const m of matches) counts[m.severity]++;
  return {
    matches,
    counts,
    memo: { style, units, names, attribution, people: story.people, session: options.attribution ? null : session, fieldsKey, fields, quotesOf, quotes },
  };
}

// ---------------------------------------------------------------------------------------------
// Body

function unitTexts(units: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) for (const t of u.texts) out.push(t);
  return out;
}

function updateUnits(old: readonly Unit[], doc: Node, style: HouseStyle, changed: ChangedBlocks | undefined): Unit[] {
  const n = doc.childCount;
  const delta = n - old.length;
  let from: number;
  let to: number;
  if (changed && changed.from >= 0 && changed.from <= changed.to && changed.to <= n && changed.to - delta >= changed.from && changed.to - delta <= old.length) {
    from = changed.from;
    to = changed.to;
  } else {
    from = 0;
    const max = Math.min(n, old.length);
    while (from < max && old[from]!.node === doc.child(from)) from++;
    to = n;
    while (to > from && to - delta > from && old[to - 1 - delta]!.node === doc.child(to - 1)) to--;
  }
  const units = new Array<Unit>(n);
  for (let i = 0; i < from; i++) units[i] = old[i]!;
  for (let i = from; i < to; i++) {
    const node = doc.child(i);
    const same = old[i];
    units[i] = same && same.node === node ? same : buildUnit(node, style);
  }
  for (let i = to; i < n; i++) units[i] = old[i - delta]!;
  return units;
}

function buildUnit(node: Node, style: HouseStyle): Unit {
  const texts: string[] = [];
  const nodes: Node[] = [];
  const order: number[] = [];
  let photoCount = 0;
  const visit = (child: Node): boolean => {
    if (child.isTextblock) {
      order.push(texts.length);
      texts.push(textblockText(child));
      nodes.push(child);
      return false;
    }
    if (child.type.name === 'photo') {
      order.push(-++photoCount);
      return false;
    }
    return !child.isAtom;
  };
  if (visit(node)) node.descendants(visit);
  const rules = style.textRules.body;
  const links = style.enabled.get('links.malformed');
  const raw = texts.map((text, j) => {
    const hits: RawHit[] = [];
    for (const rule of rules) rule.check!(text, 'body', (h) => hits.push({ ...h, rule }));
    if (links) for (const p of linkProblems(nodes[j]!)) hits.push({ from: p.from, to: p.to, message: p.message, replacements: [], rule: links });
    return hits;
  });
  return { node, texts, photos: blockPhotos(node), order, raw, firstOpensQuote: texts.length > 0 && opensWithQuote(texts[0]!) };
}

const byPosition = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from - b.from || a.to - b.to;
const byBlockPosition = (a: LocalHit, b: LocalHit) => a.block - b.block || byPosition(a, b);

/** Hits of one unit once the story's names are known: names and dictionary words dropped, second spellings added. */
function settleUnit(u: Unit, names: NameContext, style: HouseStyle): void {
  if (u.names === names) return;
  const fixed: LocalHit[] = [];
  const tail: LocalHit[] = [];
  const variantRule = style.enabled.get('names.two-spellings');
  const last = u.texts.length - 1;
  for (let j = 0; j <= last; j++) {
    const text = u.texts[j]!;
    const list: LocalHit[] = [];
    for (const h of u.raw[j]!) if (!h.rule.skipsNames || !onNameOrDictionaryWord(text, h.from, h.to, names)) list.push({ ...h, block: j });
    if (variantRule) for (const v of variantHits(text, names)) list.push({ ...v, rule: variantRule, block: j });
    if (list.length > 1) list.sort(byPosition);
    for (const h of list) {
      if (h.continues) {
        if (j === last) {
          tail.push(h);
          continue;
        }
        if (opensWithQuote(u.texts[j + 1]!)) continue;
      }
      fixed.push(h);
    }
  }
  u.names = names;
  u.fixed = fixed;
  u.tail = tail;
  u.out = undefined;
}

const PHOTO_RULES: Record<PhotoCheckKind, string> = { placeholder: 'photos.placeholder', 'no-alt': 'photos.no-alt', 'no-credit': 'photos.no-credit' };

function unitMatches(u: Unit, names: NameContext, style: HouseStyle, block0: number, photo0: number, keepTail: boolean): CheckMatch[] {
  settleUnit(u, names, style);
  const key = `${block0}:${photo0}:${keepTail ? 1 : 0}`;
  if (u.out && u.outKey === key && u.outNames === names) return u.out;
  let hits = u.fixed!;
  if (keepTail && u.tail!.length) hits = [...hits, ...u.tail!].sort(byBlockPosition);
  const out: CheckMatch[] = [];
  let k = 0;
  for (const item of u.order) {
    if (item >= 0) {
      const text = u.texts[item]!;
      for (; k < hits.length && hits[k]!.block === item; k++) {
        const h = hits[k]!;
        out.push({
          ruleId: h.rule.id,
          category: h.rule.category,
          severity: h.rule.severity,
          range: { kind: 'block', block: block0 + item, from: h.from, to: h.to },
          text: text.slice(h.from, h.to),
          message: h.message,
          replacements: h.replacements,
        });
      }
      continue;
    }
    const p = -item - 1;
    for (const kind of photoProblems(u.photos[p]!)) {
      const rule = style.enabled.get(PHOTO_RULES[kind]);
      if (!rule) continue;
      out.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        range: { kind: 'photo', photo: photo0 + p },
        text: '',
        message: photoCheckMessage(kind, photo0 + p + 1),
        replacements: [],
      });
    }
  }
  u.outKey = key;
  u.outNames = names;
  u.out = out;
  return out;
}

function assembleBody(units: readonly Unit[], names: NameContext, style: HouseStyle, into: CheckMatch[]): void {
  // A quotation left open at the end of a block may run on into the next textblock.
  const keepTail = new Array<boolean>(units.length);
  let nextOpens = false;
  for (let i = units.length - 1; i >= 0; i--) {
    keepTail[i] = !nextOpens;
    if (units[i]!.texts.length) nextOpens = units[i]!.firstOpensQuote;
  }
  let block = 0;
  let photo = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const out = unitMatches(u, names, style, block, photo, keepTail[i]!);
    for (const m of out) into.push(m);
    block += u.texts.length;
    photo += u.photos.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Fields

function textFieldMatches(field: CheckField & TextScope, text: string, style: HouseStyle, names: NameContext, problems: FieldProblem[]): CheckMatch[] {
  const hits: RawHit[] = [];
  for (const rule of style.textRules[field]) {
    rule.check!(text, field, (h) => {
      if (!rule.skipsNames || !onNameOrDictionaryWord(text, h.from, h.to, names)) hits.push({ ...h, rule });
    });
  }
  const variantRule = style.enabled.get('names.two-spellings');
  if (variantRule) for (const v of variantHits(text, names)) hits.push({ ...v, rule: variantRule });
  for (const p of problems) {
    const rule = style.enabled.get(p.ruleId);
    if (rule) hits.push({ ...p, rule });
  }
  hits.sort(byPosition);
  return hits.map((h) => ({
    ruleId: h.rule.id,
    category: h.rule.category,
    severity: h.rule.severity,
    range: { kind: 'field', field, from: h.from, to: h.to },
    text: text.slice(h.from, h.to),
    message: h.message,
    replacements: h.replacements,
  }));
}

function fieldMatches(story: CheckStoryFields, byline: string, dateline: string, limit: number, style: HouseStyle, names: NameContext): CheckMatch[] {
  const out = [
    ...textFieldMatches('headline', story.headline, style, names, headlineProblems(story.headline, limit)),
    ...textFieldMatches('standfirst', story.standfirst, style, names, standfirstProblems(story.standfirst, style.limits.standfirst)),
  ];
  const plain = (field: CheckField, text: string, problems: FieldProblem[]) => {
    for (const p of problems) {
      const rule = style.enabled.get(p.ruleId);
      if (!rule) continue;
      out.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        range: { kind: 'field', field, from: p.from, to: p.to },
        text: text.slice(p.from, p.to),
        message: p.message,
        replacements: p.replacements,
      });
    }
  };
  plain('byline', byline, bylineProblems(story.byline.contributors));
  plain('dateline', dateline, datelineProblems(story.dateline));
  return out;
}
