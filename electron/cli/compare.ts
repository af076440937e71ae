// `copydesk compare` — two versions of a story, word by word.
//
//   compare OLDER.copydesk.json NEWER.copydesk.json [--html] [--all]
//   compare STORY.copydesk.json --revisions                  the story's revisions, newest first
//   compare STORY.copydesk.json --revisions ID [ID2]         revision ID against the story as saved now,
//                                                            or revision ID against revision ID2
//       [--library DIR]   the library keeping the revisions (default: the story's folder)
//
// A revision is named by its id as listed, the start of one (enough to be unique), or `current`
// (the story as saved now). The first version named is the older one: its words show as deleted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Article, parseArticle } from '../../shared/article';
import { compareArticles, comparisonHtml, comparisonText } from '../../shared/compare';
import type { RevisionInfo } from '../../shared/contract';
import { RevisionStore } from '../services/revisions';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = [
  'Usage: copydesk compare OLDER.copydesk.json NEWER.copydesk.json [--html] [--all]',
  '       copydesk compare STORY.copydesk.json --revisions [ID [ID2]] [--library DIR] [--html] [--all]',
].join('\n');

const FLAGS = new Set(['--html', '--all', '--revisions']);

class CompareError extends Error {}

interface Version {
  article: Article;
  label: string;
}

export async function compareCommand(argv: string[], io: CommandIo): Promise<number> {
  const args = argv[0] === 'compare' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const names: string[] = [];
  const flags = new Set<string>();
  let library: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--library') {
      library = args[++i];
      if (library === undefined) return usage(io, '--library needs a folder.');
    } else if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith('-')) return usage(io, `Unknown option ${arg}.`);
    else names.push(arg);
  }
  const revisions = flags.has('--revisions');
  if (revisions ? names.length < 1 || names.length > 3 : names.length !== 2) return usage(io);

  let older: Version;
  let newer: Version;
  try {
    const first = await readStory(names[0]!);
    if (!revisions) {
      older = first;
      newer = await readStory(names[1]!);
    } else {
      const store = new RevisionStore(path.resolve(library ?? path.dirname(path.resolve(names[0]!))));
      const list = await store.list(first.article.id);
      if (names.length === 1) {
        io.stdout.write(revisionList(first, list));
        return 0;
      }
      const version = async (name: string): Promise<Version> => {
        if (name === 'current') return { ...first, label: `${first.label} (as saved now)` };
        const info = findRevision(name, list, first);
        return { article: await store.read(first.article.id, info.id), label: `revision ${info.id} (${info.reason}, ${info.at})` };
      };
      older = await version(names[1]!);
      newer = await version(names[2] ?? 'current');
    }
  } catch (e) {
    io.stderr.write(`compare: ${(e as Error).message}\n`);
    return 1;
  }
  const comparison = compareArticles(older.article, newer.article);
  const options = { olderLabel: older.label, newerLabel: newer.label, showUnchanged: flags.has('--all') };
  io.stdout.write(flags.has('--html') ? comparisonHtml(comparison, options) : comparisonText(comparison, options));
  return 0;
}

function usage(io: CommandIo, problem?: string): number {
  io.stderr.write(`${problem ? `${problem}\n` : ''}${USAGE}\n`);
  return 2;
}

async function readStory(file: string): Promise<Version> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CompareError(`${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}.`);
  }
  try {
    return { article: parseArticle(text), label: path.basename(file) };
  } catch (e) {
    throw new CompareError(`${file}: ${(e as Error).message}`);
  }
}

function findRevision(name: string, list: RevisionInfo[], story: Version): RevisionInfo {
  const exact = list.find((r) => r.id === name);
  if (exact) return exact;
  const matches = list.filter((r) => r.id.startsWith(name));
  if (matches.length === 1) return matches[0]!;
  const hint = `List them with: copydesk compare ${story.label} --revisions`;
  if (matches.length > 1) throw new CompareError(`"${name}" could be any of ${matches.length} revisions of this story; give more of the id. ${hint}`);
  if (!list.length) throw new CompareError(`${story.label} has no revisions in this library (pass --library DIR if it is kept elsewhere).`);
  throw new CompareError(`${story.label} has no revision "${name}". ${hint}`);
}

function revisionList(story: Version, list: RevisionInfo[]): string {
  if (!list.length) return `${story.label}: no revisions yet.\n`;
  const lines = list.map((r) => `${r.id}  ${r.at}  ${r.reason.padEnd(16)} ${r.words} words`);
  return `${story.label}: ${list.length} revision${list.length === 1 ? '' : 's'}, newest first\n${lines.join('\n')}\n`;
}
