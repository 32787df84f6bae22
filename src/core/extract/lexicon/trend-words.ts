import type { Trend } from '../../model/mention.js';

/** Change verbs and nouns. A number after a verb ("rose 7 percent", "fell by $2bn") or before a noun ("a 5% rise") is a change. */
import { dict } from './dict.js';
export const TREND_VERBS: Record<string, Trend> = dict({});
const UP = ('rise rises rose risen rising increase increased increases increasing grow grew grown grows growing ' +
  'surge surged surges surging climb climbed climbs climbing jump jumped jumps jumping gain gained gains gaining ' +
  'soar soared soaring soars rocket rocketed add added adding boost boosted raise raised raising up higher ' +
  'advance advanced advances advancing rally rallied expand expanded expanding spike spiked swell swelled hike hiked ' +
  'advancing climbing jumping soaring surging gaining rising growing increment doubled tripled widen widened improve improved improving recover recovered upward upwards').split(' ');
const DOWN = ('fall falls fell fallen falling drop dropped drops dropping decline declined declines declining ' +
  'decrease decreased decreases decreasing cut cuts cutting reduce reduced reducing reduces slump slumped slide slid ' +
  'sliding plunge plunged plunging tumble tumbled sink sank sunk shrink shrank shrunk shrinking lose lost loses ' +
  'losing down lower dip dipped slip slipped slipping ease eased easing retreat retreated slash slashed tumbling ' +
  'plummeting plunging slumping tumbling dipping sliding sinking shedding shed sheds lowered trimmed trim plummet plummeted contract contracted narrowed narrow halved weaken weakened downward downwards').split(' ');
for (const w of UP) TREND_VERBS[w] = 'up';
for (const w of DOWN) TREND_VERBS[w] = 'down';

/** Nouns after the number: "a 5% rise", "a $2bn cut". */
export const TREND_NOUNS: Record<string, Trend> = dict({
  rise: 'up', increase: 'up', gain: 'up', jump: 'up', hike: 'up', surge: 'up', growth: 'up', boost: 'up',
  climb: 'up', uptick: 'up', spike: 'up', rally: 'up', improvement: 'up', expansion: 'up',
  fall: 'down', drop: 'down', decline: 'down', decrease: 'down', cut: 'down', reduction: 'down', loss: 'down',
  slump: 'down', dip: 'down', plunge: 'down', contraction: 'down', slide: 'down', downturn: 'down',
});
