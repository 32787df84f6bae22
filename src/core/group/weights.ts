// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.577, valueEqualPrecise: 0.746, valueEqual: 2.171, overlap: -0.02, logRatio: -2.372, nounSim: 0.909,
    nounBoth: -0.713, verbSim: 0.877, verbBoth: 0.643, context: 0.089, namesShared: 0.097, namesDisjoint: 0.577,
    timeDisjoint: -0.396, frameDiffer: -0.071, changeDiffer: -0.365, sameArticle: -0.263, sameSentence: 0.572,
    denominatorDiffer: 0, year: 0.732, money: 0.002, share: -0.842, small: -0.169, contextValuesDiffer: -0.641,
    verbValuesDiffer: 0.44, near: 0.708, counterpart: 0.667, attachedNamesDiffer: -0.236,
  },
  threshold: -1,
  disagree: {
    bias: -1.319, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.267, nounSim: 0.542,
    nounBoth: -0.676, verbSim: -0.618, verbBoth: 0.292, context: 0.343, namesShared: 0.646,
    namesDisjoint: 0.651, timeDisjoint: -0.088, frameDiffer: -0.001, changeDiffer: -0.509, sameArticle: -1.157,
    sameSentence: 0, denominatorDiffer: 0, year: -0.938, money: -0.784, share: -0.644, small: 0.243,
    contextValuesDiffer: 0, verbValuesDiffer: 0, near: 0.796, counterpart: 1.586, attachedNamesDiffer: -0.279,
  },
};
