// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.21, valueEqualPrecise: 0.671, valueEqual: 2.183, overlap: -0.013, logRatio: -2.387, nounSim: 1.344,
    nounBoth: -0.826, verbSim: 0.918, verbBoth: 0.582, context: 0.149, namesShared: 0.219, namesDisjoint: 0.367,
    timeDisjoint: -0.363, frameDiffer: -0.087, changeDiffer: -0.263, sameArticle: -0.467, sameSentence: 0.457,
    denominatorDiffer: 0, year: 0.648, money: -0.152, share: -0.754, small: -0.527, contextValuesDiffer: -0.578,
    verbValuesDiffer: 0.47, digitSlip: 0,
  },
  threshold: -0.5,
  disagree: {
    bias: -1.184, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.236, nounSim: 1.088,
    nounBoth: -0.182, verbSim: -0.133, verbBoth: 0.079, context: 0.548, namesShared: 0, namesDisjoint: 0,
    timeDisjoint: -0.025, frameDiffer: 0, changeDiffer: -0.525, sameArticle: 0, sameSentence: 0,
    denominatorDiffer: 0, year: 0.228, money: -0.696, share: -0.585, small: -0.003, contextValuesDiffer: 0,
    verbValuesDiffer: 0, digitSlip: 0.386,
  },
  disagreeThreshold: -1,
};
