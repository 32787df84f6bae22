// Whether two articles can be about the same event, from the names they use. A workspace may hold articles about
// several events; without this, "began in 2016" in a story about a school and "started in 2018" in one about a
// stadium would meet as one contested "year of start". Articles about one event share their names (places, people,
// organisations) many times over; unrelated ones share at most a few ubiquitous ones ("New York", "Reuters").

/** Capitalised words that are not names, or are names too common to tell stories apart. */
const NOT_NAMES = new Set((
  'the a an and or but in on at to for of by with from as this that these those it its he she they we you i his her ' +
  'their our mr mrs ms dr sir monday tuesday wednesday thursday friday saturday sunday january february march april ' +
  'may june july august september october november december if when while after before since during however so also ' +
  'there here what who how why where according said says one two three four five six seven eight nine ten'
).split(' '));

/** How many of an article's most frequent names are compared. */
const TOP_NAMES = 25;
/** Below this many names an article says too little to be told apart: it is related to everything. */
const MIN_NAMES = 3;

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The article's most frequent names: capitalised words that do not start a sentence (so "The", "But" and a
 * sentence's first word are not counted), lower-cased, without the common words above.
 */
export function articleNames(text: string): Set<string> {
  const counts = new Map<string, number>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) { i++; continue; }
    const s = i;
    while (i < n && (isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i++;
    if (!isUpperCode(c) || i - s < 3) continue;
    let k = s - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    const before = k < 0 ? '\n' : text[k]!;
    if ('.!?\n"“‘(:'.includes(before)) continue; // a sentence or quote opens here: capital by position, not a name
    const w = text.slice(s, i).replace(/['’]s$/, '').toLowerCase();
    if (NOT_NAMES.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return new Set([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_NAMES).map(([w]) => w));
}

/**
 * Related unless both articles name enough things and share almost none of them. Related when they share four names,
 * or two that make up a fifth of the smaller set, or when each article's leading name (one of its two most frequent,
 * the story's protagonist) appears in the other and they share at least two. Deliberately lenient: it only keeps
 * clearly separate stories apart. The sets are in frequency order (articleNames).
 */
export function namesRelated(a: Set<string>, b: Set<string>): boolean {
  if (a.size < MIN_NAMES || b.size < MIN_NAMES) return true;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  if (shared >= 4 || (shared >= 2 && shared / Math.min(a.size, b.size) >= 0.2)) return true;
  const leads = (x: Set<string>, y: Set<string>) => [...x].slice(0, 2).some((w) => y.has(w));
  return shared >= 2 && leads(a, b) && leads(b, a);
}

/** An article's names as integer ids (see storyKey): ascending, and its two leading names in frequency order. */
export interface StoryKey { ids: Int32Array; lead: Int32Array }

/** namesRelated's input as numbers, so a check over many pairs allocates nothing (decision 0033). */
export function storyKey(names: Set<string>, intern: Map<string, number>): StoryKey {
  const ids = Int32Array.from(names, (w) => { let id = intern.get(w); if (id === undefined) intern.set(w, (id = intern.size)); return id; });
  const lead = ids.slice(0, 2);
  return { ids: ids.sort(), lead };
}

function holds(ids: Int32Array, x: number): boolean {
  let lo = 0, hi = ids.length - 1;
  while (lo <= hi) { const mid = (lo + hi) >> 1, v = ids[mid]!; if (v === x) return true; if (v < x) lo = mid + 1; else hi = mid - 1; }
  return false;
}

/** namesRelated on two story keys (same answer for the same name sets, interned through one map). */
export function keysRelated(a: StoryKey, b: StoryKey): boolean {
  const na = a.ids.length, nb = b.ids.length;
  if (na < MIN_NAMES || nb < MIN_NAMES) return true;
  let shared = 0;
  for (let i = 0, j = 0; i < na && j < nb;) {
    const x = a.ids[i]!, y = b.ids[j]!;
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  if (shared >= 4 || (shared >= 2 && shared / Math.min(na, nb) >= 0.2)) return true;
  return shared >= 2 && leads(a, b) && leads(b, a);
}

/** One of x's two leading names is among y's. */
function leads(x: StoryKey, y: StoryKey): boolean {
  return holds(y.ids, x.lead[0]!) || (x.lead.length > 1 && holds(y.ids, x.lead[1]!));
}
