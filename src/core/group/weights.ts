// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.573, valueEqualPrecise: 0.745, valueEqual: 2.16, overlap: -0.011, logRatio: -2.407, nounSim: 0.907,
    nounBoth: -0.718, verbSim: 0.852, verbBoth: 0.638, context: 0.101, namesShared: 0.096, namesDisjoint: 0.579,
    timeDisjoint: -0.39, frameDiffer: -0.07, changeDiffer: -0.37, sameArticle: -0.268, sameSentence: 0.512,
    denominatorDiffer: 0, year: 0.732, money: 0.009, share: -0.877, small: -0.172, contextValuesDiffer: -0.629,
    verbValuesDiffer: 0.433, near: 0.714, counterpart: 0.682, attachedNamesDiffer: -0.233,
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
