import { writeFileAtomic } from './atomic-write';

/**
 * A cache file (the library's summary index, the search index) written atomically a moment after
 * the last change, one write at a time. Its content is produced only when it is written. A failed
 * write keeps it pending: a cache on disk only speeds up the next start, so nothing is lost.
 */
export class DebouncedFile {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pending = false;

  constructor(
    private readonly file: string,
    private readonly delayMs: number,
    private readonly content: () => string,
  ) {}

  /** Something changed: write within `delayMs` of the last change. */
  schedule(): void {
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
    this.timer.unref?.();
  }

  /** Writes pending changes now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.writing = this.writing.then(async () => {
      if (!this.pending) return;
      this.pending = false;
      try {
        await writeFileAtomic(this.file, this.content());
      } catch {
        this.pending = true;
      }
    });
    return this.writing;
  }
}
