/**
 * Crash-safe file replacement for plain Node (no Electron imports).
 *
 * `writeFileAtomic(target, data)` guarantees that, after any crash or power
 * loss, `target` holds either its complete old content or its complete new
 * content — never a mix, never a truncated file:
 *
 *   1. write the data to a temp file in the SAME directory
 *      (`.<name>.<random>.tmp`, created with O_EXCL so we never clobber
 *      anything), so the final rename cannot cross a filesystem boundary;
 *   2. fsync the temp file (data + size are on disk before the rename);
 *   3. rename it over the target (atomic on POSIX; MoveFileEx with
 *      REPLACE_EXISTING on Windows);
 *   4. fsync the directory, so the rename itself survives a crash.
 *
 * Details:
 * - If the target exists, its permission bits are kept (the temp file is
 *   fchmod-ed before the rename, so the umask cannot narrow them). For a new
 *   file `options.mode` (default 0o666, narrowed by the umask like any
 *   other new file) applies.
 * - If the target is a symlink, the file it points to is replaced and the
 *   link is kept (saving through a link must not turn it into a copy).
 * - On any failure the temp file is removed and the original target is left
 *   untouched; the error is rethrown as-is (so callers can read `.code`).
 * - Ownership is not copied (only root could do that).
 * - On Windows, rename can fail transiently with EPERM/EACCES/EBUSY while
 *   an antivirus or indexer holds the target open; we retry briefly.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export interface WriteFileAtomicOptions {
  /** Permission bits for a newly created file (ignored when the target exists). */
  mode?: number;
}

const isWindows = process.platform === 'win32';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Follows symlinks so we replace the real file; returns `target` if it does not exist yet. */
async function resolveTarget(target: string): Promise<string> {
  try {
    return await fsp.realpath(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      // Target missing (or a dangling link): write to the literal path.
      const link = await fsp.readlink(target).catch(() => null);
      if (link !== null) return path.resolve(path.dirname(target), link);
      return target;
    }
    throw error;
  }
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) {
      const err = new Error(`EISDIR: illegal operation on a directory, open '${file}'`) as NodeJS.ErrnoException;
      err.code = 'EISDIR';
      throw err;
    }
    return stat.mode & 0o7777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  const delays = isWindows ? [10, 30, 60, 120, 250, 500] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (!transient || attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/**
 * fsync a directory so a rename inside it is durable. Not supported on
 * Windows (directories cannot be opened that way) nor on some filesystems;
 * those cases are skipped, the rename has still happened.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const realTarget = await resolveTarget(path.resolve(target));
  const dir = path.dirname(realTarget);
  const base = path.basename(realTarget);
  const keepMode = await existingMode(realTarget);
  const mode = keepMode ?? options.mode ?? 0o666;

  const tmp = path.join(dir, `.${base}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx' = O_CREAT | O_EXCL: fail rather than reuse a file someone else made.
  const handle = await fsp.open(tmp, 'wx', mode);
  let renamed = false;
  try {
    try {
      const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      await handle.writeFile(buffer);
      // An existing file keeps its exact bits; a new one gets `mode`
      // narrowed by the umask (which open() already applied).
      if (keepMode !== undefined && !isWindows) await handle.chmod(keepMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tmp, realTarget);
    renamed = true;
    await fsyncDirectory(dir);
  } catch (error) {
    if (!renamed) await fsp.rm(tmp, { force: true }).catch(() => {});
    throw error;
  }
}

/** The temp files `writeFileAtomic` makes: `.<name>.<12 hex digits>.tmp`. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files a killed process left in `dir` before it could rename them. They are never
 * anyone's only copy (the target still holds its whole old version, and the recovery journal any
 * newer words), and a write takes milliseconds, so one older than `olderThanMs` is a leftover,
 * not a save in progress. Returns the names removed; a file that cannot be removed is left.
 */
export async function sweepStaleTempFiles(dir: string, olderThanMs = 60 * 60 * 1000, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = (await fsp.readdir(dir)).filter((name) => TEMP_FILE.test(name));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await fsp.lstat(file).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < olderThanMs) continue;
    if (await fsp.rm(file).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}
