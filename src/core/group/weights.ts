// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.522, valueEqualPrecise: 0.764, valueEqual: 2.119, overlap: -0.019, logRatio: -2.383,
    nounSim: 1.133, nounBoth: -0.764, verbSim: 0.885, verbBoth: 0.495, context: 0.062, namesShared: 0.085,
    namesDisjoint: 0.617, timeDisjoint: -0.398, frameDiffer: -0.064, changeDiffer: -0.337, sameArticle: -0.262,
    sameSentence: 0.561, denominatorDiffer: 0, year: 0.751, money: 0.039, share: -0.895, small: -0.167,
    contextValuesDiffer: -0.677, verbValuesDiffer: 0.466, near: 0.612, counterpart: 0.656,
    attachedNamesDiffer: -0.002,
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
