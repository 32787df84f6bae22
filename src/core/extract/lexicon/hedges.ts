import type { Qualifier } from '../../model/mention.js';

/**
 * Hedge phrases before a number, as lowercase token sequences. Longest match wins (the refiner tries
 * longer phrases first). "over" after an extent verb ("extends over", "spread over") is a preposition,
 * not a hedge: see EXTENT_VERBS.
 */
export const HEDGES: [string[], Qualifier][] = [
  [['more', 'than'], 'over'], [['over'], 'over'], [['at', 'least'], 'over'], [['upwards', 'of'], 'over'],
  [['upward', 'of'], 'over'], [['in', 'excess', 'of'], 'over'], [['greater', 'than'], 'over'],
  [['well', 'over'], 'over'], [['just', 'over'], 'over'], [['higher', 'than'], 'over'], [['above'], 'over'],
  [['exceeding'], 'over'], [['no', 'fewer', 'than'], 'over'], [['no', 'less', 'than'], 'over'], [['over', 'than'], 'over'],
  [['a', 'minimum', 'of'], 'over'], [['beyond'], 'over'], [['plus'], 'over'],
  [['about'], 'about'], [['approximately'], 'about'], [['approx'], 'about'], [['around'], 'about'],
  [['some'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['roughly'], 'about'],
  [['circa'], 'about'], [['ca'], 'about'], [['nearly', 'about'], 'about'], [['in', 'the', 'region', 'of'], 'about'],
  [['on', 'the', 'order', 'of'], 'about'], [['an', 'approximate'], 'about'], [['some', 'estimated'], 'about'],
  [['give', 'or', 'take'], 'about'], [['~'], 'about'], [['sub', '-'], 'under'], [['sub'], 'under'], [['or', 'so'], 'about'],
  [['nearly'], 'under'], [['almost'], 'under'], [['up', 'to'], 'under'], [['fewer', 'than'], 'under'],
  [['less', 'than'], 'under'], [['close', 'to'], 'under'], [['just', 'under'], 'under'], [['under'], 'under'],
  [['below'], 'under'], [['just', 'shy', 'of'], 'under'], [['shy', 'of'], 'under'], [['at', 'most'], 'under'],
  [['no', 'more', 'than'], 'under'], [['not', 'more', 'than'], 'under'], [['a', 'maximum', 'of'], 'under'],
  [['as', 'many', 'as'], 'under'], [['as', 'much', 'as'], 'under'], [['as', 'high', 'as'], 'under'],
  [['just', 'below'], 'under'], [['lower', 'than'], 'under'], [['barely'], 'under'], [['short', 'of'], 'under'],
];
/** Hedges that follow the number: "9,000 or more", "500-plus". */
export const POST_HEDGES: [string[], Qualifier][] = [
  [['or', 'more'], 'over'], [['and', 'more'], 'over'], [['or', 'so'], 'about'], [['or', 'less'], 'under'],
  [['or', 'fewer'], 'under'], [['and', 'above'], 'over'], [['plus'], 'over'], [['odd'], 'about'],
];
/** Verbs after which "over"/"under"/"above" are spatial prepositions, not hedges. */
export const EXTENT_VERBS = new Set([
  'extends', 'extend', 'extending', 'extended', 'spans', 'span', 'spanning', 'spanned', 'stretches', 'stretch',
  'stretching', 'stretched', 'spread', 'spreads', 'spreading', 'covers', 'cover', 'covering', 'covered',
  'spilled', 'flew', 'flown', 'flying', 'fly', 'flies', 'hovered', 'hovering', 'held', 'fell', 'rose',
]);
