/** Autosave tuning: how soon after typing stops, when unsaved text is journaled, and the retry backoff. */
export const AUTOSAVE_DELAY_MS = 1500;
export const JOURNAL_INTERVAL_MS = 2000;
/** The pause in typing the journal waits for… */
export const JOURNAL_QUIET_MS = 400;
/** …but no longer than this while typing goes on without one. */
export const JOURNAL_MAX_WAIT_MS = 6000;
const RETRY_STEPS_MS = [2000, 4000, 8000, 15000, 30000];

/** Wait before the n-th retry of a failed save (0-based), capped at 30 seconds. */
export function retryDelay(attempt: number): number {
  return RETRY_STEPS_MS[Math.min(attempt, RETRY_STEPS_MS.length - 1)];
}

/** Failures that go away by themselves (disk freed, lock released, folder back) are retried; refusals are not. */
export function isRetryable(code: string | undefined): boolean {
  return code === 'disk-full' || code === 'permission-denied' || code === 'busy' || code === 'io' || code === 'not-found' || code === undefined;
}
