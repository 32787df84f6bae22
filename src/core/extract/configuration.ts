/**
 * The extractor is this ordered list (chrono style). At each token the parsers are tried in order and the first
 * draft wins, consuming its tokens; then the refiners run in order over all drafts.
 */
import { compoundParser } from './parsers/compound.js';
import { dateParser } from './parsers/date.js';
import { fractionParser } from './parsers/fraction.js';
import { ordinalParser } from './parsers/ordinal.js';
import { phoneParser } from './parsers/phone.js';
import { quantityParser } from './parsers/quantity.js';
import { rangeParser } from './parsers/range.js';
import { tallyParser } from './parsers/tally.js';
import { timeOfDayParser } from './parsers/time-of-day.js';
import { vagueParser } from './parsers/vague.js';
import { versionParser } from './parsers/version.js';
import { yearParser } from './parsers/year.js';
import { attributionRefiner } from './refiners/attribution.js';
import { changeRefiner } from './refiners/change.js';
import { coordinationRefiner } from './refiners/coordination.js';
import { ellipsisRefiner } from './refiners/ellipsis.js';
import { eventRefiner } from './refiners/event.js';
import { hedgeRefiner } from './refiners/hedge.js';
import { intervalRefiner } from './refiners/interval.js';
import { measureRefiner } from './refiners/measure.js';
import { negativeRefiner } from './refiners/negative.js';
import { subjectRefiner } from './refiners/subject.js';
import { timeFrameRefiner } from './refiners/time-frame.js';
import { trendRefiner } from './refiners/trend.js';
import type { Parser, Refiner } from './types.js';

export const PARSERS: Parser[] = [
  // Negative shapes first: they consume digit groups whose pieces would otherwise read as counts.
  phoneParser,
  timeOfDayParser,
  versionParser,
  // Dates before years and counts: "June 30, 2023" must not yield a count of 30 and a year.
  dateParser,
  // Tallies before ranges: "12-0 vote" is not a range (and a descending "N-M" never is).
  tallyParser,
  // Compounds before ranges/quantities: "10-year" and "9,000-strong" are one unit with their hyphen.
  compoundParser,
  // Ranges before single years and quantities, so "between 500 and 600" and "2014-2017" read as one.
  rangeParser,
  yearParser,
  fractionParser,
  ordinalParser,
  vagueParser,
  // The general case last.
  quantityParser,
];

export const REFINERS: Refiner[] = [
  // Drop marked negatives and label/identifier numbers before anything spends time on them.
  negativeRefiner,
  // Hedges extend the span backwards; trend must see the final span start to find its verb.
  hedgeRefiner,
  trendRefiner,
  // Change after trend: the amount of change has a trend; the levels before/after it get change from/to.
  changeRefiner,
  // "since 1998 and 2004", "rose 5% and 7%": the second of two coordinated figures shares the bound or the change.
  coordinationRefiner,
  // A plain number that shares the next figure's unit ("8 or $9", "280 million of the 1.5 billion shekels").
  ellipsisRefiner,
  // Rates ("a year") extend the span and change the unit before the interval is computed.
  timeFrameRefiner,
  intervalRefiner,
  measureRefiner,
  eventRefiner,
  subjectRefiner,
  // Attribution is per sentence and independent of the rest: last.
  attributionRefiner,
];
