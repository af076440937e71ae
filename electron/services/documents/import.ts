import { randomUUID } from 'node:crypto';
import path from 'node:path';
import mammoth from 'mammoth';
import { type Article, ArticleFileError, bodyNode, newArticle } from '../../../shared/article';
import { HostError } from '../../../shared/contract';
import { ImportError, type ImportedDocument, importMarkdown, importWireText, placeWordChanges } from '../../../shared/import';
import type { ArticleLibrary } from '../library';
import { decodeText } from './decode';
import { importHtml } from './html';
import { resolveImportedPhotos } from './photos';
import { readWordChanges } from './word-changes';

/** What each kind of file may weigh; a story is never near these, a wrong file often is. */
export const IMPORT_LIMITS = { text: 5 * 1024 * 1024, docx: 40 * 1024 * 1024 };

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

type Kind = 'txt' | 'md' | 'html' | 'docx';

function kindOf(fileName: string): Kind {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.txt' || ext === '.text') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc') throw new ImportError(`“${fileName}” is an old Word (.doc) file. Open it in Word and save it as .docx, then import that.`);
  throw new ImportError(`Copydesk cannot import “${fileName}”. It imports text (.txt), Markdown (.md), web pages (.html) and Word documents (.docx).`);
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Reads a file into a story without touching the library. Throws ImportError with a message for the desk. */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const kind = kindOf(fileName);
  const limit = kind === 'docx' ? IMPORT_LIMITS.docx : IMPORT_LIMITS.text;
  if (bytes.length === 0) throw new ImportError(`“${fileName}” is empty. Nothing was imported.`);
  if (bytes.length > limit) {
    throw new ImportError(
      `“${fileName}” is ${megabytes(bytes.length)}, more than a story file can be (${megabytes(limit)} at most for this kind of file). Check that you picked the right file; the library was not changed.`,
    );
  }
  switch (kind) {
    case 'txt':
      return importWireText(decodeText(bytes, fileName));
    case 'md':
      return importMarkdown(decodeText(bytes, fileName));
    case 'html':
      return importHtml(decodeText(bytes, fileName));
    case 'docx':
      return withWordChanges(fileName, bytes, importHtml(await docxToHtml(fileName, bytes)));
  }
}

/**
 * Word's tracked changes and comments, which mammoth leaves out, as suggestions and notes. When
 * they cannot be read, or some cannot be placed, the story keeps the final text (every change
 * accepted, as mammoth reads it) and the notice says so: words are never lost.
 */
async function withWordChanges(fileName: string, bytes: Uint8Array, doc: ImportedDocument): Promise<ImportedDocument> {
  const finalText = `“${fileName}” was imported as its final text (every tracked change accepted)`;
  let placed: ReturnType<typeof placeWordChanges>;
  try {
    placed = placeWordChanges(doc.body, await readWordChanges(bytes), randomUUID);
  } catch (e) {
    return {
      ...doc,
      notices: [`${finalText}: its tracked changes and comments could not be read (${(e as Error).message.split('\n')[0]}). Compare it with the original in Word.`],
    };
  }
  const notices =
    placed.unplaced > 0
      ? [
          `${placed.unplaced === 1 ? 'One tracked change or comment' : `${placed.unplaced} tracked changes or comments`} in “${fileName}” could not be placed in the story (in the headline, a caption, or words Copydesk reads differently): there the story has the final text, and comments are kept as notes without their words. Compare it with the original in Word.`,
        ]
      : [];
  return { ...doc, body: placed.body, ...(placed.changes ? { changes: placed.changes } : {}), ...(notices.length ? { notices } : {}) };
}

async function docxToHtml(fileName: string, bytes: Uint8Array): Promise<string> {
  // A .docx is a ZIP file; anything else is not a Word document whatever its name says.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError(
      `“${fileName}” is not a Word document, although its name ends in .docx. Open it in Word and save it as .docx again, or pick the right file.`,
    );
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: [
          "p[style-name='Title'] => h1:fresh",
          "p[style-name='Subtitle'] => p.standfirst:fresh",
          "p[style-name='Caption'] => p.caption:fresh",
          'comment-reference => !',
        ],
        ignoreEmptyParagraphs: true,
      },
    );
    return result.value;
  } catch (e) {
    throw new ImportError(
      `“${fileName}” is damaged or not a Word document Copydesk can read (${(e as Error).message.split('\n')[0]}). Open it in Word, save it again, and import that.`,
    );
  }
}

/** The imported story as an article, checked against the schema before anything is written. */
export function articleFromDocument(doc: ImportedDocument, now: string): Article {
  const article = newArticle({
    id: randomUUID(),
    now,
    headline: doc.headline,
    standfirst: doc.standfirst,
    byline: doc.byline,
    dateline: doc.dateline,
    body: doc.body,
    status: doc.status ?? 'draft',
    people: doc.people ?? [],
    quotes: doc.quotes ?? [],
  });
  if (doc.changes) article.changes = doc.changes;
  try {
    bodyNode(article.body);
  } catch (e) {
    throw new ImportError(`The file's structure could not be turned into a story (${e instanceof ArticleFileError ? e.message : (e as Error).message}).`);
  }
  return article;
}

/**
 * Imports a file as a new article in the library and returns its path. Everything is read and
 * checked first; a refused file leaves the library as it was.
 */
export async function importDocument(
  library: ArticleLibrary,
  input: { fileName: string; bytes: Uint8Array },
): Promise<{ path: string; article: Article; notices: string[] }> {
  const fileName = path.basename(input.fileName.replace(/\\/g, '/')) || 'file';
  let doc: ImportedDocument;
  try {
    doc = await readDocument(fileName, input.bytes);
    articleFromDocument(doc, new Date().toISOString()); // refuse before any photo is stored
  } catch (e) {
    if (e instanceof ImportError) throw new HostError('import-refused', e.message, { file: fileName });
    throw e;
  }
  await resolveImportedPhotos(doc.body, library.root);
  const article = articleFromDocument(doc, new Date().toISOString());
  const created = await library.create(article.headline);
  const saved = await library.save(created.path, { ...article, id: created.article.id, created: created.article.created }, created.stamp);
  // What the desk should check: Word changes that could not be read, CriticMarkup kept as text.
  const notices = [...(doc.notices ?? []), ...(doc.messages ?? []).map((m) => `“${fileName}”: ${m}`)];
  return { path: saved.path, article: { ...article, id: created.article.id }, notices };
}
