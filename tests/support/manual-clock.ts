import type { Clock } from '../../renderer/article/pause-timer';

/**
 * Timers a test runs by hand: `advance(ms)` fires what falls due, in order (timers armed by a
 * timer included), running `between` after each (to let promise chains and file work go on).
 * Counts the timers armed and cancelled.
 */
export class ManualClock implements Clock {
  private next = 1;
  private timers = new Map<number, { at: number; run: () => void }>();
  armed = 0;
  cleared = 0;

  constructor(
    private time = 0,
    private readonly between: () => Promise<unknown> = async () => {},
  ) {}

  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    this.armed++;
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    if (this.timers.delete(handle as number)) this.cleared++;
  };
  async advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
      await this.between();
    }
    this.time = until;
  }
  get pending() {
    return this.timers.size;
  }
}
