// The own evaluation set (tests/attribution/own-set, written by the team) must not get worse: the
// figures reached in issue 13, less a small margin. The script score-own.ts reports them in full.
import { describe, expect, it } from 'vitest';
import { score } from '../attribution/dev-metrics';
import { ownSetFresh } from '../attribution/own-set/fresh';
import { ownSetFresh2 } from '../attribution/own-set/fresh2';
import { ownSetFresh3 } from '../attribution/own-set/fresh3';
import { ownSetFresh4 } from '../attribution/own-set/fresh4';
import { ownSet } from '../attribution/own-set/passages';
import { predictAll } from '../attribution/predictions';

describe('own evaluation set', () => {
  const preds = predictAll([...ownSet, ...ownSetFresh, ...ownSetFresh2, ...ownSetFresh3, ...ownSetFresh4]);

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

  it('fresh 3 (tuned on in round 4): speaker accuracy ≥ 0.875, no wrong speaker, at most one false quote', () => {
    const m = score(ownSetFresh3, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.875);
    expect(m.wrong).toBe(0);
    expect(m.predicted - m.matched).toBeLessThanOrEqual(1);
    expect(m.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('fresh 4 (measured only): speaker accuracy ≥ 0.84, at most seven wrong speakers and two false quotes', () => {
    const m = score(ownSetFresh4, preds);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.84);
    expect(m.wrong).toBeLessThanOrEqual(7);
    expect(m.predicted - m.matched).toBeLessThanOrEqual(2);
    expect(m.f1).toBeGreaterThanOrEqual(0.985);
  });
});
