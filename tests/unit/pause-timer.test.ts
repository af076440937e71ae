import { describe, expect, it } from 'vitest';
import { type Clock, PauseTimer } from '../../renderer/article/pause-timer';

/** Timers run by hand: `advance(ms)` fires what falls due, in order; counts the timers armed. */
class ManualClock implements Clock {
  private time = 0;
  private next = 1;
  private timers = new Map<number, { at: number; run: () => void }>();
  armed = 0;
  cleared = 0;
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
  advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }
}

function setup() {
  const clock = new ManualClock();
  const runs: number[] = [];
  const timer = new PauseTimer(() => runs.push(clock.now()), clock);
  return { clock, runs, timer };
}

describe('PauseTimer', () => {
  it('runs once the pause after the last call has lasted, not before', () => {
    const { clock, runs, timer } = setup();
    for (let key = 0; key < 10; key++) {
      timer.after(200);
      clock.advance(50);
    }
    // The last key came at 450: the task is due at 650.
    expect(runs).toEqual([]);
    clock.advance(149);
    expect(runs).toEqual([]);
    clock.advance(1);
    expect(runs).toEqual([650]);
    expect(timer.pending).toBe(false);
    clock.advance(1_000);
    expect(runs).toEqual([650]);
  });

  it('arms a timer per pause it sleeps through, not one per call, and cancels none while typing', () => {
    const { clock, timer } = setup();
    for (let key = 0; key < 100; key++) {
      timer.after(200);
      clock.advance(20);
    }
    clock.advance(200);
    // 2,000 ms of keys every 20 ms: the timer wakes every 200 ms or so and sleeps on.
    expect(clock.armed).toBeLessThanOrEqual(12);
    expect(clock.cleared).toBe(0);
  });

  it('an earlier moment set later wins (a deadline that comes closer)', () => {
    const { clock, runs, timer } = setup();
    timer.after(1_000);
    clock.advance(100);
    timer.after(50);
    clock.advance(60);
    expect(runs).toEqual([150]);
  });

  it('runs again for a pause after it ran', () => {
    const { clock, runs, timer } = setup();
    timer.after(100);
    clock.advance(100);
    timer.after(100);
    clock.advance(100);
    expect(runs).toEqual([100, 200]);
  });

  it('cancel drops the task', () => {
    const { clock, runs, timer } = setup();
    timer.after(100);
    clock.advance(50);
    timer.cancel();
    expect(timer.pending).toBe(false);
    clock.advance(500);
    expect(runs).toEqual([]);
  });
});
