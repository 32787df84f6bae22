// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.495, valueEqualPrecise: 0.774, valueEqual: 2.163, overlap: -0.017, logRatio: -2.453,
    nounSim: 1.031, nounBoth: -0.679, verbSim: 0.888, verbBoth: 0.616, context: 0.049, namesShared: 0.078,
    namesDisjoint: 0.511, timeDisjoint: -0.374, frameDiffer: -0.074, changeDiffer: -0.376, sameArticle: -0.318,
    sameSentence: 0.509, denominatorDiffer: 0, year: 0.731, money: -0.064, share: -0.939, small: -0.124,
    contextValuesDiffer: -0.79, verbValuesDiffer: 0.437, near: 0.747, counterpart: 0, attachedNamesDiffer: 0,
  },
  threshold: -0.5,
  disagree: {
    bias: -1.346, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.283, nounSim: 0.755,
    nounBoth: -0.663, verbSim: -0.544, verbBoth: 0.255, context: 0.73, namesShared: 0.63, namesDisjoint: 0.675,
    timeDisjoint: -0.084, frameDiffer: -0.002, changeDiffer: -0.552, sameArticle: -1.267, sameSentence: 0,
    denominatorDiffer: 0, year: -0.824, money: -0.832, share: -0.9, small: 0.29, contextValuesDiffer: 0,
    verbValuesDiffer: 0, near: 1.09, counterpart: 0, attachedNamesDiffer: 0,
  },
};
