// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.362, valueEqualPrecise: 0.632, valueEqual: 2.041, overlap: -0.019, logRatio: -2.414,
    nounSim: 1.097, nounBoth: -0.686, verbSim: 0.8, verbBoth: 0.457, context: 0.09, namesShared: 0.227,
    namesDisjoint: 0.585, timeDisjoint: -0.426, frameDiffer: -0.019, changeDiffer: -0.364, sameArticle: -0.134,
    sameSentence: 0.503, denominatorDiffer: 0, year: 0.718, money: 0.023, share: -0.606, small: -0.213,
    contextValuesDiffer: -0.557, verbValuesDiffer: 0.382, near: 0.58, counterpart: 0.582,
    attachedNamesDiffer: -0.049, scopeDiffer: -1.481,
  },
  threshold: -1,
  disagree: {
    bias: -1.28, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.285, nounSim: 0.701,
    nounBoth: -0.713, verbSim: -0.625, verbBoth: 0.242, context: 0.296, namesShared: 0.628,
    namesDisjoint: 0.648, timeDisjoint: -0.086, frameDiffer: -0.001, changeDiffer: -0.486, sameArticle: -1.149,
    sameSentence: 0, denominatorDiffer: 0, year: -0.973, money: -0.765, share: -0.543, small: 0.189,
    contextValuesDiffer: 0, verbValuesDiffer: 0, near: 0.857, counterpart: 1.684, attachedNamesDiffer: -0.226,
    scopeDiffer: -0.83,
  },
};
