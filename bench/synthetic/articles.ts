// Deterministic synthetic news articles: several outlets per invented event, statistics with hedges and
// disputes, page furniture (menus, share lines, captions, related links) and ~5% planted near-copies (wire copies,
// paraphrases, partial rewrites) recorded as ground truth (`copyOf`, `copyKind`, `plantedPairs`). Independent
// articles on one event share its names, figures and topic words but write their own sentences.
// Article i depends only on (seed, events, i's predecessors), so the first 1,000 of a 10,000 corpus are the 1,000 corpus.
import { int, mulberry32, pick, shuffle, type Rng } from '../lib/rng.js';
import { makeEvents, type SynthEvent } from './events.js';
import { report } from './quantities.js';
import { AGENCIES, ATTRIB_VERBS, cap, FILLER_SLOTS, FILLER_TEMPLATES, MONTHS, outletName, PARAPHRASE, personName, ROLES, SECTIONS, word } from './vocab.js';

export interface Furniture {
  menu: string;
  share: string[];
  captions: string[];
  related: string[];
  footer: string;
}

export interface SynthArticle {
  id: string;
  index: number;
  eventId: number;
  outlet: string;
  author: string;
  /** ISO date. */
  published: string;
  title: string;
  paragraphs: string[];
  furniture: Furniture;
  /** Index of the article this one copies or paraphrases, or null for an original. */
  copyOf: number | null;
  /** How the near-copy was made (null for an original). */
  copyKind: CopyKind | null;
}

/**
 * wire: the source verbatim, sometimes with an intro of the outlet's own or the end cropped; paraphrase: words
 * swapped for synonyms, a paragraph dropped or moved; partial: the first half or more of the source, lightly edited,
 * continued with paragraphs of the outlet's own.
 */
export type CopyKind = 'wire' | 'paraphrase' | 'partial';

export interface GenerateOptions {
  seed?: number;
  /** Number of distinct events; independent of n so corpora of different sizes share their events. */
  events?: number;
  nearCopyShare?: number;
  outlets?: number;
}

/** One filler sentence from the grammar in vocab.ts (slots may themselves hold {P}, {N}, {A}, {W}). */
function filler(r: Rng, place: string): string {
  let t = pick(r, FILLER_TEMPLATES);
  for (let k = 0; k < 3 && t.includes('{'); k++) {
    t = t.replace(/\{(\w+)\}/g, (m, slot: string) => {
      if (slot === 'P') return place;
      if (slot === 'N') return personName(r);
      if (slot === 'A') return pick(r, AGENCIES);
      if (slot === 'W') return cap(word(r));
      const xs = FILLER_SLOTS[slot];
      return xs ? pick(r, xs) : m;
    });
  }
  return cap(t);
}

function attribution(r: Rng): string {
  return r() < 0.5 ? `${pick(r, AGENCIES)} ${pick(r, ATTRIB_VERBS)}` : `${personName(r)}, ${pick(r, ROLES)} ${pick(r, AGENCIES)}, ${pick(r, ATTRIB_VERBS)}`;
}

/** Openers that vary how outlets introduce one figure (no numbers in them). */
const LEADS = ['', '', '', 'By the latest count, ', 'In an update, ', 'So far, ', 'Earlier in the day, ', 'According to preliminary figures, '];

function statSentence(r: Rng, ev: SynthEvent, s: SynthEvent['stats'][number]): string {
  const body = pick(r, s.def.templates).replaceAll('{P}', ev.place).replace('{Q}', report(r, s.def.kind, s.value));
  const u = r();
  if (u < 0.4) return `${cap(body)}, ${attribution(r)}.`;
  if (u < 0.8) return `${cap(attribution(r))} that ${body}.`;
  const lead = pick(r, LEADS);
  return lead ? `${lead}${body}.` : `${cap(body)}.`;
}

function furniture(r: Rng, outlet: string, ev: SynthEvent, events: SynthEvent[]): Furniture {
  const related = Array.from({ length: int(r, 2, 4) }, () => {
    const o = pick(r, events);
    return pick(r, o.headlines).replaceAll('{P}', o.place).replace('{Q}', String(o.stats[0]!.value));
  });
  return {
    menu: shuffle(r, SECTIONS).slice(0, int(r, 5, 8)).join(' | '),
    share: ['Share this', pick(r, ['Share on Facebook', 'Share on X', 'Email this article']), 'Copy link'],
    captions: Array.from({ length: int(r, 1, 2) }, () => `Photo: ${personName(r)}/${outlet}. Rescue workers in ${ev.place}.`),
    related,
    footer: `© ${ev.date[0]} ${outlet}. All rights reserved.`,
  };
}

/** Paragraphs of body text for `ev`: the lead, then each statistic once (a few twice), filler around them. */
function bodyParagraphs(r: Rng, ev: SynthEvent, lead: SynthEvent['stats'][number] | null, target: number): string[] {
  const stats = shuffle(r, ev.stats).filter((s) => s !== lead);
  for (const s of ev.stats) if (r() < 0.2) stats.push(s); // a figure restated later in the piece
  const [y, m, d] = ev.date;
  const paragraphs = lead ? [`${ev.place}, ${MONTHS[m]} ${d}, ${y}. ${statSentence(r, ev, lead)}`] : [];
  let size = paragraphs[0]?.length ?? 0;
  let si = 0;
  while (size < target) {
    const sents: string[] = [];
    for (let k = int(r, 1, 3); k > 0; k--) {
      if (si < stats.length && r() < 0.35) sents.push(statSentence(r, ev, stats[si++]!));
      else sents.push(filler(r, ev.place));
    }
    const p = sents.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs;
}

function original(r: Rng, index: number, ev: SynthEvent, outlet: string, events: SynthEvent[]): SynthArticle {
  const lead = pick(r, ev.stats);
  // Headlines with a figure ("leave {Q} dead", "kills {Q}") state the death toll.
  const dead = ev.stats.find((s) => s.def.key === 'dead') ?? lead;
  const title = pick(r, ev.headlines).replaceAll('{P}', ev.place).replace('{Q}', report(r, dead.def.kind, dead.value));
  const [y, m, d] = ev.date;
  const paragraphs = bodyParagraphs(r, ev, lead, int(r, 3200, 4600));
  const day = Math.min(28, d + int(r, 0, 3));
  return {
    id: `a${String(index).padStart(6, '0')}`, index, eventId: ev.id, outlet, author: personName(r),
    published: `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    title, paragraphs, furniture: furniture(r, outlet, ev, events), copyOf: null, copyKind: null,
  };
}

const paraphrased = (r: Rng, p: string, rate: number) => p.replace(/\b[A-Za-z]+\b/g, (w) => (PARAPHRASE[w] && r() < rate ? PARAPHRASE[w]! : w));

/** A near-copy of `src` by another outlet (see CopyKind): same figures, the source's sentences reused. */
function nearCopy(r: Rng, index: number, src: SynthArticle, outlet: string, ev: SynthEvent, events: SynthEvent[]): SynthArticle {
  const u = r();
  const kind: CopyKind = u < 0.35 ? 'wire' : u < 0.7 ? 'paraphrase' : 'partial';
  let paragraphs = [...src.paragraphs];
  if (kind === 'wire') {
    if (r() < 0.4) paragraphs.unshift(`${filler(r, ev.place)} ${filler(r, ev.place)}`);
    if (r() < 0.3) paragraphs = paragraphs.slice(0, Math.max(3, paragraphs.length - int(r, 1, 3)));
  } else if (kind === 'paraphrase') {
    paragraphs = paragraphs.map((p) => paraphrased(r, p, 0.6));
    if (r() < 0.5 && paragraphs.length > 4) paragraphs.splice(int(r, 1, paragraphs.length - 1), 1);
    if (r() < 0.4 && paragraphs.length > 4) { const [p] = paragraphs.splice(int(r, 1, paragraphs.length - 2), 1); paragraphs.push(p!); }
  } else {
    const keep = Math.max(3, Math.ceil(paragraphs.length * (0.55 + r() * 0.25)));
    const own = bodyParagraphs(r, ev, null, int(r, 600, 1400));
    paragraphs = [...paragraphs.slice(0, keep).map((p) => paraphrased(r, p, 0.3)), ...own];
  }
  return { ...src, id: `a${String(index).padStart(6, '0')}`, index, outlet, author: personName(r), paragraphs,
    furniture: furniture(r, outlet, ev, events), copyOf: src.index, copyKind: kind };
}

export function generateArticles(n: number, options: GenerateOptions = {}): SynthArticle[] {
  const seed = options.seed ?? 1;
  const events = makeEvents(options.events ?? 300, seed * 7919 + 1);
  const or = mulberry32(seed * 104729 + 3);
  const outlets = Array.from({ length: options.outlets ?? 60 }, () => outletName(or));
  const r = mulberry32(seed);
  const share = options.nearCopyShare ?? 0.05;
  const out: SynthArticle[] = [];
  const originals: SynthArticle[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = pick(r, outlets);
    if (i > 0 && r() < share && originals.length) {
      const src = originals[Math.floor(r() * originals.length)]!;
      out.push(nearCopy(r, i, src, outlet, events[src.eventId]!, events));
    } else {
      const a = original(r, i, pick(r, events), outlet, events);
      out.push(a);
      originals.push(a);
    }
  }
  return out;
}

/**
 * Ground truth for reuse detection among the first `n` articles: every pair of one family (an original and its
 * near-copies, and the copies among themselves, since they share the source's sentences), as "idA|idB" with idA < idB.
 */
export function plantedPairs(articles: readonly SynthArticle[], n = articles.length): Set<string> {
  const families = new Map<number, string[]>();
  for (const a of articles.slice(0, n)) {
    const root = a.copyOf ?? a.index;
    const f = families.get(root);
    if (f) f.push(a.id); else families.set(root, [a.id]);
  }
  const out = new Set<string>();
  for (const ids of families.values())
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.add(pairKey(ids[i]!, ids[j]!));
  return out;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The body as the importer should store it (paragraphs joined by a blank line). */
export const bodyText = (a: SynthArticle): string => a.paragraphs.join('\n\n');
