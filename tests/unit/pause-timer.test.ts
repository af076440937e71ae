import { describe, expect, it } from 'vitest';
import { PauseTimer } from '../../renderer/article/pause-timer';
import { ManualClock } from '../support/manual-clock';

function setup() {
  const clock = new ManualClock();
  const runs: number[] = [];
  const timer = new PauseTimer(() => runs.push(clock.now()), clock);
  return { clock, runs, timer };
}

describe('PauseTimer', () => {
  it('runs once the pause after the last call has lasted, not before', async () => {
    const { clock, runs, timer } = setup();
    for (let key = 0; key < 10; key++) {
      timer.after(200);
      await clock.advance(50);
    }
    // The last key came at 450: the task is due at 650.
    expect(runs).toEqual([]);
    await clock.advance(149);
    expect(runs).toEqual([]);
    await clock.advance(1);
    expect(runs).toEqual([650]);
    expect(timer.pending).toBe(false);
    await clock.advance(1_000);
    expect(runs).toEqual([650]);
  });

  it('arms a timer per pause it sleeps through, not one per call, and cancels none while typing', async () => {
    const { clock, timer } = setup();
    for (let key = 0; key < 100; key++) {
      timer.after(200);
      await clock.advance(20);
    }
    await clock.advance(200);
    // 2,000 ms of keys every 20 ms: the timer wakes every 200 ms or so and sleeps on.
    expect(clock.armed).toBeLessThanOrEqual(12);
    expect(clock.cleared).toBe(0);
  });

  it('an earlier moment set later wins (a deadline that comes closer)', async () => {
    const { clock, runs, timer } = setup();
    timer.after(1_000);
    await clock.advance(100);
    timer.after(50);
    await clock.advance(60);
    expect(runs).toEqual([150]);
  });

  it('runs again for a pause after it ran', async () => {
    const { clock, runs, timer } = setup();
    timer.after(100);
    await clock.advance(100);
    timer.after(100);
    await clock.advance(100);
    expect(runs).toEqual([100, 200]);
  });

  it('cancel drops the task', async () => {
    const { clock, runs, timer } = setup();
    timer.after(100);
    await clock.advance(50);
    timer.cancel();
    expect(timer.pending).toBe(false);
    await clock.advance(500);
    expect(runs).toEqual([]);
  });
});
