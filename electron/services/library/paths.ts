import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isArticleFileName } from '../../../shared/article';
import { HostError } from '../../../shared/contract';

/**
 * Confinement: every name the renderer sends is a plain file name inside the library. Anything
 * that could reach elsewhere — separators, "..", absolute paths, drive letters, NUL bytes, or a
 * symlink whose target lies outside — is refused before the file system is touched.
 */
export function checkPlainName(name: string, what = 'article'): string {
  if (typeof name !== 'string' || name.length === 0) throw new HostError('invalid-path', `No ${what} file name was given.`);
  if (name.includes('\0')) throw new HostError('invalid-path', `The ${what} name contains a NUL character and was refused.`);
  if (path.isAbsolute(name) || path.win32.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) {
    throw new HostError('outside-library', `"${name}" is an absolute path. Copydesk only opens files inside the library folder.`);
  }
  if (name.split(/[\\/]/).includes('..')) {
    throw new HostError('outside-library', `"${name}" points outside the library folder and was refused.`);
  }
  if (/[\\/]/.test(name) || name === '.' || name === '..') {
    throw new HostError('invalid-path', `"${name}" is not a file name in the library folder.`);
  }
  return name.normalize('NFC');
}

export function checkArticleName(name: string): string {
  const plain = checkPlainName(name);
  if (!isArticleFileName(plain)) throw new HostError('invalid-path', `"${name}" is not a Copydesk article file (they end in .copydesk.json).`);
  return plain;
}

/** Resolves `name` inside `dir` (a folder of the library) and refuses symlinks that lead out of `root`. */
export async function confinedPath(root: string, dir: string, name: string): Promise<string> {
  const full = path.join(dir, name);
  let real: string;
  try {
    real = await realpath(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return full;
    throw e;
  }
  const realRoot = await realpath(root);
  const rel = path.relative(realRoot, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new HostError('outside-library', `"${name}" is a link to a file outside the library folder and was refused.`);
  }
  return full;
}
