// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -3, valueEqualPrecise: 4, valueEqual: 2, overlap: 1, logRatio: -2, nounSim: 3, nounBoth: -1.5, verbSim: 1,
    verbBoth: -0.5, context: 4, namesShared: 0.5, namesDisjoint: -1, timeDisjoint: -2, frameDiffer: -2, changeDiffer: -1.5,
    sameArticle: -0.5, sameSentence: -2, denominatorDiffer: -2, year: 0, money: 0, share: 0, small: -1,
  },
  threshold: 0,
};
