import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { WORD_LINE_BREAK, type WordChanges, type WordComment, type WordParagraph, type WordRevision, type WordRun } from '../../../shared/import';

/**
 * What mammoth leaves out of a .docx, read from its XML: the tracked insertions and deletions
 * (`w:ins`, `w:del`, with `w:author` and `w:date`; deleted words are `w:delText`), inserted or
 * deleted paragraph breaks, and the comments (`w:commentRangeStart/End` in the text,
 * `word/comments.xml` for who said what, `word/commentsExtended.xml` for replies and done).
 * Throws when a part cannot be read; the importer then keeps mammoth's final text and says so.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** Containers whose content is read as if it were the paragraph's own (links, fields, content controls). */
const INLINE_CONTAINERS = new Set(['hyperlink', 'smartTag', 'sdt', 'sdtContent', 'customXml', 'fldSimple', 'bdo', 'dir']);
/** Containers of paragraphs in the body (tables, content controls). */
const BLOCK_CONTAINERS = new Set(['tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml']);

function parseXml(xml: string, part: string): Document {
  try {
    // jsdom parses XML strictly: a truncated or malformed part throws instead of reading half of it.
    return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  } catch (e) {
    throw new Error(`${part} is not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
}

const wChildren = (el: Element) => Array.from(el.children).filter((c) => c.namespaceURI === W);
const wAttr = (el: Element, name: string) => el.getAttributeNS(W, name) ?? '';

function revisionOf(el: Element, kind: WordRevision['kind']): WordRevision {
  return { kind, author: wAttr(el, 'author'), date: wAttr(el, 'date') };
}

/** A toggle property (w:b, w:i) is on unless its value says off. */
function isOn(props: Element | undefined, name: string): boolean {
  const el = props && wChildren(props).find((c) => c.localName === name);
  if (!el) return false;
  return !['0', 'false', 'off'].includes(wAttr(el, 'val'));
}

/** The text of a run as mammoth reads it (tabs and line breaks included), or as it was before deletion. */
function runText(run: Element): string {
  let text = '';
  for (const el of wChildren(run)) {
    const name = el.localName;
    if (name === 't' || name === 'delText') text += el.textContent ?? '';
    else if (name === 'tab') text += '\t';
    else if (name === 'cr' || (name === 'br' && !['page', 'column'].includes(wAttr(el, 'type')))) text += WORD_LINE_BREAK;
    else if (name === 'noBreakHyphen') text += '\u2011';
  }
  return text;
}

function readParagraph(p: Element, openComments: Set<string>): WordParagraph {
  const runs: WordRun[] = [];
  const visit = (el: Element, revision: WordRevision | null) => {
    for (const child of wChildren(el)) {
      const name = child.localName;
      if (name === 'r') {
        const props = wChildren(child).find((c) => c.localName === 'rPr');
        runs.push({ text: runText(child), revision, comments: [...openComments], bold: isOn(props, 'b'), italic: isOn(props, 'i') });
      } else if (name === 'ins' || name === 'moveTo') visit(child, revisionOf(child, 'inserted'));
      else if (name === 'del' || name === 'moveFrom') visit(child, revisionOf(child, 'deleted'));
      else if (name === 'commentRangeStart') openComments.add(wAttr(child, 'id'));
      else if (name === 'commentRangeEnd') openComments.delete(wAttr(child, 'id'));
      else if (INLINE_CONTAINERS.has(name)) visit(child, revision);
    }
  };
  visit(p, null);
  // The paragraph mark's own revision: the break after this paragraph was inserted or deleted.
  const paragraphProps = wChildren(p).find((c) => c.localName === 'pPr');
  const markProps = paragraphProps && wChildren(paragraphProps).find((c) => c.localName === 'rPr');
  const markRevision = markProps ? wChildren(markProps).find((c) => c.localName === 'ins' || c.localName === 'del') : undefined;
  return { runs, mark: markRevision ? revisionOf(markRevision, markRevision.localName === 'ins' ? 'inserted' : 'deleted') : null };
}

function readBody(document: Document): WordParagraph[] {
  const body = Array.from(document.getElementsByTagNameNS(W, 'body'))[0];
  if (!body) throw new Error('word/document.xml has no body');
  const paragraphs: WordParagraph[] = [];
  const openComments = new Set<string>();
  const visit = (el: Element) => {
    for (const child of wChildren(el)) {
      if (child.localName === 'p') paragraphs.push(readParagraph(child, openComments));
      else if (BLOCK_CONTAINERS.has(child.localName)) visit(child);
    }
  };
  visit(body);
  return paragraphs;
}

function readComments(comments: Document | null, extended: Document | null): WordComment[] {
  if (!comments) return [];
  const thread = new Map<string, { parent: string | null; done: boolean }>();
  if (extended) {
    for (const ex of Array.from(extended.getElementsByTagNameNS(W15, 'commentEx'))) {
      thread.set(ex.getAttributeNS(W15, 'paraId') ?? '', {
        parent: ex.getAttributeNS(W15, 'paraIdParent') || null,
        done: ex.getAttributeNS(W15, 'done') === '1',
      });
    }
  }
  return Array.from(comments.getElementsByTagNameNS(W, 'comment')).map((c) => {
    const paragraphs = Array.from(c.getElementsByTagNameNS(W, 'p'));
    const text = paragraphs
      .map((p) => Array.from(p.getElementsByTagNameNS(W, 'r')).map(runText).join('').replaceAll(WORD_LINE_BREAK, '\n'))
      .join('\n')
      .trim();
    const paraId = paragraphs.length ? paragraphs[paragraphs.length - 1].getAttributeNS(W14, 'paraId') || null : null;
    const ex = paraId ? thread.get(paraId) : undefined;
    return { id: wAttr(c, 'id'), author: wAttr(c, 'author'), date: wAttr(c, 'date'), text, paraId, parentParaId: ex?.parent ?? null, done: ex?.done ?? false };
  });
}

/** Word's tracked changes and comments of a .docx (its bytes). Throws when they cannot be read. */
export async function readWordChanges(bytes: Uint8Array): Promise<WordChanges> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string'), name) : null;
  };
  const document = await part('word/document.xml');
  if (!document) throw new Error('word/document.xml is missing');
  return { paragraphs: readBody(document), comments: readComments(await part('word/comments.xml'), await part('word/commentsExtended.xml')) };
}
