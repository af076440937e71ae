// The own evaluation set (tests/attribution/own-set, written by the team) must not get worse: the
// figures reached in issue 13, less a small margin. The script score-own.ts reports them in full.
import { describe, expect, it } from 'vitest';
import { type GoldItem, score } from '../attribution/dev-metrics';
import { ownSetAll, ownSetParts } from '../attribution/own-set';
import { predictAll } from '../attribution/predictions';

describe('own evaluation set', () => {
  const preds = predictAll(ownSetAll);
  // Each part's floors: speaker accuracy, wrong speakers, false quotes and (where set) quote F1.
  const floors: { name: string; part: GoldItem[]; accuracy: number; wrong: number; falseQuotes: number; f1?: number }[] = [
    {
      name: 'first part: speaker accuracy ≥ 0.955, no wrong speaker, no false quote',
      part: ownSetParts.first,
      accuracy: 0.955,
      wrong: 0,
      falseQuotes: 0,
      f1: 0.99,
    },
    { name: 'fresh part: speaker accuracy ≥ 0.95, no wrong speaker, no false quote', part: ownSetParts.fresh, accuracy: 0.95, wrong: 0, falseQuotes: 0 },
    {
      name: 'fresh 2 (tuned on in round 3): speaker accuracy ≥ 0.98, no wrong speaker, at most two false quotes',
      part: ownSetParts.fresh2,
      accuracy: 0.98,
      wrong: 0,
      falseQuotes: 2,
      f1: 0.99,
    },
    {
      name: 'fresh 3 (tuned on in round 4): speaker accuracy ≥ 0.875, no wrong speaker, at most one false quote',
      part: ownSetParts.fresh3,
      accuracy: 0.875,
      wrong: 0,
      falseQuotes: 1,
      f1: 0.99,
    },
    {
      name: 'fresh 4 (tuned on in round 5): speaker accuracy ≥ 0.96, no wrong speaker, at most two false quotes',
      part: ownSetParts.fresh4,
      accuracy: 0.96,
      wrong: 0,
      falseQuotes: 2,
      f1: 0.985,
    },
    {
      name: 'fresh 5 (tuned on in round 6): speaker accuracy ≥ 0.83, at most one wrong speaker and three false quotes',
      part: ownSetParts.fresh5,
      accuracy: 0.83,
      wrong: 1,
      falseQuotes: 3,
      f1: 0.98,
    },
    {
      name: 'fresh 6 (tuned on in round 7): speaker accuracy ≥ 0.86, no wrong speaker, at most one false quote',
      part: ownSetParts.fresh6,
      accuracy: 0.86,
      wrong: 0,
      falseQuotes: 1,
      f1: 0.99,
    },
    {
      name: 'fresh 7 (tuned on in round 8): speaker accuracy ≥ 0.885, no wrong speaker, at most one false quote',
      part: ownSetParts.fresh7,
      accuracy: 0.885,
      wrong: 0,
      falseQuotes: 1,
      f1: 0.985,
    },
    {
      name: 'fresh 8 (tuned on in round 9): speaker accuracy ≥ 0.86, no wrong speaker, no false quote',
      part: ownSetParts.fresh8,
      accuracy: 0.86,
      wrong: 0,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 9 (tuned on in round 10): speaker accuracy ≥ 0.975, no wrong speaker, no false quote',
      part: ownSetParts.fresh9,
      accuracy: 0.975,
      wrong: 0,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 10 (a second author; tuned on in round 10): speaker accuracy ≥ 0.96, no wrong speaker, no false quote',
      part: ownSetParts.fresh10,
      accuracy: 0.96,
      wrong: 0,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 11 (tuned on in round 11): speaker accuracy ≥ 0.92, at most two wrong speakers, no false quote',
      part: ownSetParts.fresh11,
      accuracy: 0.92,
      wrong: 2,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 12 (the second author, tuned on in round 11): speaker accuracy ≥ 0.89, at most three wrong speakers, no false quote',
      part: ownSetParts.fresh12,
      accuracy: 0.89,
      wrong: 3,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 13 (a second author, held out through round 11, tuned on in round 12): speaker accuracy ≥ 0.91, at most three wrong speakers, six false quotes',
      part: ownSetParts.fresh13,
      accuracy: 0.91,
      wrong: 3,
      falseQuotes: 6,
      f1: 0.97,
    },
    {
      name: 'fresh 14 (a second author, held out through round 11, tuned on in round 12): speaker accuracy ≥ 0.81, at most three wrong speakers, no false quote',
      part: ownSetParts.fresh14,
      accuracy: 0.81,
      wrong: 3,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 15 (a second author, held out through round 12’s first half, then tuned on): speaker accuracy ≥ 0.90, at most four wrong speakers, two false quotes',
      part: ownSetParts.fresh15,
      accuracy: 0.9,
      wrong: 4,
      falseQuotes: 2,
      f1: 0.99,
    },
    {
      name: 'fresh 16 (a second author, held out through round 12, tuned on in round 13): speaker accuracy ≥ 0.86, at most one wrong speaker and one false quote',
      part: ownSetParts.fresh16,
      accuracy: 0.86,
      wrong: 1,
      falseQuotes: 1,
      f1: 0.985,
    },
    {
      name: 'fresh 17 (a second author, held out through round 13, tuned on in round 14): speaker accuracy ≥ 0.92, at most five wrong speakers, one false quote',
      part: ownSetParts.fresh17,
      accuracy: 0.92,
      wrong: 5,
      falseQuotes: 1,
      f1: 0.99,
    },
    {
      name: 'fresh 18 (a second author, held out through round 13, tuned on in round 14): speaker accuracy ≥ 0.84, no wrong speaker, at most two false quotes',
      part: ownSetParts.fresh18,
      accuracy: 0.84,
      wrong: 0,
      falseQuotes: 2,
      f1: 0.99,
    },
    {
      name: 'fresh 19 (a second author, held out through round 14, tuned on in round 15): speaker accuracy ≥ 0.82, at most seven wrong speakers, no false quote',
      part: ownSetParts.fresh19,
      accuracy: 0.82,
      wrong: 7,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 20 (a second author, held out through round 15, tuned on in round 16): speaker accuracy ≥ 0.88, at most two wrong speakers, no false quote',
      part: ownSetParts.fresh20,
      accuracy: 0.88,
      wrong: 2,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 21 (a second author, held out through round 16, tuned on in round 17): speaker accuracy ≥ 0.895, at most three wrong speakers, four false quotes',
      part: ownSetParts.fresh21,
      accuracy: 0.895,
      wrong: 3,
      falseQuotes: 4,
      f1: 0.975,
    },
    {
      name: 'fresh 22 (a second author, held out through round 17, tuned on in round 18): speaker accuracy ≥ 0.86, at most two wrong speakers, seven false quotes',
      part: ownSetParts.fresh22,
      accuracy: 0.86,
      wrong: 2,
      falseQuotes: 7,
      f1: 0.975,
    },
    {
      name: 'fresh 23 (a second author, held out through round 18, tuned on in round 19): speaker accuracy ≥ 0.79, at most seven wrong speakers, one false quote',
      part: ownSetParts.fresh23,
      accuracy: 0.79,
      wrong: 7,
      falseQuotes: 1,
      f1: 0.99,
    },
    {
      name: 'fresh 24 (a second author, held out through round 20, tuned on in round 21): speaker accuracy ≥ 0.91, at most two wrong speakers, no false quote',
      part: ownSetParts.fresh24,
      accuracy: 0.91,
      wrong: 2,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 25 (a second author, held out through round 20, tuned on in round 21): speaker accuracy ≥ 0.73, at most twelve wrong speakers, six false quotes',
      part: ownSetParts.fresh25,
      accuracy: 0.73,
      wrong: 12,
      falseQuotes: 6,
      f1: 0.965,
    },
    {
      name: 'fresh 26 (a second author, held out through round 20, tuned on in round 21): speaker accuracy ≥ 0.855, at most four wrong speakers, no false quote',
      part: ownSetParts.fresh26,
      accuracy: 0.855,
      wrong: 4,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 27 (a second author, held out through round 20, tuned on in round 21): speaker accuracy ≥ 0.845, at most two wrong speakers, three false quotes',
      part: ownSetParts.fresh27,
      accuracy: 0.845,
      wrong: 2,
      falseQuotes: 3,
      f1: 0.975,
    },
    {
      name: 'fresh 28 (a second author, held out through round 20, tuned on in round 21): speaker accuracy ≥ 0.84, at most five wrong speakers, six false quotes',
      part: ownSetParts.fresh28,
      accuracy: 0.84,
      wrong: 5,
      falseQuotes: 6,
      f1: 0.97,
    },
    {
      name: 'fresh 29 (a second author, held out): speaker accuracy ≥ 0.885, at most two wrong speakers, no false quote',
      part: ownSetParts.fresh29,
      accuracy: 0.885,
      wrong: 2,
      falseQuotes: 0,
      f1: 0.99,
    },
    {
      name: 'fresh 30 (a second author, held out): speaker accuracy ≥ 0.825, at most eight wrong speakers, eight false quotes',
      part: ownSetParts.fresh30,
      accuracy: 0.825,
      wrong: 8,
      falseQuotes: 8,
      f1: 0.96,
    },
    {
      name: 'fresh 31 (a second author, held out): speaker accuracy ≥ 0.89, at most eight wrong speakers, no false quote',
      part: ownSetParts.fresh31,
      accuracy: 0.89,
      wrong: 8,
      falseQuotes: 0,
      f1: 0.99,
    },
  ];

  for (const floor of floors) {
    it(floor.name, () => {
      const m = score(floor.part, preds);
      expect(m.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
      expect(m.wrong).toBeLessThanOrEqual(floor.wrong);
      expect(m.predicted - m.matched).toBeLessThanOrEqual(floor.falseQuotes);
      if (floor.f1 !== undefined) expect(m.f1).toBeGreaterThanOrEqual(floor.f1);
    });
  }
});
