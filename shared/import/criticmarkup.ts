import type { Token } from 'markdown-it';

/**
 * CriticMarkup in a Markdown file ({++ ++} {-- --} {~~ ~> ~~} {== ==} {>> <<}), read before
 * markdown-it sees the text: each delimiter of well-formed markup becomes one private sentinel
 * character (a Unicode noncharacter, which no story holds), so emphasis and links inside it are
 * parsed as usual, and the sentinels in the parsed inline tokens become suggestion and note marks.
 * Markup that is not closed before the paragraph ends, that closes something never opened, or
 * that sits inside other markup stays in the text as it was written, and a message says where.
 * The mapping back to authors and times is the front matter's (see shared/export/criticmarkup.ts).
 */

export type MarkupEntry = { suggestion: string; notes?: string[] } | { notes: string[] } | { note: string };

type Kind = 'insertion' | 'deletion' | 'substitution' | 'highlight' | 'comment';

const OPENERS: Record<string, Kind> = { '{++': 'insertion', '{--': 'deletion', '{~~': 'substitution', '{==': 'highlight', '{>>': 'comment' };
const CLOSERS: Record<Kind, string> = { insertion: '++}', deletion: '--}', substitution: '~~}', highlight: '==}', comment: '<<}' };
const ANY_CLOSER = new Set(Object.values(CLOSERS));

/** Sentinels: one to open and one to close each kind, and the substitution's ~>. */
const OPEN_SENTINEL: Record<Kind, string> = { insertion: '\uFDD0', deletion: '\uFDD2', substitution: '\uFDD4', highlight: '\uFDD7', comment: '\uFDD9' };
const CLOSE_SENTINEL: Record<Kind, string> = { insertion: '\uFDD1', deletion: '\uFDD3', substitution: '\uFDD6', highlight: '\uFDD8', comment: '\uFDDA' };
const SUBSTITUTE_SENTINEL = '\uFDD5';
const SENTINELS = /[\uFDD0-\uFDDA]/g;
const SENTINEL_TEXT: Record<string, string> = { [SUBSTITUTE_SENTINEL]: '~>' };
for (const [open, kind] of Object.entries(OPENERS)) {
  SENTINEL_TEXT[OPEN_SENTINEL[kind]] = open;
  SENTINEL_TEXT[CLOSE_SENTINEL[kind]] = CLOSERS[kind];
}
const KIND_OF_SENTINEL = new Map<string, { kind: Kind; open: boolean }>();
for (const kind of Object.keys(CLOSERS) as Kind[]) {
  KIND_OF_SENTINEL.set(OPEN_SENTINEL[kind], { kind, open: true });
  KIND_OF_SENTINEL.set(CLOSE_SENTINEL[kind], { kind, open: false });
}

/**
 * A sentinel sits between two braces ("{S{" opens, "}S}" closes, "}S{" is ~>): to markdown-it the
 * words inside and outside the markup then touch punctuation, as they do in the file, so
 * emphasis next to markup flanks the same way.
 */
const SENTINEL_WITH_BRACES = /[{}][\uFDD0-\uFDDA][{}]/g;

/** Sentinels back to the markup they stand for (for text read outside the inline walk: headlines, captions, code). */
export function restoreCriticMarkup(text: string): string {
  return text.replace(SENTINEL_WITH_BRACES, (c) => SENTINEL_TEXT[c[1]] ?? '').replace(SENTINELS, '');
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export interface ScannedMarkup {
  /** The Markdown with well-formed markup turned into sentinels. */
  text: string;
  /** What each piece of markup is, in reading order, with ids made up for a file without front matter. */
  fallback: MarkupEntry[];
  /** Suggestion and note ids the fallback made up. */
  madeUp: { suggestions: string[]; notes: string[] };
  messages: string[];
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}

/**
 * Finds the CriticMarkup in `source` (the Markdown after its front matter; `firstLine` is the
 * file's line number of its first line, for messages).
 */
export function scanCriticMarkup(source: string, firstLine = 1): ScannedMarkup {
  const src = source.replace(SENTINELS, '');
  const n = src.length;
  const messages: string[] = [];
  const lineAt = (pos: number) => {
    let line = firstLine;
    for (let i = src.indexOf('\n'); i !== -1 && i < pos; i = src.indexOf('\n', i + 1)) line++;
    return line;
  };
  const openerAt = (i: number): Kind | null => (src[i] === '{' ? (OPENERS[src.slice(i, i + 3)] ?? null) : null);
  const closerAt = (i: number): string | null => {
    const s = src.slice(i, i + 3);
    return ANY_CLOSER.has(s) ? s : null;
  };
  /** A blank line starts at the line break at `i`: the paragraph ends there. */
  const paragraphEnds = (i: number) => src[i] === '\n' && /^[ \t]*(\r?\n|$)/.test(src.slice(i + 1, i + 200));

  type Found = { ok: true; end: number; separator: number } | { ok: false; plainEnd: number; message: string };
  const findClose = (start: number, kind: Kind): Found => {
    const closer = CLOSERS[kind];
    const open = src.slice(start, start + 3);
    let depth = 0;
    let nested = false;
    const separators: number[] = [];
    let j = start + 3;
    for (; j < n; ) {
      if (src[j] === '\\' && ASCII_PUNCTUATION.test(src[j + 1] ?? '')) {
        j += 2;
        continue;
      }
      if (paragraphEnds(j)) break;
      if (openerAt(j)) {
        nested = true;
        depth++;
        j += 3;
        continue;
      }
      const close = closerAt(j);
      if (close) {
        if (depth > 0) {
          depth--;
          j += 3;
          continue;
        }
        const words = snippet(src.slice(start, j + 3));
        if (nested)
          return {
            ok: false,
            plainEnd: j + 3,
            message: `Line ${lineAt(start)}: markup inside other markup (“${words}”) cannot be read as a suggestion or note; it was kept as plain text.`,
          };
        if (close !== closer) {
          return {
            ok: false,
            plainEnd: j + 3,
            message: `Line ${lineAt(start)}: “${open}” is closed by “${close}” instead of “${closer}” (“${words}”); it was kept as plain text.`,
          };
        }
        if (kind === 'substitution' && separators.length !== 1) {
          return {
            ok: false,
            plainEnd: j + 3,
            message: `Line ${lineAt(start)}: a replacement needs one “~>” between the old and the new words (“${words}”); it was kept as plain text.`,
          };
        }
        return { ok: true, end: j + 3, separator: separators[0] ?? -1 };
      }
      if (kind === 'substitution' && depth === 0 && src.startsWith('~>', j)) {
        separators.push(j);
        j += 2;
        continue;
      }
      j++;
    }
    return {
      ok: false,
      plainEnd: start + 3,
      message: `Line ${lineAt(start)}: “${open}” is never closed before the paragraph ends (“${snippet(src.slice(start, Math.min(j, start + 40)))}”); it was kept as plain text.`,
    };
  };

  const out: string[] = [];
  const spans: { kind: Kind; start: number; end: number }[] = [];
  for (let i = 0; i < n; ) {
    if (src[i] === '\\' && ASCII_PUNCTUATION.test(src[i + 1] ?? '')) {
      out.push(src.slice(i, i + 2));
      i += 2;
      continue;
    }
    const kind = openerAt(i);
    if (kind) {
      const found = findClose(i, kind);
      if (found.ok) {
        const inner =
          kind === 'substitution'
            ? `${src.slice(i + 3, found.separator)}}${SUBSTITUTE_SENTINEL}{${src.slice(found.separator + 2, found.end - 3)}`
            : src.slice(i + 3, found.end - 3);
        out.push(`{${OPEN_SENTINEL[kind]}{`, inner, `}${CLOSE_SENTINEL[kind]}}`);
        spans.push({ kind, start: i, end: found.end });
        i = found.end;
      } else {
        messages.push(found.message);
        out.push(src.slice(i, found.plainEnd));
        i = found.plainEnd;
      }
      continue;
    }
    const stray = closerAt(i);
    if (stray) {
      messages.push(
        `Line ${lineAt(i)}: “${stray}” closes markup that was never opened (“${snippet(src.slice(Math.max(0, i - 30), i + 3))}”); it was kept as plain text.`,
      );
      out.push(stray);
      i += 3;
      continue;
    }
    out.push(src[i]);
    i++;
  }
  return { text: out.join(''), ...fallbackMarkup(spans), messages };
}

/**
 * Ids for markup in a file that does not say whose it is: one suggestion per {++ {-- {~~, and one
 * note per comment, on the words of the markup right before it (or on none), or per highlight alone.
 */
function fallbackMarkup(spans: { kind: Kind; start: number; end: number }[]): Pick<ScannedMarkup, 'fallback' | 'madeUp'> {
  const fallback: MarkupEntry[] = [];
  const suggestions: string[] = [];
  const notes: string[] = [];
  let s = 0;
  let k = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const next = spans[i + 1];
    const commented = span.kind !== 'comment' && next?.kind === 'comment' && next.start === span.end;
    const noteId = commented || span.kind === 'highlight' || span.kind === 'comment' ? `cm-n${++k}` : null;
    if (noteId) notes.push(noteId);
    if (span.kind === 'comment') {
      fallback.push({ note: noteId! });
      continue;
    }
    if (span.kind === 'highlight') fallback.push({ notes: [noteId!] });
    else {
      const id = `cm-s${++s}`;
      suggestions.push(id);
      fallback.push(noteId ? { suggestion: id, notes: [noteId] } : { suggestion: id });
    }
    if (commented) {
      fallback.push({ note: noteId! });
      i++;
    }
  }
  return { fallback, madeUp: { suggestions, notes } };
}

/** The words of each comment ({>> <<}) as read, by the markup entry that owns them. */
export interface CommentText {
  note: string;
  text: string;
}

/** Walks inline tokens turning sentinels into mark tokens; state carries over between paragraphs. */
export class CriticTokens {
  private span = 0;
  private open: { kind: Kind; entry: MarkupEntry; phase: 'old' | 'new' } | null = null;
  private comment: string[] | null = null;
  readonly comments: CommentText[] = [];

  constructor(
    private readonly markup: readonly MarkupEntry[],
    private readonly TokenCtor: typeof Token,
  ) {}

  private token(type: string, meta?: { id: string }): Token {
    const t = new this.TokenCtor(type, '', type.endsWith('_close') ? -1 : 1);
    t.meta = meta ?? null;
    return t;
  }

  private opening(kind: Kind, entry: MarkupEntry, phase: 'old' | 'new'): Token[] {
    const out: Token[] = [];
    if ('suggestion' in entry && kind !== 'highlight') {
      const type = kind === 'insertion' || (kind === 'substitution' && phase === 'new') ? 'insertion' : 'deletion';
      out.push(this.token(`${type}_open`, { id: entry.suggestion }));
    }
    for (const id of 'notes' in entry ? (entry.notes ?? []) : []) out.push(this.token('note_open', { id }));
    return out;
  }

  private closing(kind: Kind, entry: MarkupEntry, phase: 'old' | 'new'): Token[] {
    return this.opening(kind, entry, phase).map((t) => this.token(t.type.replace(/_open$/, '_close'), t.meta as { id: string }));
  }

  /** Markup read as plain text elsewhere (a headline, a caption, code): its pieces are passed over. */
  skip(text: string): string {
    for (const c of text) if (KIND_OF_SENTINEL.get(c)?.open) this.span++;
    return restoreCriticMarkup(text);
  }

  /** An inline token's children with the sentinels turned into mark tokens (comments taken out). */
  children(children: Token[]): Token[] {
    const out: Token[] = [];
    if (this.open) out.push(...this.opening(this.open.kind, this.open.entry, this.open.phase));
    for (const tok of children) {
      if (tok.type !== 'text' || !/[\uFDD0-\uFDDA]/.test(tok.content)) {
        if (tok.type === 'text' && this.comment) this.comment.push(tok.content);
        else if (!this.comment) out.push(tok);
        else if (tok.type === 'softbreak' || tok.type === 'hardbreak') this.comment.push(' ');
        continue;
      }
      for (const piece of tok.content.split(/([{}][\uFDD0-\uFDDA][{}])/)) {
        if (!piece) continue;
        const part = /^[{}][\uFDD0-\uFDDA][{}]$/.test(piece) ? piece[1] : piece.replace(SENTINELS, '');
        if (!part) continue;
        const sentinel = KIND_OF_SENTINEL.get(part);
        if (part === SUBSTITUTE_SENTINEL) {
          if (this.open?.kind === 'substitution') {
            out.push(...this.closing('substitution', this.open.entry, 'old'));
            this.open.phase = 'new';
            out.push(...this.opening('substitution', this.open.entry, 'new'));
          }
          continue;
        }
        if (!sentinel) {
          if (this.comment) this.comment.push(part);
          else {
            const text = new this.TokenCtor('text', '', 0);
            text.content = part;
            out.push(text);
          }
          continue;
        }
        const entry = this.markup[this.span];
        if (sentinel.open) {
          this.span++;
          if (sentinel.kind === 'comment') {
            this.comment = [];
            this.commentEntry = entry;
          } else if (entry) {
            this.open = { kind: sentinel.kind, entry, phase: 'old' };
            out.push(...this.opening(sentinel.kind, entry, 'old'));
          }
        } else if (sentinel.kind === 'comment') {
          if (this.commentEntry && 'note' in this.commentEntry) this.comments.push({ note: this.commentEntry.note, text: (this.comment ?? []).join('') });
          this.comment = null;
          this.commentEntry = undefined;
        } else if (this.open) {
          out.push(...this.closing(this.open.kind, this.open.entry, this.open.phase));
          this.open = null;
        }
      }
    }
    if (this.open) out.push(...this.closing(this.open.kind, this.open.entry, this.open.phase));
    return out;
  }

  private commentEntry: MarkupEntry | undefined;
}
