// Which way a sum of money moves for whoever the sentence is about: received (`in`: earned, was paid, sold for,
// income, fees), given out (`out`: paid, spent, donated, taxes, contributions) or held (`stock`: net worth, assets).
// Two sums that move in opposite ways are two things even when their values are close ("earned $12.4 million" and
// "gave nearly $13 million to charity" in one article). English word classes only; nothing here knows a story.
import type { Token } from './context.js';

export type Direction = 'in' | 'out' | 'stock';

const classes = (spec: Record<Direction, string>) => {
  const m = new Map<string, Direction>();
  for (const d of Object.keys(spec) as Direction[]) for (const w of spec[d].split(/\s+/)) if (w) m.set(w, d);
  return m;
};

/** Nouns that say what the sum is: the clearest reading, so they win over the verb ("made $2 million in donations"). */
const NOUNS = classes({
  in: 'income incomes earnings revenue revenues fee fees salary salaries wage wages royalty royalties profit profits ' +
    'proceeds compensation winnings honorarium honoraria paycheck paychecks',
  out: 'tax taxes contribution contributions donation donations gift gifts charity charities spending expense expenses ' +
    'cost costs fine fines penalty penalties payment payments purchase purchases',
  stock: 'worth wealth asset assets fortune fortunes savings holdings',
});

/** Verb forms, for a sum with no such noun. A payment verb in the passive ("was paid $9 million") is received. */
const VERBS = classes({
  in: 'earn earns earned earning receive receives received receiving collect collects collected collecting win wins won ' +
    'winning grossed netted sell sells sold selling raise raises raised raising inherit inherited',
  out: 'pay pays paid paying spend spends spent spending give gives gave given giving donate donates donated donating ' +
    'contribute contributes contributed contributing buy buys bought buying purchase purchased purchasing invest ' +
    'invested investing lend lent owe owed owes pledge pledged charged reserve reserved reserving',
  stock: '',
});
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'got', 'gets', 'getting']);
const OBJECTS = new Set(['her', 'him', 'them', 'me', 'us', 'you']);
/** Sold for: the seller receives the sum ("sold the car for $9,000"). */
const SELL = new Set(['sell', 'sells', 'sold', 'selling']);

const stopsAt = (sentence: string, from: number, to: number) => /[,;:.()"“”\u2013\u2014]/.test(sentence.slice(from, to));

/**
 * The direction of the sum at [at, at + len) in `sentence`: the last class noun within four words after the number
 * (through "in", "of", "to" and adjectives) or one within three before it ("net worth of"), else the nearest class verb within six words
 * before it or right after it ("$7,000 paid to"), without crossing punctuation.
 */
export function directionOf(sentence: string, at: number, len: number, before: Token[], after: Token[]): Direction | null {
  // The head is the phrase's last class noun ("in federal income taxes" → taxes); a verb or a number ends the phrase.
  let prev = at + len, head: Direction | null = null;
  for (let i = 0; i < after.length && i < 4; i++) {
    const t = after[i]!;
    if (stopsAt(sentence, prev, t.pos) || VERBS.has(t.lower) || /^\d/.test(t.w)) break;
    prev = t.pos + t.w.length;
    // "$900 worth of tools" is a purchase's value, not wealth held.
    if (!t.cap && !(t.lower === 'worth' && after[i + 1]?.lower === 'of')) head = NOUNS.get(t.lower) ?? head;
  }
  if (head) return head;
  let next = at;
  for (let i = before.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const t = before[i]!;
    if (stopsAt(sentence, t.pos + t.w.length, next)) break;
    next = t.pos;
    const d = t.cap ? undefined : NOUNS.get(t.lower);
    if (d) return d;
  }
  next = at;
  for (let i = before.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = before[i]!;
    if (stopsAt(sentence, t.pos + t.w.length, next)) break;
    next = t.pos;
    const d = VERBS.get(t.lower);
    if (!d) continue;
    // "paid her $5,000": received by the object, given by the subject; whose sum it is the words do not say.
    if (OBJECTS.has(before[i + 1]?.lower ?? '')) return null;
    if (d === 'out' && i > 0 && PASSIVE.has(before[i - 1]!.lower)) return 'in';
    if (SELL.has(t.lower)) return 'in';
    return d;
  }
  const t = after[0];
  if (t && !stopsAt(sentence, at + len, t.pos)) {
    const d = VERBS.get(t.lower);
    if (d) return d;
  }
  return null;
}
