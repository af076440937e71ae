// The own evaluation set (tests/attribution/own-set, written by the team) must not get worse: the
// figures reached in issue 13, less a small margin. The script score-own.ts reports them in full.
import { describe, expect, it } from 'vitest';
import { score } from '../attribution/dev-metrics';
import { ownSetFresh } from '../attribution/own-set/fresh';
import { ownSet } from '../attribution/own-set/passages';
import { predictAll } from '../attribution/predictions';

describe('own evaluation set', () => {
  const preds = predictAll([...ownSet, ...ownSetFresh]);

  it('first part: speaker accuracy ≥ 0.93, no wrong speaker, no false quote', () => {
    const m = score(ownSet, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(m.wrong).toBe(0);
    expect(m.predicted - m.matched).toBe(0);
    expect(m.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('fresh part: speaker accuracy ≥ 0.87, at most one wrong speaker, no false quote', () => {
    const m = score(ownSetFresh, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.87);
    expect(m.wrong).toBeLessThanOrEqual(1);
    expect(m.predicted - m.matched).toBe(0);
  });
});
