// Pair model weights. Written by eval/fit/fit-pairs.ts (logistic regression on the annotated events); do not edit by
// hand. The fit, its data and its leave-one-event-out figures are described in docs/grouping.md.
import type { PairModel } from './pair.js';

export const MODEL: PairModel = {
  weights: {
    bias: -0.162, valueEqualPrecise: 0.563, valueEqual: 1.949, overlap: -0.02, logRatio: -2.496, nounSim: 1.255,
    nounBoth: -0.576, verbSim: 0.712, verbBoth: 0.299, context: 0.148, namesShared: 0.176, namesDisjoint: 0.423,
    timeDisjoint: -0.401, frameDiffer: -0.016, changeDiffer: -0.358, sameArticle: -0.143, sameSentence: 0.465,
    denominatorDiffer: 0, year: 0.713, money: 0.015, share: -0.482, small: -0.251, contextValuesDiffer: -0.418,
    verbValuesDiffer: 0.293, near: 0.394, counterpart: 0.869, attachedNamesDiffer: 0.009, scopeDiffer: -1.75,
  },
  threshold: -1,
  disagree: {
    bias: -1.251, valueEqualPrecise: 0, valueEqual: 0, overlap: 0, logRatio: -2.298, nounSim: 0.774,
    nounBoth: -0.731, verbSim: -0.65, verbBoth: 0.216, context: 0.31, namesShared: 0.602, namesDisjoint: 0.582,
    timeDisjoint: -0.087, frameDiffer: -0.001, changeDiffer: -0.491, sameArticle: -0.948, sameSentence: 0,
    denominatorDiffer: 0, year: -0.985, money: -0.783, share: -0.436, small: 0.172, contextValuesDiffer: 0,
    verbValuesDiffer: 0, near: 0.999, counterpart: 1.633, attachedNamesDiffer: -0.213, scopeDiffer: -0.981,
  },
};
