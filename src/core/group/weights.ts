// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -1.194, valueEqualPrecise: 0.587, valueEqual: 2.315, overlap: 1.38, logRatio: -3.043, nounSim: 1.591,
    nounBoth: -1.09, verbSim: 0.509, verbBoth: 0.387, context: 0.988, namesShared: 0.398, namesDisjoint: 0.518,
    timeDisjoint: -0.257, frameDiffer: -0.054, changeDiffer: -0.503, sameArticle: -0.93, sameSentence: 0.543,
    denominatorDiffer: 0, year: -0.803, money: -0.512, share: -1.21, small: -0.118, contextValuesDiffer: 0.317,
    verbValuesDiffer: -0.126,
  },
  threshold: -0.5,
  identity: {
    bias: -1.652, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: 0, nounSim: 2.312,
    nounBoth: -1.364, verbSim: 0.114, verbBoth: 0.404, context: 2.778, namesShared: 0.682, namesDisjoint: 0.025,
    timeDisjoint: -0.65, frameDiffer: -0.197, changeDiffer: -1.646, sameArticle: -1.148, sameSentence: 0.588,
    denominatorDiffer: 0, year: 0.524, money: -1.193, share: -0.679, small: -0.472, contextValuesDiffer: 0,
    verbValuesDiffer: 0,
  },
  disagreeThreshold: 99,
};
