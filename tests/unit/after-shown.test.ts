// The two schedules of work after a story is shown (renderer/desk/after-shown.ts): afterDrawn's two
// frames on, and afterShown's idle moment after them, which waits for work the reporter waits for
// (a shared story made editable) that is under way. Frames and idle moments are timers here, on
// fake time; the order of events is what is checked.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { afterDrawn, afterShown, waitedForFirst } from '../../renderer/desk/after-shown';

const g = globalThis as unknown as Record<string, unknown>;
const FRAME_MS = 16;

beforeAll(() => {
  vi.useFakeTimers();
  g.requestAnimationFrame = (cb: () => void) => setTimeout(cb, FRAME_MS);
  g.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
  g.requestIdleCallback = (cb: () => void) => setTimeout(cb, 1);
  g.cancelIdleCallback = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
});
afterEach(() => vi.clearAllTimers());
afterAll(() => {
  vi.useRealTimers();
  for (const name of ['requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback']) delete g[name];
});

describe('afterShown', () => {
  it('runs after two frames and an idle moment when nothing is waited for', async () => {
    const seen: string[] = [];
    afterDrawn(() => seen.push('drawn'));
    afterShown(() => seen.push('shown'));
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * FRAME_MS);
    expect(seen).toEqual(['drawn', 'shown']);
  });

  it('waits for work the reporter waits for, registered before the story was drawn, and runs once it is done', async () => {
    const seen: string[] = [];
    let finish!: () => void;
    afterShown(() => seen.push('analysis'));
    waitedForFirst(new Promise<void>((resolve) => (finish = resolve)));
    afterDrawn(() => seen.push('state asked for'));
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual(['state asked for']);
    seen.push('editable');
    finish();
    await vi.advanceTimersByTimeAsync(5);
    expect(seen).toEqual(['state asked for', 'editable', 'analysis']);
  });

  it('waits at most a second for work that never ends, and not at all once it failed', async () => {
    const seen: string[] = [];
    waitedForFirst(new Promise<void>(() => {}));
    afterShown(() => seen.push('late'));
    await vi.advanceTimersByTimeAsync(900);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual(['late']);

    // The hung work is no longer waited for; work that failed is not waited for either.
    const failing = Promise.reject(new Error('newsroom unreachable'));
    failing.catch(() => undefined);
    waitedForFirst(failing);
    await vi.advanceTimersByTimeAsync(0);
    afterShown(() => seen.push('after the failure'));
    await vi.advanceTimersByTimeAsync(2 * FRAME_MS + 5);
    expect(seen).toEqual(['late', 'after the failure']);
  });

  it('cancelled while waiting, it never runs', async () => {
    const seen: string[] = [];
    let finish!: () => void;
    waitedForFirst(new Promise<void>((resolve) => (finish = resolve)));
    const cancel = afterShown(() => seen.push('cancelled task'));
    await vi.advanceTimersByTimeAsync(100);
    cancel();
    finish();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen).toEqual([]);
  });
});
