import { close, constants, fstat, open, read } from 'node:fs';

/** What a cache keeps of a file to know it has not changed: size, modification and change times. */
export interface FileStampLite {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * Reads a whole file as UTF-8 with the stamp of what was read (taken from the open file, so it
 * describes these bytes even if the name is replaced meanwhile). Null when it is not a regular file.
 * With `followLinks: false` a symbolic link is refused (ELOOP) where the system allows it.
 *
 * One open, fstat, read and close through Node's callback API, in a single promise: the library's
 * first listing reads every article this way, and `fs/promises` (a FileHandle and a promise per
 * step, and a stat of the name beforehand) cost more of the main thread than the JSON parse did.
 */
export function readFileStamped(full: string, options: { followLinks?: boolean } = {}): Promise<{ text: string; stamp: FileStampLite } | null> {
  const flags = constants.O_RDONLY | (options.followLinks === false ? (constants.O_NOFOLLOW ?? 0) : 0);
  return new Promise((resolve, reject) => {
    open(full, flags, (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null, result: { text: string; stamp: FileStampLite } | null) =>
        close(fd, (closeError) => (error || closeError ? reject(error ?? closeError) : resolve(result)));
      fstat(fd, (statError, st) => {
        if (statError) return finish(statError, null);
        if (!st.isFile()) return finish(null, null);
        const stamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
        const buffer = Buffer.allocUnsafe(st.size);
        const readFrom = (offset: number) => {
          if (offset === buffer.length) return finish(null, { text: buffer.toString('utf8'), stamp });
          read(fd, buffer, offset, buffer.length - offset, offset, (readError, n) => {
            if (readError) return finish(readError, null);
            // A file cut short while it was read: take what is there (its stamp will not match next time).
            if (n === 0) return finish(null, { text: buffer.toString('utf8', 0, offset), stamp });
            readFrom(offset + n);
          });
        };
        readFrom(0);
      });
    });
  });
}
