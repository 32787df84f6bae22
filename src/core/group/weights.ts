// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.512, valueEqualPrecise: 0.775, valueEqual: 2.167, overlap: -0.017, logRatio: -2.416,
    nounSim: 1.038, nounBoth: -0.675, verbSim: 0.895, verbBoth: 0.615, context: 0.051, namesShared: 0.088,
    namesDisjoint: 0.522, timeDisjoint: -0.381, frameDiffer: -0.075, changeDiffer: -0.383, sameArticle: -0.325,
    sameSentence: 0.511, denominatorDiffer: 0, year: 0.734, money: -0.047, share: -0.942, small: -0.124,
    contextValuesDiffer: -0.788, verbValuesDiffer: 0.447, near: 0.743,
  },
  threshold: -1,
  disagree: {
    bias: -1.347, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.281, nounSim: 0.758,
    nounBoth: -0.664, verbSim: -0.544, verbBoth: 0.255, context: 0.73, namesShared: 0.63, namesDisjoint: 0.675,
    timeDisjoint: -0.085, frameDiffer: -0.002, changeDiffer: -0.552, sameArticle: -1.266, sameSentence: 0,
    denominatorDiffer: 0, year: -0.824, money: -0.832, share: -0.9, small: 0.29, contextValuesDiffer: 0,
    verbValuesDiffer: 0, near: 1.089,
  },
};
