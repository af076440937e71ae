import type { Node } from 'prosemirror-model';
import type { ArticleStatus, ReadyOverride, StoryCheckRecord } from '../../shared/article';
import { type CheckMatch, type CheckStoryFields, checkStory, type HouseStyle, matchSources, openMatches } from '../../shared/checks';

/**
 * The Ready gate: a story goes to Ready only with no error check open, or with someone's name on
 * the decision to send it anyway. The pure part: what is open, what the status select does, and
 * the record an override leaves in the story (and, from there, in the NINJS `ednote`).
 */

/** The story as the gate reads it: the fields the checks read, and the desk's earlier decisions. */
export type GateStory = CheckStoryFields & { checks?: StoryCheckRecord };

/** The error checks still open in a story: checked now, less those the desk chose to leave. */
export function openErrors(story: GateStory, doc: Node, style: HouseStyle): CheckMatch[] {
  const { matches } = checkStory(story, doc, { style });
  const errors = matches.filter((m) => m.severity === 'error');
  return errors.length === 0 ? [] : openMatches(errors, story.checks?.ignored, matchSources(story, doc));
}

export type StatusDecision = { kind: 'set'; status: ArticleStatus } | { kind: 'ask'; errors: CheckMatch[] };

/**
 * What picking a status does: anything but Ready, or Ready with nothing open, is set at once;
 * Ready over open errors asks first. `errors` is only read when it matters (checking costs a pass
 * over the story).
 */
export function decideStatus(next: ArticleStatus, errors: () => CheckMatch[]): StatusDecision {
  if (next !== 'ready') return { kind: 'set', status: next };
  const open = errors();
  return open.length === 0 ? { kind: 'set', status: next } : { kind: 'ask', errors: open };
}

// The article file's limits (shared/article/model.ts): an override that broke them would make the story unsaveable.
const MAX_NAME = 200;
const MAX_REASON = 2_000;
const MAX_TEXT = 2_000;
const MAX_CHECKS = 1_000;
const MAX_OVERRIDES = 500;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The name an override is recorded under, or null when none was given (a name is required). */
export function overrideName(typed: string): string | null {
  const name = typed.replace(/\s+/g, ' ').trim();
  return name ? clip(name, MAX_NAME) : null;
}

/** The record of one override: who, when, why and which checks were open. */
export function readyOverride(input: { by: string; reason: string; at: Date; errors: readonly CheckMatch[] }): ReadyOverride {
  return {
    by: clip(input.by, MAX_NAME),
    at: input.at.toISOString(),
    reason: clip(input.reason.trim(), MAX_REASON),
    checks: input.errors.slice(0, MAX_CHECKS).map((m) => ({ ruleId: m.ruleId, message: clip(m.message, MAX_TEXT), text: clip(m.text, MAX_TEXT) })),
  };
}

/**
 * The story's check record with one more override; the desk's "Ignore here" choices are kept.
 * Past the file's limit the oldest overrides go (the latest is what NINJS reports).
 */
export function withOverride(record: StoryCheckRecord | undefined, override: ReadyOverride): StoryCheckRecord {
  const overrides = [...(record?.overrides ?? []), override];
  return { ignored: record?.ignored ?? [], overrides: overrides.slice(-MAX_OVERRIDES) };
}

/** Where the name typed last time is kept, so the desk types it once per machine. */
export const OVERRIDE_NAME_KEY = 'copydesk.readyGate.name';

export function readOverrideName(storage: Pick<Storage, 'getItem'> | null): string {
  try {
    return storage?.getItem(OVERRIDE_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeOverrideName(storage: Pick<Storage, 'setItem'> | null, name: string): void {
  try {
    storage?.setItem(OVERRIDE_NAME_KEY, name);
  } catch {
    // Storage full or switched off: the name is asked for again next time, nothing worse.
  }
}
