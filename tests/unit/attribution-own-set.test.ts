// The own evaluation set (tests/attribution/own-set, written by the team) must not get worse: the
// figures reached in issue 13, less a small margin. The script score-own.ts reports them in full.
import { describe, expect, it } from 'vitest';
import { score } from '../attribution/dev-metrics';
import { ownSetFresh } from '../attribution/own-set/fresh';
import { ownSetFresh2 } from '../attribution/own-set/fresh2';
import { ownSetFresh3 } from '../attribution/own-set/fresh3';
import { ownSet } from '../attribution/own-set/passages';
import { predictAll } from '../attribution/predictions';

describe('own evaluation set', () => {
  const preds = predictAll([...ownSet, ...ownSetFresh, ...ownSetFresh2, ...ownSetFresh3]);

  it('first part: speaker accuracy ≥ 0.955, no wrong speaker, no false quote', () => {
    const m = score(ownSet, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.955);
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

  it('fresh 2 (tuned on in round 3): speaker accuracy ≥ 0.98, no wrong speaker, at most two false quotes', () => {
    const m = score(ownSetFresh2, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(m.wrong).toBe(0);
    expect(m.predicted - m.matched).toBeLessThanOrEqual(2);
    expect(m.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('fresh 3 (measured only): speaker accuracy ≥ 0.85, at most six wrong speakers and one false quote', () => {
    const m = score(ownSetFresh3, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.wrong).toBeLessThanOrEqual(6);
    expect(m.predicted - m.matched).toBeLessThanOrEqual(1);
    expect(m.f1).toBeGreaterThanOrEqual(0.99);
  });
});
