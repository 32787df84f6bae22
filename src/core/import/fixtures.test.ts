import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';

const DIR = 'test/fixtures/import';
const load = (name: string) => importFile({ name, path: `${DIR}/${name}`, bytes: new Uint8Array(readFileSync(`${DIR}/${name}`)) });

describe('own fixtures (invented articles with page furniture)', () => {
  it('text saved from a web page', async () => {
    const out = await load('harbour-bridge.txt');
    if (!out.ok) throw new Error(out.failure.message);
    const a = out.article;
    expect(a.title).toBe('Harbour bridge repairs to cost $48 million, council says');
    for (const f of ['Skip to main content', 'Breaking News', 'Photo-', 'More from', 'Ten things to do', 'Why ferry fares', 'Share this', 'Back to top', 'Menu']) {
      expect(a.text).not.toContain(f);
    }
    for (const stat of ['$48 million', '18 months', '9 votes to 4', '112 of the bridge', '65,000 vehicles', '12 percent', '$1.5 million']) expect(a.text).toContain(stat);
    // Hard-wrapped lines are joined into whole paragraphs.
    expect(a.paragraphs[0]).toMatch(/^The city council .* vote\.$/);
    expect(a.paragraphs.some((p) => p.startsWith('bill'))).toBe(false);
    expect(a.paragraphs).toHaveLength(4);
  });

  it('markdown with front matter', async () => {
    const out = await load('river-festival.md');
    if (!out.ok) throw new Error(out.failure.message);
    const a = out.article;
    expect(a).toMatchObject({ format: 'md', title: 'River festival draws record crowd', author: 'Sam Writer', published: '2024-05-02' });
    expect(a.text).toContain('More than 120,000 people attended the three-day river festival, organisers said, beating');
    expect(a.text).not.toMatch(/[*#[\]]|https?:/);
    expect(a.paragraphs).toContain('Ticket sales rose 23 percent.');
  });

  it('HTML page with metadata and furniture', async () => {
    const out = await load('wind-farm.html');
    if (!out.ok) throw new Error(out.failure.message);
    const a = out.article;
    expect(a).toMatchObject({ format: 'html', title: 'Offshore wind farm doubles output', outlet: 'Coastline Herald', author: 'Alex Reporter', language: 'en' });
    expect(a.published).toBe('2024-03-14T08:30:00Z');
    for (const stat of ['1,450 gigawatt hours', '87 turbines', '312 visits', '31 percent']) expect(a.text).toContain(stat);
    for (const f of ['Share this article', 'Solar panels', 'Copyright', 'Sport']) expect(a.text).not.toContain(f);
  });

  it('same content gives the same hash whatever the file name', async () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/harbour-bridge.txt`));
    const a = await importFile({ name: 'a.txt', path: 'a.txt', bytes });
    const b = await importFile({ name: 'b.txt', path: 'b.txt', bytes });
    expect(a.ok && b.ok && a.article.hash === b.article.hash).toBe(true);
  });
});
