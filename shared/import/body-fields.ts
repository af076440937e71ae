import type { Article, Byline, Dateline } from '../article/model';
import { parseBylineLine } from './byline-text';
import { parseDateline } from './wire-text';

/**
 * Story fields found inside an imported body (ProseMirror JSON): a byline paragraph at the top
 * or the foot, and a dateline opening the first paragraph. Used by the Markdown, HTML and Word
 * importers alike, so all of them read "By …" and "KYIV, Nov. 26 —" the same way.
 */

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  marks?: unknown[];
  content?: JsonNode[];
}

function plainText(node: JsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hard_break') return ' ';
  return (node.content ?? []).map(plainText).join('');
}

function topParagraphIndexes(body: JsonNode): number[] {
  return (body.content ?? []).flatMap((n, i) => (n.type === 'paragraph' ? [i] : []));
}

/** Takes a byline paragraph off the top or foot of the body. */
export function takeBylineParagraph(body: Article['body']): Byline | null {
  const doc = body as JsonNode;
  const content = doc.content ?? [];
  const paragraphs = topParagraphIndexes(doc);
  if (!paragraphs.length) return null;
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  // The top one counts only when it really is first (a photo may come before it).
  if (content.slice(0, first).every((n) => n.type === 'photo')) {
    const top = parseBylineLine(plainText(content[first]));
    if (top) {
      content.splice(first, 1);
      return { position: 'top', contributors: top };
    }
  }
  if (last === content.length - 1 && paragraphs.length > 1) {
    const foot = parseBylineLine(plainText(content[last]));
    if (foot) {
      content.splice(last, 1);
      return { position: 'foot', contributors: foot };
    }
  }
  return null;
}

/** Removes `prefix` from the start of the first paragraph's first text node; true when it was there. */
export function stripFirstParagraphPrefix(body: Article['body'], prefix: string): boolean {
  const doc = body as JsonNode;
  const index = topParagraphIndexes(doc)[0];
  if (index === undefined || !prefix) return false;
  const para = (doc.content ?? [])[index];
  const first = para.content?.[0];
  if (first?.type !== 'text' || !first.text?.startsWith(prefix)) return false;
  const rest = first.text.slice(prefix.length);
  if (rest) first.text = rest;
  else para.content?.shift();
  return true;
}

/** Reads a wire dateline ("KYIV, Nov. 26 (Kyodo) —") off the first paragraph. */
export function takeDateline(body: Article['body']): { dateline: Dateline; agency: string | null } | null {
  const doc = body as JsonNode;
  const index = topParagraphIndexes(doc)[0];
  if (index === undefined) return null;
  const first = (doc.content ?? [])[index].content?.[0];
  if (first?.type !== 'text' || first.marks?.length) return null;
  const found = parseDateline(first.text ?? '');
  if (!found?.rest.trim()) return null;
  stripFirstParagraphPrefix(body, (first.text ?? '').slice(0, (first.text ?? '').length - found.rest.length));
  return { dateline: found.dateline, agency: found.agency };
}

/** Byline and dateline from the body, the way a wire story carries them. */
export function storyFieldsFromBody(body: Article['body']): { byline: Byline; dateline: Dateline | null } {
  const byline = takeBylineParagraph(body) ?? { position: 'top', contributors: [] };
  const found = takeDateline(body);
  if (found?.agency) for (const c of byline.contributors) if (c.role === 'writer') c.affiliation ??= found.agency;
  return { byline, dateline: found?.dateline ?? null };
}
