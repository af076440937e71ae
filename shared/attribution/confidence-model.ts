// The confidence model the linking pass applies by default: none yet. The model trained by
// tests/attribution/train-confidence.ts (`--write` puts it here) sends about three right speakers
// to review for each wrong one it catches on the parts held out of its training, at any threshold
// (README, "The confidence layer"), so the rules alone decide until its features separate better.
import type { ConfidenceModel } from './confidence';

export const CONFIDENCE_MODEL: ConfidenceModel | null = null;
