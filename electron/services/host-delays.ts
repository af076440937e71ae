import { type HostApi, HOST_METHODS, type HostMethod, isHostMethod } from '../../shared/contract';

/**
 * A test hook around the host API: each call can be held before the service sees it (as a
 * request that reaches the host late) and its answer held after (as an answer that comes back
 * late), to reproduce the interleavings of saves, journal entries and trash that a busy machine
 * produces now and then. Off unless asked for: `COPYDESK_HOST_DELAYS` for the web host, or the
 * test harness.
 */

export type HostCallPhase = 'before' | 'after';

/** Runs at each phase of each call; the call waits until it resolves. */
export type HostCallHook = (method: HostMethod, phase: HostCallPhase) => Promise<void> | void;

export function withHostHook(api: HostApi, hook: HostCallHook): HostApi {
  return Object.fromEntries(
    HOST_METHODS.map((method) => [
      method,
      async (input: unknown) => {
        await hook(method, 'before');
        const output = await (api[method] as (i: unknown) => Promise<unknown>)(input);
        await hook(method, 'after');
        return output;
      },
    ]),
  ) as HostApi;
}

/** Milliseconds to hold calls of each method, before the host runs them and after. */
export type HostDelays = Partial<Record<HostMethod, { before?: number; after?: number }>>;

/**
 * `saveArticle=after:800,journalChanges=before:300+after:100`: a comma-separated list of
 * method=phase:ms (phases joined by +). Unknown methods or phases are an error, not ignored.
 */
export function parseHostDelays(spec: string): HostDelays {
  const delays: HostDelays = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [method, timings] = part.split('=');
    if (!isHostMethod(method) || !timings) throw new Error(`COPYDESK_HOST_DELAYS: "${part}" is not method=phase:ms (e.g. saveArticle=after:800).`);
    const entry: { before?: number; after?: number } = {};
    for (const timing of timings.split('+')) {
      const [phase, ms] = timing.split(':');
      const value = Number(ms);
      if ((phase !== 'before' && phase !== 'after') || !Number.isFinite(value) || value < 0) {
        throw new Error(`COPYDESK_HOST_DELAYS: "${timing}" in "${part}" is not before:ms or after:ms.`);
      }
      entry[phase] = value;
    }
    delays[method] = entry;
  }
  return delays;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withHostDelays(api: HostApi, delays: HostDelays): HostApi {
  return withHostHook(api, (method, phase) => {
    const ms = delays[method]?.[phase];
    return ms ? sleep(ms) : undefined;
  });
}

/** The web host's API with the delays `COPYDESK_HOST_DELAYS` asks for, if any. */
export function delayedFromEnv(api: HostApi, spec = process.env.COPYDESK_HOST_DELAYS): HostApi {
  if (!spec) return api;
  const delays = parseHostDelays(spec);
  console.warn(`Copydesk: host calls held for testing (COPYDESK_HOST_DELAYS=${spec}).`);
  return withHostDelays(api, delays);
}
