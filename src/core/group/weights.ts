// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.527, valueEqualPrecise: 0.751, valueEqual: 2.12, overlap: -0.019, logRatio: -2.431, nounSim: 0.936,
    nounBoth: -0.624, verbSim: 0.894, verbBoth: 0.52, context: 0.085, namesShared: 0.112, namesDisjoint: 0.603,
    timeDisjoint: -0.414, frameDiffer: -0.069, changeDiffer: -0.377, sameArticle: -0.277, sameSentence: 0.565,
    denominatorDiffer: 0, year: 0.747, money: 0.083, share: -0.89, small: -0.182, contextValuesDiffer: -0.665,
    verbValuesDiffer: 0.426, near: 0.668, counterpart: 0.565, attachedNamesDiffer: 0.013,
  },
  threshold: -1,
  disagree: {
    bias: -1.328, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.285, nounSim: 0.655,
    nounBoth: -0.725, verbSim: -0.629, verbBoth: 0.267, context: 0.315, namesShared: 0.638, namesDisjoint: 0.66,
    timeDisjoint: -0.087, frameDiffer: -0.001, changeDiffer: -0.506, sameArticle: -1.152, sameSentence: 0,
    denominatorDiffer: 0, year: -0.947, money: -0.731, share: -0.676, small: 0.207, contextValuesDiffer: 0,
    verbValuesDiffer: 0, near: 0.795, counterpart: 1.738, attachedNamesDiffer: -0.22,
  },
};
