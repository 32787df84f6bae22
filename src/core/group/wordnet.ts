// Head nouns and role verbs compared through WordNet: synonyms share a synset, broader terms share an ancestor.
// The table (wordnet-data.ts) is distilled from WordNet 3.1 by scripts/build-wordnet.mjs and decoded once, lazily.
import { NOUN_LEMMAS, NOUN_PARENTS, VERB_LEMMAS, VERB_PARENTS } from './wordnet-data.js';
import { IRREGULAR_VERBS } from './verb-forms.js';

interface Table { senses: Map<string, number[]>; parent: Int32Array; depth: Int32Array }

function decode(lemmas: string, parents: string): Table {
  const p = parents.split(',');
  const parent = new Int32Array(p.length);
  p.forEach((x, i) => { parent[i] = x === '' ? -1 : parseInt(x, 36); });
  // Parents always come before their children in the table, so depth is one pass.
  const depth = new Int32Array(p.length);
  for (let i = 0; i < parent.length; i++) depth[i] = parent[i]! < 0 ? 1 : depth[parent[i]!]! + 1;
  const senses = new Map<string, number[]>();
  let prev = '';
  for (const entry of lemmas.split(' ')) {
    const colon = entry.indexOf(':');
    const word = prev.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1, colon);
    senses.set(word, entry.slice(colon + 1).split(',').map((x) => parseInt(x, 36)));
    prev = word;
  }
  return { senses, parent, depth };
}

let nouns: Table | null = null, verbs: Table | null = null;
const nounTable = () => (nouns ??= decode(NOUN_LEMMAS, NOUN_PARENTS));
const verbTable = () => (verbs ??= decode(VERB_LEMMAS, VERB_PARENTS));

/** WordNet's "morphy" detachment rules, tried in order; the first form in the table wins. */
const NOUN_RULES: [string, string][] = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']];
const VERB_RULES: [string, string][] = [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
/**
 * Inflected forms back to their lemma: the irregular verbs' past forms (verb-forms.ts), and regular forms that
 * morphy's rules would read wrongly or late ("dying" -> "dye" by the -ing/-e rule).
 */
const IRREGULAR: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  raised: 'raise', died: 'die', dying: 'die', killed: 'kill', earned: 'earn', owed: 'owe',
});
for (const [lemma, forms] of Object.entries(IRREGULAR_VERBS)) for (const f of forms) if (f !== lemma) IRREGULAR[f] = lemma;

function base(word: string, t: Table, rules: [string, string][], irregular: Record<string, string> | null): string | null {
  const w = word.toLowerCase();
  if (irregular?.[w]) return irregular[w]!;
  if (t.senses.has(w)) return w;
  for (const [suffix, repl] of rules)
    if (w.endsWith(suffix) && w.length > suffix.length + 1) {
      const b = w.slice(0, -suffix.length) + repl;
      if (t.senses.has(b)) return b;
    }
  // Doubled final consonant: "stopped" → "stop".
  const m = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(w);
  if (m && t.senses.has(m[1]!)) return m[1]!;
  return null;
}

/** A word's senses as ancestor chains (leaf first), ready for pairwise comparison. */
export interface Concept { lemma: string; chains: Int32Array[] }

/**
 * One Concept per lemma, built on first use and shared by every mention that names it (a concept is never changed
 * after it is built). The caches hold at most one entry per WordNet lemma, so they are bounded by the table.
 */
const nounConcepts = new Map<string, Concept>(), verbConcepts = new Map<string, Concept>();

function concept(word: string | null | undefined, t: Table, rules: [string, string][], irregular: Record<string, string> | null, cache: Map<string, Concept>): Concept | null {
  if (!word) return null;
  const lemma = base(word.trim(), t, rules, irregular);
  // An irregular form's lemma may be missing from the table (a past form of a phrasal or rare verb).
  if (!lemma || !t.senses.has(lemma)) return null;
  let c = cache.get(lemma);
  if (!c) {
    const chains = t.senses.get(lemma)!.map((s) => {
      const chain: number[] = [];
      for (let x = s; x >= 0; x = t.parent[x]!) chain.push(x);
      return Int32Array.from(chain);
    });
    cache.set(lemma, (c = { lemma, chains }));
  }
  return c;
}

export const nounConcept = (w: string | null | undefined) => concept(w, nounTable(), NOUN_RULES, null, nounConcepts);
export const verbConcept = (w: string | null | undefined) => concept(w, verbTable(), VERB_RULES, IRREGULAR, verbConcepts);
/** Lemma of a noun or verb when WordNet knows it. */
export const isNoun = (w: string) => base(w, nounTable(), NOUN_RULES, null) !== null;
export const isVerb = (w: string) => base(w, verbTable(), VERB_RULES, IRREGULAR) !== null;

/** The senses "need" and "require" share (WordNet: need/require/want, necessitate/require/take/call for ...). */
let requireSenses: Set<number> | null = null;

/**
 * Whether a verb's most frequent sense is one of necessity ("need", "require", "necessitate"): the count it makes is a
 * threshold a thing must reach ("the bill needs 60 votes"), not a count of what happened. Only the first sense, so
 * "take", "want", "demand" and "involve", whose everyday sense is another, are not read as requirements.
 */
export function isRequirement(c: Concept | null): boolean {
  return !!c && necessity().has(c.chains[0]![0]!);
}

function necessity(): Set<number> {
  if (!requireSenses) {
    const t = verbTable(), req = t.senses.get('require') ?? [];
    requireSenses = new Set((t.senses.get('need') ?? []).filter((s) => req.includes(s)));
  }
  return requireSenses;
}

/**
 * Stems of the verbs whose first sense isRequirement ("need", "require", "necessitate": the table's whole list), a
 * final "e" off: every inflected form of them starts with one ("needed", "requiring"). A word that starts with none is
 * not looked up, so reading the words around every number costs a prefix test, not a WordNet lookup per word.
 */
let requireStems: string[] | null = null;

/** Whether `word` (lower case) starts like a form of a verb of necessity: the cheap test before isRequirementWord. */
export function mayBeRequirementWord(word: string): boolean {
  if (!requireStems) {
    const t = verbTable();
    requireStems = [];
    for (const [lemma, senses] of t.senses) if (necessity().has(senses[0]!)) requireStems.push(lemma.replace(/e$/, ''));
  }
  return requireStems.some((s) => word.startsWith(s));
}

/** Whether `word` (lower case) is a form of a verb of necessity (isRequirement of its concept). */
export function isRequirementWord(word: string): boolean {
  return mayBeRequirementWord(word) && isRequirement(verbConcept(word));
}

/**
 * Wu-Palmer similarity, the best over the two words' senses: 2·depth(deepest shared ancestor) / (depth a + depth b).
 * 1 for synonyms (one synset), near 1 for a word and its broader term, low when they meet only near the root.
 */
export function similarity(a: Concept | null, b: Concept | null): number {
  if (!a || !b) return 0;
  if (a.lemma === b.lemma) return 1;
  let best = 0;
  for (const ca of a.chains)
    for (const cb of b.chains) {
      // Chains run leaf → root, so the shared ancestor sits at the same distance from the root in both.
      let i = ca.length - 1, j = cb.length - 1, shared = 0;
      while (i >= 0 && j >= 0 && ca[i] === cb[j]) { shared++; i--; j--; }
      const s = (2 * shared) / (ca.length + cb.length);
      if (s > best) best = s;
    }
  return best;
}
