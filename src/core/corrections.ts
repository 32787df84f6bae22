// Applies a checker's corrections (model/correction.ts) to one analysis run: mentions are named by stable keys
// (article content hash + span), so a correction made yesterday still finds its mention after more articles were
// imported. Dismissed mentions leave every quantity; added ones join the mention they were added `with` (or stand
// alone); must-links, cannot-links and status overrides become grouping constraints. A correction whose mention is
// gone, or that contradicts another, is returned in `unresolved` with the reason, never dropped silently.
import type { Article, Correction, Mention, UnresolvedCorrection } from './model/index.js';
import type { GroupConstraints } from './group/index.js';
import { keyId } from './keys.js';
import { splitSentences } from './sentences/index.js';

export interface Applied { mentions: Mention[]; constraints: GroupConstraints; unresolved: UnresolvedCorrection[] }

export function applyCorrections(articles: Article[], extracted: Mention[], corrections: Correction[]): Applied {
  const byHash = new Map(articles.map((a) => [a.hash, a]));
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const unresolved: UnresolvedCorrection[] = [];
  const fail = (c: Correction, reason: string) => unresolved.push({ id: c.id, reason });
  // Added mentions first: other corrections may name them.
  const mentions = new Map<string, Mention>();
  const keyOf = (m: Mention) => { const a = byArticle.get(m.articleId); return a ? keyId({ hash: a.hash, start: m.start, end: m.end }) : null; };
  for (const m of extracted) { const k = keyOf(m); mentions.set(k ?? m.id, m); }
  const adds = corrections.filter((c): c is Extract<Correction, { type: 'add' }> => c.type === 'add');
  for (const c of adds) {
    const a = byHash.get(c.key.hash);
    if (!a || c.key.end > a.text.length || c.key.start >= c.key.end) { fail(c, 'The article holding this added statistic is not in the case any more.'); continue; }
    const text = a.text.slice(c.key.start, c.key.end);
    const s = splitSentences(a.text).find((x) => x.start <= c.key.start && x.end >= c.key.end);
    mentions.set(keyId(c.key), {
      id: `${a.id}:${c.key.start}`, articleId: a.id, text, start: c.key.start, end: c.key.end,
      sentence: s ? a.text.slice(s.start, s.end) : text, kind: c.mention.kind, value: c.mention.value, low: c.mention.low,
      high: c.mention.high, unit: c.mention.unit, qualifier: c.mention.low !== null && c.mention.high !== null && c.mention.low !== c.mention.high ? 'range' : 'exact',
      trend: null, measure: c.mention.measure, subject: null, event: null, timeFrame: null, attribution: null,
    });
  }
  for (const c of corrections) if (c.type === 'dismiss' && !mentions.delete(keyId(c.key))) fail(c, 'The dismissed statistic is no longer found in its article.');
  const idOf = (k: { hash: string; start: number; end: number }) => mentions.get(keyId(k))?.id ?? null;

  const mustLink: [string, string][] = [], cannotLink: [string, string][] = [];
  const status: GroupConstraints['status'] = [];
  const cannotOwners: Correction[] = [];
  for (const c of corrections) {
    if (c.type === 'must-link' || c.type === 'cannot-link') {
      const a = idOf(c.a), b = idOf(c.b);
      if (!a || !b) { fail(c, `A statistic this ${c.type === 'must-link' ? 'merge' : 'split'} names is no longer found (article removed, changed, or the statistic dismissed).`); continue; }
      (c.type === 'must-link' ? mustLink : cannotLink).push([a, b]);
      if (c.type === 'cannot-link') cannotOwners.push(c);
    } else if (c.type === 'add' && c.with) {
      const a = idOf(c.key), b = idOf(c.with);
      if (a && b) mustLink.push([a, b]);
      else if (a) fail(c, 'The statistic this one was added to is no longer found; it stands as a quantity of its own.');
    } else if (c.type === 'status') {
      const ids = c.keys.map(idOf).filter((x): x is string => !!x);
      if (ids.length) status.push({ mentionIds: ids, status: c.status });
      else fail(c, 'None of the statistics of the quantity whose status was set is found any more.');
    }
  }
  // A cannot-link between mentions that must-links join cannot be honoured: say so.
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.has(r)) r = parent.get(r)!; return r; };
  for (const [a, b] of mustLink) { const x = find(a), y = find(b); if (x !== y) parent.set(x, y); }
  const keptCannot: [string, string][] = [];
  cannotLink.forEach((p, i) => {
    if (find(p[0]) === find(p[1])) fail(cannotOwners[i]!, 'This split contradicts a merge of the same statistics; the merge was kept.');
    else keptCannot.push(p);
  });
  return { mentions: [...mentions.values()], constraints: { mustLink, cannotLink: keptCannot, status }, unresolved };
}
