// Deterministic synthetic news articles: several outlets per invented event, statistics with hedges and
// disputes, page furniture (menus, share lines, captions, related links) and ~5% near-copies/paraphrases.
// Article i depends only on (seed, events, i's predecessors), so the first 1,000 of a 10,000 corpus are the 1,000 corpus.
import { int, mulberry32, pick, shuffle, type Rng } from '../lib/rng.js';
import { makeEvents, type SynthEvent } from './events.js';
import { report } from './quantities.js';
import { AGENCIES, ATTRIB_VERBS, cap, FILLER, MONTHS, outletName, PARAPHRASE, personName, ROLES, SECTIONS } from './vocab.js';

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
}

export interface GenerateOptions {
  seed?: number;
  /** Number of distinct events; independent of n so corpora of different sizes share their events. */
  events?: number;
  nearCopyShare?: number;
  outlets?: number;
}

const fill = (t: string, p: string, r: Rng) => t.replaceAll('{P}', p).replaceAll('{N}', personName(r)).replaceAll('{A}', pick(r, AGENCIES));

function attribution(r: Rng): string {
  return r() < 0.5 ? `${pick(r, AGENCIES)} ${pick(r, ATTRIB_VERBS)}` : `${personName(r)}, ${pick(r, ROLES)} ${pick(r, AGENCIES)}, ${pick(r, ATTRIB_VERBS)}`;
}

function statSentence(r: Rng, ev: SynthEvent, s: SynthEvent['stats'][number]): string {
  const body = pick(r, s.def.templates).replaceAll('{P}', ev.place).replace('{Q}', report(r, s.def.kind, s.value));
  return r() < 0.5 ? `${cap(body)}, ${attribution(r)}.` : `${cap(attribution(r))} that ${body}.`;
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

function original(r: Rng, index: number, ev: SynthEvent, outlet: string, events: SynthEvent[]): SynthArticle {
  const stats = shuffle(r, ev.stats);
  const lead = stats[0]!;
  // Headlines with a figure ("leave {Q} dead", "kills {Q}") state the death toll.
  const dead = ev.stats.find((s) => s.def.key === 'dead') ?? lead;
  const title = pick(r, ev.headlines).replaceAll('{P}', ev.place).replace('{Q}', report(r, dead.def.kind, dead.value));
  const [y, m, d] = ev.date;
  const paragraphs = [`${ev.place}, ${MONTHS[m]} ${d}, ${y}. ${statSentence(r, ev, lead)}`];
  const target = int(r, 3200, 4600);
  let size = paragraphs[0]!.length;
  let si = 1;
  while (size < target) {
    const sents: string[] = [];
    for (let k = int(r, 1, 3); k > 0; k--) {
      if (r() < 0.4) sents.push(statSentence(r, ev, stats[si++ % stats.length]!));
      else sents.push(cap(fill(pick(r, FILLER), ev.place, r)));
    }
    const p = sents.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  const day = Math.min(28, d + int(r, 0, 3));
  return {
    id: `a${String(index).padStart(6, '0')}`, index, eventId: ev.id, outlet, author: personName(r),
    published: `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    title, paragraphs, furniture: furniture(r, outlet, ev, events), copyOf: null,
  };
}

/** A wire copy or light paraphrase of `src`: same figures, some words swapped, a paragraph dropped or moved. */
function nearCopy(r: Rng, index: number, src: SynthArticle, outlet: string, ev: SynthEvent, events: SynthEvent[]): SynthArticle {
  const paraphrase = r() < 0.5;
  let paragraphs = src.paragraphs.map((p) => (paraphrase ? p.replace(/\b[A-Za-z]+\b/g, (w) => (PARAPHRASE[w] && r() < 0.6 ? PARAPHRASE[w]! : w)) : p));
  if (r() < 0.5 && paragraphs.length > 4) paragraphs.splice(int(r, 1, paragraphs.length - 1), 1);
  if (r() < 0.3) paragraphs = paragraphs.slice(0, Math.max(3, paragraphs.length - int(r, 1, 3)));
  return { ...src, id: `a${String(index).padStart(6, '0')}`, index, outlet, author: personName(r), paragraphs, furniture: furniture(r, outlet, ev, events), copyOf: src.index };
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

/** The body as the importer should store it (paragraphs joined by a blank line). */
export const bodyText = (a: SynthArticle): string => a.paragraphs.join('\n\n');
