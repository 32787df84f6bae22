// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.597, valueEqualPrecise: 0.743, valueEqual: 2.134, overlap: -0.01, logRatio: -2.403, nounSim: 0.899,
    nounBoth: -0.696, verbSim: 0.824, verbBoth: 0.634, context: 0.095, namesShared: 0.083, namesDisjoint: 0.582,
    timeDisjoint: -0.395, frameDiffer: -0.069, changeDiffer: -0.366, sameArticle: -0.246, sameSentence: 0.512,
    denominatorDiffer: 0, year: 0.75, money: 0.026, share: -0.874, small: -0.204, contextValuesDiffer: -0.619,
    verbValuesDiffer: 0.451, near: 0.688, counterpart: 0.794, attachedNamesDiffer: -0.23,
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
