/** Timers and the time, injected so tests can run them by hand. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `task` once a pause has lasted: `after(ms)` on every keystroke moves the moment it runs to
 * `ms` from now. Moving it later is an assignment, not a new timer: the one timer armed wakes at
 * the moment it was set for, finds the pause not over and sleeps the rest of it. So a burst of
 * typing costs a timer per pause instead of a cancel and a new timer per key (four of each per
 * keystroke before, for autosave, journal, word count and quote analysis; docs/performance.md).
 */
export class PauseTimer {
  /** When the task is due; 0 when nothing is waiting. */
  private due = 0;
  /** When the armed timer wakes, and its handle. */
  private wakes = 0;
  private handle: unknown;

  constructor(
    private readonly task: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Runs the task `ms` from now (not before, and no longer at any earlier moment set). */
  after(ms: number): void {
    const now = this.clock.now();
    this.due = now + Math.max(0, ms);
    // A timer that wakes no later than the new moment will do; one that wakes after it will not.
    if (this.handle !== undefined && this.wakes <= this.due) return;
    this.arm(this.due - now);
  }

  /** Whether the task is waiting to run. */
  get pending(): boolean {
    return this.handle !== undefined;
  }

  cancel(): void {
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
    this.due = 0;
  }

  private arm(ms: number): void {
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.wakes = this.clock.now() + ms;
    this.handle = this.clock.setTimeout(this.wake, ms);
  }

  private readonly wake = () => {
    this.handle = undefined;
    const left = this.due - this.clock.now();
    if (left > 0) {
      this.arm(left);
      return;
    }
    this.due = 0;
    this.task();
  };
}
