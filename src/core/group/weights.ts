// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.576, valueEqualPrecise: 0.755, valueEqual: 2.164, overlap: -0.011, logRatio: -2.408, nounSim: 0.91,
    nounBoth: -0.719, verbSim: 0.862, verbBoth: 0.639, context: 0.101, namesShared: 0.097, namesDisjoint: 0.582,
    timeDisjoint: -0.39, frameDiffer: -0.07, changeDiffer: -0.358, sameArticle: -0.269, sameSentence: 0.513,
    denominatorDiffer: 0, year: 0.731, money: 0.007, share: -0.872, small: -0.172, contextValuesDiffer: -0.63,
    verbValuesDiffer: 0.428, near: 0.713, counterpart: 0.67, attachedNamesDiffer: -0.233,
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
