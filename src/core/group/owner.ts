// Whose figure it is, when the sentence says so plainly: a name's possessive before the figure in its clause ("Vail's
// effective rate of 31 percent"), a possessive pronoun with exactly one name before it in the sentence ("Mr. Toft said
// his average rate was 30 percent"), or a name opening the sentence or the clause before its verb ("Toft paid 31
// percent", "Last year, the Vails paid"). Two figures of two different owners are two quantities. The owner is a
// surname-like key: the last word of the name, lower case, without a possessive or a family plural ("the Vails'" →
// vail). The extractor's `subject` is not used: it also reads "of X" and institutions, and with it the owner split
// true pairs (decision 0069).
import type { Token } from './context.js';
import { IRREGULAR_VERBS } from './verb-forms.js';

const PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Capitalised words that open sentences or name no one. */
const NOT_OWNERS = new Set(('the a an and or but in on at to for of by with from as this that these those it its he she ' +
  'they we you i his her their our mr mrs ms dr sir if when while after before since during however so also there here ' +
  'what who how why where according last this next among besides despite under over jr sr new ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
  'september october november december').split(' '));

const key = (word: string) => {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
};

/**
 * The one name before index `end` of `toks` (the last word of each run of capitalised words), or null when there is
 * none or more than one: "Mr. Toft said his" is Toft's, "Vail's aide said Toft paid his" is anyone's.
 */
function nameBefore(toks: Token[], end: number): string | null {
  let found: string | null = null;
  for (let i = end; i >= 0; i--) {
    const t = toks[i]!;
    if (!t.cap || NOT_OWNERS.has(t.lower) || toks[i + 1]?.cap) continue;
    const k = key(t.w);
    if (found && found !== k) return null;
    found = k;
  }
  return found;
}

/** A finite verb right after a name: past forms, and the auxiliaries and reporting verbs of news copy. */
const isVerb = (t: Token) => /ed$/.test(t.lower) || PAST.has(t.lower) || AUXILIARIES.has(t.lower);
const AUXILIARIES = new Set('has had have was were is are will would said says told paid spent gave won lost sold bought made got took'.split(' '));
const PAST = new Set(Object.values(IRREGULAR_VERBS).flat());

/**
 * The owner of the figure, or null. `before`: the sentence's tokens before the figure (context.ts); `rawBefore`: the
 * sentence text before it, for possessives ("Vail's"; tokens drop the "'s"); `text`: the article, to tell a name from
 * a capitalised word that opens a sentence.
 */
export function ownerOf(before: Token[], rawBefore: string, text: string): string | null {
  // The figure's own clause: back to the last comma, semicolon or colon that is not the label's ("rate: 30 percent").
  const cut = Math.max(rawBefore.search(/[;,][^;,]*$/), 0);
  const clause = before.filter((t) => t.pos >= cut);
  for (let i = clause.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const t = clause[i]!;
    // A possessive that opens a longer name ("the Harbour's Fund for Art") names the fund, not an owner.
    if (t.cap && /['’]s?$/.test(rawBefore.slice(t.pos, t.pos + t.w.length + 2).replace(/\s.*$/, '')) && !NOT_OWNERS.has(t.lower) &&
      !clause[i + 1]?.cap) return key(t.w);
    if (PRONOUNS.has(t.lower)) {
      const k = before.indexOf(t);
      return k > 0 ? nameBefore(before, k - 1) : null;
    }
  }
  // A name opening the sentence or the clause (after "the") before a finite verb ("Toft paid", "Ana and Oren Vail
  // earned", "Last year, the Vails paid"): a capitalised word there is a name only if the article also writes it
  // capitalised inside a sentence.
  let k = clause.length && clause[0]!.pos > 0 ? before.indexOf(clause[0]!) : 0;
  if (before[k]?.lower === 'the' && before[k + 1]?.cap) k++;
  const start = k;
  while (before[k] && (before[k]!.cap || (before[k]!.lower === 'and' && before[k + 1]?.cap))) k++;
  const last = before[k - 1], verb = before[k];
  if (!last || k === start || (start === 0 && before[0]!.pos !== 0) || !verb || !isVerb(verb) || NOT_OWNERS.has(last.lower) || /(?:ed|ing)$/.test(before[start]!.lower)) return null;
  return new RegExp(`(?:[\\p{Ll},;:]|\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.) ${last.w}\\b`, 'u').test(text) ? key(last.w) : null;
}
