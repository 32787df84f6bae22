// A small general lexicon: which counted nouns and which events describe the same kind of quantity.
// Classes are deliberately coarse (troop ⊂ personnel, soldier ~ troop); the finer noun is kept on the
// mention so the verdict can still say "mentions count personnel vs troop".

const MEASURE_CLASSES: Record<string, string[]> = {
  personnel: ['troop', 'soldier', 'personnel', 'peacekeeper', 'police', 'policeman', 'staff', 'strength', 'strong',
    'serviceman', 'servicemember', 'helmet', 'marine', 'sailor', 'guard', 'force', 'member of staff', 'employee', 'worker'],
  people: ['person', 'people', 'individual', 'civilian', 'life', 'victim', 'resident', 'inhabitant', 'citizen', 'adult', 'child', 'man', 'woman'],
  combatant: ['fighter', 'militant', 'rebel', 'insurgent', 'mercenary', 'jihadist', 'gunman', 'combatant'],
  cost: ['budget', 'cost', 'spending', 'funding', 'expenditure', 'expense', 'price', 'fund'],
  agreement: ['accord', 'agreement', 'treaty', 'deal', 'pact', 'ceasefire', 'truce'],
  vote: ['vote', 'ballot', 'tally'],
  casualty: ['casualty', 'fatality', 'death', 'dead', 'toll'],
  injured: ['injury', 'wounded', 'injured'],
};

const EVENT_CLASSES: Record<string, string[]> = {
  death: ['die', 'dead', 'death', 'kill', 'killed', 'fatality', 'lose', 'loss', 'lost', 'perish', 'slay', 'toll', 'casualty'],
  injury: ['wound', 'wounded', 'injure', 'injured', 'injury', 'hurt'],
  start: ['begin', 'start', 'create', 'creation', 'establish', 'establishment', 'found', 'founding', 'launch',
    'deploy', 'deployment', 'set up', 'inception', 'inaugurate', 'form', 'formation', 'open'],
  end: ['end', 'expire', 'terminate', 'termination', 'close', 'dissolve', 'conclude'],
  coup: ['coup', 'putsch', 'overthrow', 'topple', 'oust', 'seize', 'takeover', 'junta'],
  vote: ['vote', 'ballot', 'adopt', 'elect'],
  cost: ['cost', 'budget', 'spend', 'spending', 'fund', 'funding', 'pay', 'price'],
  agreement: ['sign', 'accord', 'agreement', 'treaty', 'pact', 'ceasefire'],
};

function invert(m: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [cls, words] of Object.entries(m)) for (const w of words) out.set(w, cls);
  return out;
}
const MEASURE = invert(MEASURE_CLASSES);
const EVENT = invert(EVENT_CLASSES);

/** Crude singular/lemma for lookups when the extractor left an inflected form. */
export function lemma(word: string | null | undefined): string | null {
  if (!word) return null;
  let w = word.toLowerCase().trim().replace(/^(?:the|a|an)\s+/, '');
  if (!w) return null;
  if (MEASURE.has(w) || EVENT.has(w)) return w;
  if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (/(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function measureClass(measure: string | null): string | null {
  const l = lemma(measure);
  if (!l) return null;
  return MEASURE.get(l) ?? MEASURE.get(l.split(/\s+/).pop() ?? '') ?? `=${l}`;
}

export function eventClass(event: string | null): string | null {
  const l = lemma(event);
  if (!l) return null;
  if (EVENT.has(l)) return EVENT.get(l)!;
  const base = l.replace(/(?:ed|ing)$/, '');
  return EVENT.get(base) ?? EVENT.get(base + 'e') ?? null;
}

/** Removing a government, or taking power, is a coup whatever verb the sentence uses ("take back control" is not). */
export function isPowerSeizure(event: string | null, sentence: string): boolean {
  const l = lemma(event) ?? '';
  if (/^(?:remov|overthr|depos|topp|oust)/.test(l)) return /\b(?:government|president|regime|prime minister|leader)\b/i.test(sentence);
  if (/^(?:take|took|seiz|grab)/.test(l)) return /\b(?:took|take|takes|taking|seized?|seizing|grabbed|grab)\s+power\b/i.test(sentence);
  return false;
}

/** Events that define a count: two counts with different defining events are different quantities. */
export const DEFINING_FOR_COUNTS = new Set(['death', 'injury', 'vote', 'cost']);
/** Events that make a year worth comparing across sources ("year of the coup", "year it began"). */
export const DEFINING_FOR_YEARS = new Set(['coup', 'start', 'end', 'agreement']);
