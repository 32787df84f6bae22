// How much time a figure covers, when its clause says: one year (`point`: "in 2012", "for 2012", "a 2012 rate", "last
// year") or several (`span`: "from 2005 through 2012", "between 2009 and 2012", "2005-2012", "since 2005"). A total or an
// average over many years and one year's figure are two quantities even when the same year is named in both.
// English time phrases only; nothing here knows a story.

export type Extent = 'point' | 'span';

const Y = String.raw`(?:1[89]\d\d|20\d\d)`;
/** Year ranges, "since" (up to now) among them; an optional month or season before either year. */
const SPANS = new RegExp(String.raw`\b(?:from|between)\s+(?:[A-Za-z]+\s+)?${Y}\s*(?:to|through|thru|until|till|and|-|–)\s*(?:[A-Za-z]+\s+)?${Y}\b` +
  String.raw`|\b${Y}\s*[-–]\s*(?:${Y}|\d\d)\b|\bsince\s+(?:[A-Za-z]+\s+)?${Y}\b`, 'gi');
const POINTS = new RegExp(String.raw`\b${Y}\b|\b(?:last|this|next|previous) (?:fiscal )?year\b`, 'gi');

/**
 * The extent of the time phrase nearest the figure at [at, at + len) in its clause: on the left back to a semicolon,
 * bracket or dash (a colon too, unless it links a label to the figure: "the 2012 rate: 30 percent"), on the right up
 * to a comma or those. Years inside a range are the range's. Null when the clause names no time.
 */
export function extentOf(sentence: string, at: number, len: number): Extent | null {
  let from = 0;
  for (const m of sentence.slice(0, at).matchAll(/[;()\u2013\u2014]|\s-\s|:(?!\s*(?:about|nearly|almost|roughly|over|some|just)?\s*$)/g)) from = m.index! + m[0].length;
  const rest = sentence.slice(at + len), stop = rest.search(/[,;:()\u2013\u2014]|\s-\s/);
  const left = sentence.slice(from, at), right = stop < 0 ? rest : rest.slice(0, stop);
  let best: Extent | null = null, bestDistance = Infinity;
  const scan = (text: string, distance: (index: number, length: number) => number) => {
    const masked = text.replace(SPANS, (s, ...args) => {
      const d = distance(args[args.length - 2] as number, s.length);
      if (d < bestDistance) { best = 'span'; bestDistance = d; }
      return ' '.repeat(s.length);
    });
    for (const m of masked.matchAll(POINTS)) {
      const d = distance(m.index!, m[0].length);
      if (d < bestDistance) { best = 'point'; bestDistance = d; }
    }
  };
  scan(left, (i, n) => left.length - (i + n));
  scan(right, (i) => i);
  return best;
}
