// Subject co-reference, tuned for precision: a subject only SPLITS two mentions when both name something
// specific and nothing links the names. Generic heads ("the mission", "the operation") link to anything;
// acronyms link to long forms by initials or by a "Long Form (ACRONYM)" definition seen in the texts.

const GENERIC = new Set(('mission operation operations force forces it they them group organisation organization ' +
  'country nation government regime council body agency un u.n. united nations peacekeeping international military ' +
  'multidimensional integrated stabilization stabilisation the its their this that these those blue helmets contingent ' +
  'official officials authorities state states').split(' '));

const STOP = new Set('the a an of in for and on to its their'.split(' '));

export function subjectTokens(subject: string | null): string[] {
  if (!subject) return [];
  return subject.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}.]+/u)
    .map((t) => t.replace(/\./g, '')).filter((t) => t && !STOP.has(t));
}

function specific(tokens: string[]): string[] {
  return tokens.filter((t) => !GENERIC.has(t));
}

function initials(tokens: string[]): string {
  return tokens.map((t) => t[0]).join('');
}

/** Aliases from "Long Form (ACR)" and "ACR (Long Form)" in article texts: acronym → specific tokens of the long form. */
export function harvestAliases(texts: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const re = /((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|in|for|the|and|on)\s+)*){2,12})\(([\p{Lu}][\p{L}.]{1,11})\)/gu;
  for (const text of texts)
    for (const m of text.matchAll(re)) {
      const acr = m[2]!.toLowerCase().replace(/\./g, '');
      const set = out.get(acr) ?? new Set<string>();
      for (const t of specific(subjectTokens(m[1]!))) set.add(t);
      out.set(acr, set);
    }
  return out;
}

/**
 * Is the subject specific enough to keep two mentions apart? A lone capitalised word ("Varenna", "Dutch") is often a
 * place or an adjective picked up near the number rather than the owner of the count, so it never splits;
 * a multi-word name, an acronym or a common noun ("stadium") does.
 */
function confident(subject: string, spec: string[]): boolean {
  if (spec.length >= 2) return true;
  const raw = subject.split(/[^\p{L}\p{N}.]+/u).find((w) => w && w.toLowerCase().replace(/\./g, '') === spec[0]) ?? '';
  if (/^[\p{Lu}.]{2,}$/u.test(raw.replace(/\./g, '')) && raw.replace(/\./g, '').length >= 2 && raw === raw.toUpperCase()) return true;
  return /^\p{Ll}/u.test(raw);
}

/** A subject prepared once per mention, so pair checks do no string work. */
export interface SubjectKey { all: string[]; spec: string[]; confident: boolean }

export function subjectKey(subject: string | null): SubjectKey {
  const all = subjectTokens(subject), spec = specific(all);
  return { all, spec, confident: spec.length > 0 && confident(subject!, spec) };
}

export function keysCompatible(ka: SubjectKey, kb: SubjectKey, aliases: Map<string, Set<string>>): boolean {
  const sa = ka.spec, sb = kb.spec;
  if (!ka.confident || !kb.confident) return true;
  if (sa.some((t) => sb.includes(t))) return true;
  const linked = (acr: string[], long: string[], longAll: string[]) =>
    acr.some((x) => x.length >= 2 && (x === initials(longAll) || [...(aliases.get(x) ?? [])].some((t) => long.includes(t))));
  return linked(sa, sb, kb.all) || linked(sb, sa, ka.all);
}

export function subjectsCompatible(a: string | null, b: string | null, aliases: Map<string, Set<string>>): boolean {
  return keysCompatible(subjectKey(a), subjectKey(b), aliases);
}

/** A short display name for labels: the most frequent confident subject, else the most frequent specific one. */
export function displaySubject(subjects: (string | null)[]): string | null {
  const counts = new Map<string, [number, number]>();
  for (const s of subjects) {
    const key = subjectKey(s);
    if (!s || key.spec.length === 0) continue;
    const k = s.trim().replace(/^the\s+/i, '');
    const c = counts.get(k) ?? [key.confident ? 1 : 0, 0];
    c[1]++;
    counts.set(k, c);
  }
  let best: string | null = null, score: [number, number] = [-1, -1];
  for (const [k, c] of counts)
    if (c[0] > score[0] || (c[0] === score[0] && (c[1] > score[1] || (c[1] === score[1] && best !== null && k < best)))) { best = k; score = c; }
  return best;
}
