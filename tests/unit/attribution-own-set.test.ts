// The own evaluation set (tests/attribution/own-set, written by the team) must not get worse: the
// figures reached in issue 13, less a small margin. The script score-own.ts reports them in full.
import { describe, expect, it } from 'vitest';
import { score } from '../attribution/dev-metrics';
import { ownSetFresh } from '../attribution/own-set/fresh';
import { ownSetFresh2 } from '../attribution/own-set/fresh2';
import { ownSet } from '../attribution/own-set/passages';
import { predictAll } from '../attribution/predictions';

describe('own evaluation set', () => {
  const preds = predictAll([...ownSet, ...ownSetFresh, ...ownSetFresh2]);

  it('first part: speaker accuracy ≥ 0.95, no wrong speaker, no false quote', () => {
    const m = score(ownSet, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.wrong).toBe(0);
    expect(m.predicted - m.matched).toBe(0);
    expect(m.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('fresh part: speaker accuracy ≥ 0.95, no wrong speaker, no false quote', () => {
    const m = score(ownSetFresh, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.wrong).toBe(0);
    expect(m.predicted - m.matched).toBe(0);
  });

  it('fresh 2 (measured only): speaker accuracy ≥ 0.80, at most four wrong speakers and three false quotes', () => {
    const m = score(ownSetFresh2, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(m.wrong).toBeLessThanOrEqual(4);
    expect(m.predicted - m.matched).toBeLessThanOrEqual(3);
    expect(m.f1).toBeGreaterThanOrEqual(0.98);
  });
});
