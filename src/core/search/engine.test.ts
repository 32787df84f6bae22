import { describe, expect, it } from 'vitest';
import { SearchEngine, type DocMeta } from './engine.js';

// Invented articles: a fire at a fictional port, a budget story, a flood.
const DOCS: { meta: DocMeta; text: string }[] = [
  { meta: meta('fire', 'Harbour fire leaves 90 patients evacuated', 'Coast Ledger', '2024-03-02', 'html'), text: 'A fire broke out at the harbour of Velmora on Tuesday.\n\nAbout 15,000 residents were told to stay inside, the fire service said. Ninety patients were evacuated from the hospital.' },
  { meta: meta('budget', 'Ministry unveils €1.2bn budget', 'Daily Quill', '2024-05-10', 'pdf'), text: 'The finance ministry presented a budget of 1.2 billion euros. Critics said the hospital funding was too low.' },
  { meta: meta('flood', 'Floods displace thousands in Ostrava Delta', 'Coast Ledger', null, 'txt'), text: 'Floods displaced 15 000 people in the delta. Troops were deployed to help, and 3,000 soldiers built dykes.\n\nThe harbour stayed closed.' },
  { meta: meta('troops', 'Mission ends', 'Daily Quill', '2023-06-30', 'md'), text: 'The mission had 13,000 troops at its peak. The troops leave by December.' },
];

function meta(id: string, title: string, outlet: string | null, published: string | null, format: string): DocMeta {
  return { id, title, outlet, author: null, published, format };
}

function engine(docs = DOCS): SearchEngine {
  const e = new SearchEngine();
  e.add(docs);
  return e;
}

const ids = (e: SearchEngine, q: string, f = {}) => e.search(q, f).hits.map((h) => h.id);

describe('search engine', () => {
  it('matches every query term (AND), across title and body', () => {
    const e = engine();
    expect(ids(e, 'harbour').sort()).toEqual(['fire', 'flood']);
    expect(ids(e, 'harbour troops')).toEqual(['flood']);
    expect(ids(e, 'harbour budget')).toEqual([]);
    // "ministry" is in the title of one and the body of none other; "hospital" in both bodies.
    expect(ids(e, 'ministry hospital')).toEqual(['budget']);
  });

  it('ranks a title match above a body-only match', () => {
    const e = engine([
      { meta: meta('a', 'Budget talks', null, null, 'txt'), text: 'Nothing about money here, only weather.' },
      { meta: meta('b', 'Weather report', null, null, 'txt'), text: 'Rain, and a word on the budget.' },
    ]);
    expect(ids(e, 'budget')).toEqual(['a', 'b']);
  });

  it('ranks the article that says it more often first', () => {
    expect(ids(engine(), 'troops')[0]).toBe('troops');
  });

  it('finds the word being typed by prefix, and typos by edit distance', () => {
    const e = engine();
    expect(ids(e, 'evacu')).toEqual(['fire']);
    expect(ids(e, 'hosiptal').sort()).toEqual(['budget', 'fire']);
    expect(ids(e, 'harbor').sort()).toEqual(['fire', 'flood']);
    // Only the last word is a prefix: a finished word must match as a word.
    expect(ids(e, 'evacu harbour')).toEqual([]);
  });

  it('finds statistics by value whatever the written form', () => {
    const e = engine();
    expect(ids(e, '15,000').sort()).toEqual(['fire', 'flood']);
    expect(ids(e, '15000').sort()).toEqual(['fire', 'flood']);
    expect(ids(e, '15 000').sort()).toEqual(['fire', 'flood']);
    expect(ids(e, '1.2 billion')).toEqual(['budget']);
    expect(ids(e, '1200000000')).toEqual(['budget']);
    // A number is never a prefix or a typo of another.
    expect(ids(e, '1500')).toEqual([]);
    expect(ids(e, '13,001')).toEqual([]);
  });

  it('reports which index terms matched (for snippets)', () => {
    const r = engine().search('troops hosp');
    expect(r.queryTerms).toEqual(['troop', 'hosp']);
    expect(r.matchedTerms).toContain('hospital');
  });

  it('filters by case members, outlet, format, date range and contested articles', () => {
    const e = engine();
    expect(ids(e, 'harbour', { articleIds: new Set(['flood', 'budget']) })).toEqual(['flood']);
    expect(ids(e, 'hospital', { outlets: ['Daily Quill'] })).toEqual(['budget']);
    expect(ids(e, 'harbour', { formats: ['txt', 'md'] })).toEqual(['flood']);
    expect(ids(e, 'troops', { from: '2023-01-01', to: '2023-12-31' })).toEqual(['troops']);
    // Undated articles are out once a date bound is set.
    expect(ids(e, 'harbour', { from: '2000-01-01' })).toEqual(['fire']);
    expect(ids(e, 'hospital', { contested: new Set(['fire']) })).toEqual(['fire']);
    expect(e.search('hospital', { outlets: ['Nobody'] }).total).toBe(0);
  });

  it('counts every match but returns only the best `limit`', () => {
    const docs = Array.from({ length: 120 }, (_, i) => ({ meta: meta(`d${i}`, `Report ${i}`, null, null, 'txt'), text: 'storm '.repeat(1 + (i % 7)) + 'filler text here' }));
    const r = engine(docs).search('storm', {}, 10);
    expect(r.total).toBe(120);
    expect(r.hits).toHaveLength(10);
    const scores = r.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('incremental updates', () => {
  it('diff tells what to add, remove and update', () => {
    const e = engine(DOCS.slice(0, 3));
    const lib = [DOCS[0]!.meta, { ...DOCS[1]!.meta, outlet: 'Quill Weekly' }, DOCS[3]!.meta];
    const d = e.diff(lib);
    expect(d.add.map((m) => m.id)).toEqual(['troops']);
    expect(d.remove).toEqual(['flood']);
    expect(d.update.map((m) => m.id)).toEqual(['budget']);
  });

  it('removes an article from both halves of the index', () => {
    const e = engine();
    e.remove(['flood']);
    expect(ids(e, 'harbour')).toEqual(['fire']);
    expect(ids(e, 'ostrava')).toEqual([]);
    expect(e.has('flood')).toBe(false);
  });

  it('a metadata edit is searchable at once and the body still is', () => {
    const e = engine();
    e.update([{ ...DOCS[3]!.meta, title: 'Peacekeepers withdraw', outlet: 'Morning Lantern' }]);
    expect(ids(e, 'peacekeepers')).toEqual(['troops']);
    expect(ids(e, 'lantern')).toEqual(['troops']);
    expect(ids(e, 'mission')).toEqual(['troops']);
    expect(ids(e, 'troops', { outlets: ['Morning Lantern'] })).toEqual(['troops']);
  });

  it('gives the same answers after many small batches, deletions and compaction as one fresh build', () => {
    const docs = Array.from({ length: 600 }, (_, i) => ({
      meta: meta(`d${i}`, `Title ${i % 13}`, `Outlet ${i % 5}`, null, 'txt'),
      text: `word${i % 17} common shared text number ${i * 10} ${i % 3 ? 'storm' : 'flood'} alpha${i % 29}`,
    }));
    const inc = new SearchEngine();
    for (let i = 0; i < docs.length; i += 7) inc.add(docs.slice(i, i + 7));
    inc.remove(docs.filter((_, i) => i % 3 === 0).map((d) => d.meta.id));
    const fresh = engine(docs.filter((_, i) => i % 3 !== 0));
    expect(inc.size).toBe(fresh.size);
    for (const q of ['storm', 'word5 flood', 'alpha1', 'common', 'number 50', 'title 4', 'outlet 2 storm', 'alph']) {
      const a = inc.search(q, {}, 1000);
      const b = fresh.search(q, {}, 1000);
      expect(a.total).toBe(b.total);
      expect(new Set(a.hits.map((h) => h.id))).toEqual(new Set(b.hits.map((h) => h.id)));
    }
    expect(inc.segments.length).toBeLessThanOrEqual(Math.ceil(Math.log2(600)) + 1);
    const before = inc.search('storm word3', {}, 1000);
    inc.optimize();
    expect(inc.segments).toHaveLength(1);
    // Scores move a little (deleted articles no longer count in document frequencies); the matches do not.
    const after = inc.search('storm word3', {}, 1000);
    expect(after.total).toBe(before.total);
    expect(new Set(after.hits.map((h) => h.id))).toEqual(new Set(before.hits.map((h) => h.id)));
  });
});

describe('persistence', () => {
  it('a structured clone of the snapshot (what IndexedDB stores) answers like the original', () => {
    const e = engine();
    e.remove(['budget']);
    const copy = SearchEngine.fromSnapshot(structuredClone(e.snapshot()));
    for (const q of ['harbour', 'troops', '15,000', 'hospital', 'coast ledger', 'evac']) expect(copy.search(q)).toEqual(e.search(q));
    copy.add([DOCS[1]!]);
    expect(ids(copy, 'budget')).toEqual(['budget']);
  });

  it('refuses a snapshot of another format', () => {
    expect(() => SearchEngine.fromSnapshot({ ...engine().snapshot(), format: -1 })).toThrow(/format/);
  });
});
