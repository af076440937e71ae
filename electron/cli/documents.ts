// `copydesk export` and `copydesk import` — documents in and out of the library from the command line.
//
//   export FILE.copydesk.json… --to html|html-fragment|md|ninjs|txt|docx [-o OUT] [--embed-images]
//          [--changes accepted|rejected|shown]   (required for a story with pending suggestions or
//          open notes: without it such a story is refused, exit status 3)
//   import FILE… [--library DIR]       (.txt, .md, .html, .docx; prints each new article's path)
//
// Results go to stdout, progress and errors to stderr (one line per file when there are several).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../../shared/article';
import { CHANGES_MODES, type ChangesMode } from '../../shared/changes';
import { HostError } from '../../shared/contract';
import { EXPORT_FORMAT_INFO, HOST_EXPORT_FORMATS, type HostExportFormat } from '../../shared/export';
import { importDocument, renderExport } from '../services/documents';
import { ArticleLibrary } from '../services/library';
import { resolveLibraryPath } from '../services/settings';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

interface Parsed {
  files: string[];
  options: Map<string, string | true>;
}

function parseArgs(argv: string[], withValue: Set<string>): Parsed {
  const files: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('-')) {
      if (withValue.has(arg)) {
        const value = argv[++i];
        if (value === undefined) throw new Error(`${arg} needs a value.`);
        options.set(arg, value);
      } else options.set(arg, true);
    } else files.push(arg);
  }
  return { files, options };
}

const EXPORT_USAGE = `Usage: copydesk export FILE.copydesk.json… --to ${HOST_EXPORT_FORMATS.join('|')} [-o OUT] [--embed-images] [--changes ${CHANGES_MODES.join('|')}]`;

/** The exit status of an export refused because a story has pending changes and no --changes was given. */
export const EXIT_PENDING_CHANGES = 3;

export async function exportCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv, new Set(['--to', '-o', '--out', '--changes']));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const { files, options } = parsed;
  const format = options.get('--to') as HostExportFormat | undefined;
  const out = (options.get('-o') ?? options.get('--out')) as string | undefined;
  const changes = options.get('--changes') as ChangesMode | undefined;
  const unknown = [...options.keys()].filter((k) => !['--to', '-o', '--out', '--embed-images', '--changes'].includes(k));
  if (!files.length || !format || unknown.length) {
    io.stderr.write(`${unknown.length ? `Unknown option ${unknown[0]}.\n` : ''}${EXPORT_USAGE}\n`);
    return 2;
  }
  if (!(HOST_EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.stderr.write(`Unknown format "${format}". Choose one of: ${HOST_EXPORT_FORMATS.join(', ')}.\n`);
    return 2;
  }
  if (changes !== undefined && !(CHANGES_MODES as readonly string[]).includes(changes)) {
    io.stderr.write(`Unknown --changes "${changes}". Choose one of: ${CHANGES_MODES.join(', ')}.\n`);
    return 2;
  }
  if (files.length > 1 && !out) {
    io.stderr.write('Several files need -o DIR (a folder to write them into).\n');
    return 2;
  }
  let failed = 0;
  let pending = 0;
  for (const [i, file] of files.entries()) {
    const progress = files.length > 1 ? `[${i + 1}/${files.length}] ` : '';
    try {
      const article = parseArticle(await readFile(file, 'utf8'));
      const mediaRoot = path.dirname(path.resolve(file));
      if (!out) {
        // To stdout, a page must stand alone: photos go inside it.
        const rendered = await renderExport(article, format, { mediaRoot, embedImages: true, changes });
        io.stdout.write(rendered.data);
        continue;
      }
      const target = files.length > 1 ? path.join(out, `${path.basename(file).replace(/\.copydesk\.json$/, '')}${EXPORT_FORMAT_INFO[format].extension}`) : out;
      const folder = `${path
        .basename(target)
        .replace(/\.[^.]+$/, '')
        .replace(/\.fragment$|\.ninjs$/, '')}-photos`;
      const rendered = await renderExport(article, format, { mediaRoot, embedImages: options.has('--embed-images'), assetFolder: folder, changes });
      await mkdir(path.dirname(path.resolve(target)), { recursive: true });
      for (const asset of rendered.assets) {
        const dest = path.join(path.dirname(path.resolve(target)), asset.name);
        await mkdir(path.dirname(dest), { recursive: true });
        await writeFile(dest, asset.bytes);
      }
      await writeFile(target, rendered.data);
      io.stderr.write(
        `${progress}${file} → ${target}${rendered.assets.length ? ` (+${rendered.assets.length} photo${rendered.assets.length > 1 ? 's' : ''} in ${folder}/)` : ''}\n`,
      );
    } catch (e) {
      if (e instanceof HostError && e.details?.pendingChanges) pending++;
      else failed++;
      io.stderr.write(`${progress}${file}: ${(e as Error).message}\n`);
    }
  }
  // Any other failure says 1; a story refused only for its pending changes says 3, so a pipeline can ask.
  return failed ? 1 : pending ? EXIT_PENDING_CHANGES : 0;
}

const IMPORT_USAGE = 'Usage: copydesk import FILE… [--library DIR]   (.txt, .md, .html, .docx)';

export async function importCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv, new Set(['--library']));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { files, options } = parsed;
  const unknown = [...options.keys()].filter((k) => k !== '--library');
  if (!files.length || unknown.length) {
    io.stderr.write(`${unknown.length ? `Unknown option ${unknown[0]}.\n` : ''}${IMPORT_USAGE}\n`);
    return 2;
  }
  const library = await ArticleLibrary.open({ root: resolveLibraryPath(options.get('--library') as string | undefined), seedSample: false });
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const progress = files.length > 1 ? `[${i + 1}/${files.length}] ` : '';
    try {
      const bytes = await readFile(file);
      const { path: created, notices } = await importDocument(library, { fileName: path.basename(file), bytes });
      io.stdout.write(`${path.join(library.root, created)}\n`);
      for (const notice of notices) io.stderr.write(`${progress}${notice}\n`);
      if (progress) io.stderr.write(`${progress}${file} → ${created}\n`);
    } catch (e) {
      failed++;
      const message = e instanceof HostError || e instanceof Error ? e.message : String(e);
      io.stderr.write(`${progress}${file}: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}
