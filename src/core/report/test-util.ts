// Shared by the report tests: a small case whose sources are hostile (markup, formulas, control characters in
// every field a source writes), with a hand-built analysis so the tests do not depend on the engine's grouping.
import type { Analysis, Annotation, Article, Mention, Quantity, Verdict } from '../model/index.js';
import { mentionKeyOf } from '../keys.js';

export const HOSTILE = {
  title: '<img src=x onerror=alert(1)> [click](javascript:alert(2)) `tick` | pipe | **bold** &lt;b&gt; # not a heading',
  outlet: '=HYPERLINK("http://evil.example","x")<svg onload=alert(3)>',
  author: '"><script>alert(4)</script>',
  fileName: '<b>file</b>.html',
  sentencePrefix: '<iframe src="javascript:alert(5)"></iframe> -1+2 officials said ',
} as const;

export function article(id: string, title: string, outlet: string | null, body: string, extra: Partial<Article> = {}): Article {
  return {
    id, hash: `${id}`.padEnd(64, '0'), fileName: `${id}.txt`, path: `/tmp/${id}.txt`, format: 'txt', title, outlet, author: null,
    published: '2024-03-05', language: 'en', paragraphs: [body], text: body, words: body.split(/\s+/).length,
    importedAt: '2024-03-06T10:00:00.000Z', bytes: body.length, encoding: 'utf-8', removed: [], ...extra,
  };
}

function mention(a: Article, surface: string, fields: Partial<Mention>): Mention {
  const start = a.text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" not in ${a.id}`);
  const sentence = a.text.split(/(?<=\.)\s+/).find((s) => s.includes(surface)) ?? a.text;
  return {
    id: `${a.id}:${start}`, articleId: a.id, text: surface, start, end: start + surface.length, sentence, kind: 'count',
    value: null, low: null, high: null, unit: null, qualifier: 'exact', trend: null, measure: 'resident', subject: null,
    event: 'evacuate', timeFrame: null, attribution: null, ...fields,
  };
}

export interface Fixture {
  articles: Article[];
  analysis: Analysis;
  verdicts: Verdict[];
  annotations: Annotation[];
}

/** Three sources on one contested count (one of them hostile), one corroborated figure, one single-source one. */
export function hostileCase(): Fixture {
  const a = article('a1', 'Terminal fire forces residents out', 'Coastal Courier', 'More than 4,000 residents left their homes. Two silos burned.');
  const b = article('b2', HOSTILE.title, HOSTILE.outlet, `${HOSTILE.sentencePrefix}about 3,000 residents were evacuated. Two silos burned.`, { author: HOSTILE.author, fileName: HOSTILE.fileName, published: '2024-03-04' });
  const c = article('c3', 'Fire update', 'Harbour Wire', 'Nearly 5,000 residents fled. Damage could reach 300 million euros.');
  const m = [
    mention(a, 'More than 4,000 residents', { value: 4000, low: 4000, high: 6000, qualifier: 'over' }),
    mention(b, 'about 3,000 residents', { value: 3000, low: 2700, high: 3300, qualifier: 'about' }),
    mention(c, 'Nearly 5,000 residents', { value: 5000, low: 4000, high: 5000, qualifier: 'under' }),
    mention(a, 'Two silos', { value: 2, low: 2, high: 2, measure: 'silo', event: 'burn' }),
    mention(b, 'Two silos', { value: 2, low: 2, high: 2, measure: 'silo', event: 'burn' }),
    mention(c, '300 million euros', { kind: 'money', value: 3e8, low: 2.5e8, high: 3.5e8, unit: 'EUR', measure: null, event: 'damage' }),
  ];
  const quantity = (id: string, label: string, status: Quantity['status'], ids: Mention[], extra: Partial<Quantity> = {}): Quantity => {
    const values = ids.map((x) => x.value!);
    return {
      id, label, status, mentionIds: ids.map((x) => x.id), independentSources: ids.length, note: `${label} note`,
      spread: { min: Math.min(...values), max: Math.max(...values) }, countsDiffer: false, unit: ids[0]!.unit, ...extra,
    };
  };
  const quantities = [
    quantity('q1', 'residents evacuated', 'contested', m.slice(0, 3), { reasons: ['Hostile source says <b>3,000</b>; =1+1 the others say more.'] }),
    quantity('q2', 'silos burned', 'corroborated', m.slice(3, 5)),
    quantity('q3', 'damage', 'single-source', m.slice(5)),
  ];
  const articles = [a, b, c];
  const keysOf = (q: Quantity) => q.mentionIds.map((id) => {
    const x = m.find((y) => y.id === id)!;
    return mentionKeyOf(articles.find((art) => art.id === x.articleId)!, x);
  });
  const evidence: Annotation = {
    id: 'ev1', caseId: 'case-1', kind: 'evidence',
    anchor: { articleHash: b.hash, start: b.text.indexOf('about'), end: b.text.indexOf('about') + 21, exact: 'about 3,000 residents', prefix: '<script>x</script> officials said ', suffix: ' were evacuated.' },
    body: 'The <em>mayor</em> confirmed [this](javascript:alert(6)).', quantityKeys: keysOf(quantities[0]!), createdAt: '2024-03-07T09:00:00Z', updatedAt: '2024-03-07T09:00:00Z',
  };
  const verdict: Verdict = {
    id: 'verdict-1', caseId: 'case-1', quantityKeys: keysOf(quantities[0]!), label: 'Residents evacuated', column: 'decided', order: 0,
    rating: { scaleId: 'crosscheck-default', levelId: 'inaccurate', label: 'Inaccurate', ordinal: 1 },
    accepted: { low: 4200, high: 4200, unit: null, text: '' },
    reference: { citation: 'Regional office press release, 6 March', url: 'https://example.org/press/6-march' },
    explanation: 'The regional office counted **4,200** residents. <script>alert(7)</script>',
    evidenceIds: ['ev1'], flag: null, createdAt: '2024-03-07T09:00:00Z', updatedAt: '2024-03-07T10:00:00Z',
  };
  return { articles, analysis: { mentions: m, quantities, reuse: [] }, verdicts: [verdict], annotations: [evidence] };
}
