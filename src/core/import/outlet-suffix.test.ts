import { describe, expect, it } from 'vitest';
import { normaliseForHash, sha256Hex } from '../text/index.js';
import { importFile, importFiles } from './index.js';
import type { Article } from '../model/index.js';
import { shownAsImportedToday, siteNameWithoutTagline, titleWithoutOutlet } from './outlet-suffix.js';

describe('titleWithoutOutlet', () => {
  it('drops a last part that names the outlet, after " - ", " | " or a dash', () => {
    expect(titleWithoutOutlet('Council approves harbour budget - Harbour Wire', ['Harbour Wire'])).toBe('Council approves harbour budget');
    expect(titleWithoutOutlet('How to mend a net | Net Notes', ['Net Notes'])).toBe('How to mend a net');
    expect(titleWithoutOutlet('Ferry fares rise – The Coastal Courier', ['Coastal Courier'])).toBe('Ferry fares rise');
    expect(titleWithoutOutlet('Ferry fares rise - Coastal Courier', ['coastalcourier.com'])).toBe('Ferry fares rise');
  });

  it('drops only the outlet: other parts (an author, a section) stay', () => {
    expect(titleWithoutOutlet('Ferry fares rise - Jane Roe - Harbour Wire', ['Harbour Wire'])).toBe('Ferry fares rise - Jane Roe');
    expect(titleWithoutOutlet('Ferry fares rise - Jane Roe', ['Harbour Wire'])).toBe('Ferry fares rise - Jane Roe');
    expect(titleWithoutOutlet('Harbour Wire reports ferry fares rise', ['Harbour Wire'])).toBe('Harbour Wire reports ferry fares rise');
  });

  it('keeps the title whole when no headline would be left, or no outlet is known', () => {
    expect(titleWithoutOutlet('Home - Harbour Wire', ['Harbour Wire'])).toBe('Home - Harbour Wire');
    expect(titleWithoutOutlet('Ferry fares rise - Harbour Wire', [null, undefined])).toBe('Ferry fares rise - Harbour Wire');
    expect(titleWithoutOutlet('港湾の運賃が上がる - 港湾ニュース', ['港湾ニュース'])).toBe('港湾の運賃が上がる');
  });
});

describe('siteNameWithoutTagline', () => {
  it('keeps the name before the tagline', () => {
    expect(siteNameWithoutTagline('Harbour Wire - Latest News & Headlines')).toBe('Harbour Wire');
    expect(siteNameWithoutTagline('Net Notes | Crafts, Tools and More')).toBe('Net Notes');
    expect(siteNameWithoutTagline('Harbour Wire')).toBe('Harbour Wire');
    expect(siteNameWithoutTagline('- | Harbour Wire')).toBe('- | Harbour Wire');
  });
});

const page = (title: string, site: string) =>
  new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}">` +
      `<meta property="og:site_name" content="${site}"></head><body><article>` +
      `<h1>Ferry fares rise by a third</h1>${'<p>The harbour board said on Monday that ferry fares would rise by a third from April, the first increase in six years, and that 1,200 season tickets would be honoured until they run out.</p>'.repeat(4)}` +
      '</article></body></html>',
  );

describe('importing a page whose title ends with its site name', () => {
  it('shows the title and outlet without the repetition, and keeps the hash of the title as stated', async () => {
    const bytes = page('Ferry fares rise by a third - Harbour Wire', 'Harbour Wire - Latest News &amp; Headlines');
    const out = await importFile({ name: 'fares.html', path: 'fares.html', bytes });
    if (!out.ok) throw new Error(out.failure.message);
    const a = out.article;
    expect(a.title).toBe('Ferry fares rise by a third');
    expect(a.outlet).toBe('Harbour Wire');
    // The hash an earlier version gave this file (raw title + text): libraries imported before still match.
    expect(a.hash).toBe(sha256Hex(normaliseForHash('Ferry fares rise by a third - Harbour Wire') + '\n' + normaliseForHash(a.text)));
    expect(a.id).toBe(a.hash.slice(0, 16));
  });

  it('recognises the same file imported again as a duplicate', async () => {
    const bytes = page('Ferry fares rise by a third | Harbour Wire', 'Harbour Wire');
    const batch = await importFiles([
      { name: 'a.html', path: 'one/a.html', bytes },
      { name: 'a.html', path: 'two/a.html', bytes: bytes.slice() },
    ]);
    expect(batch.articles).toHaveLength(1);
    expect(batch.articles[0].title).toBe('Ferry fares rise by a third');
    expect(batch.duplicates).toEqual([{ path: 'two/a.html', of: 'one/a.html' }]);
  });
});

/** The article an import makes today of a page, and the record a library made before decision 0056 kept of it. */
async function todayAndBefore(title: string, site: string): Promise<{ today: Article; before: Article }> {
  const out = await importFile({ name: 'fares.html', path: 'fares.html', bytes: page(title, site) });
  if (!out.ok) throw new Error(out.failure.message);
  return { today: out.article, before: { ...out.article, title, outlet: site.replace('&amp;', '&') } };
}

describe('shownAsImportedToday (an article stored before 0056)', () => {
  it('gives the title and outlet an import shows today, the hash proving the title is the stated one', async () => {
    const { today, before } = await todayAndBefore('Ferry fares rise by a third - Harbour Wire', 'Harbour Wire - Latest News &amp; Headlines');
    expect(shownAsImportedToday(before)).toEqual({ title: today.title, outlet: today.outlet });
    expect(today.title).toBe('Ferry fares rise by a third');
    // Already shown as today: nothing to do.
    expect(shownAsImportedToday(today)).toBeNull();
  });

  it('leaves a title that is not the stated one (imported since 0056), even when one more part would match', async () => {
    const { today } = await todayAndBefore('Ferry fares rise by a third - Harbour Wire - Harbour Wire', 'Harbour Wire');
    expect(today.title).toBe('Ferry fares rise by a third - Harbour Wire');
    expect(shownAsImportedToday(today)).toBeNull();
    // The same title with a hash that does not prove it stated: left too.
    expect(shownAsImportedToday({ ...today, title: 'Ferry fares rise by a third - Harbour Wire', hash: 'f'.repeat(64) })).toBeNull();
  });

  it('keeps a checker\'s correction and updates what was imported under it', async () => {
    const { today, before } = await todayAndBefore('Ferry fares rise by a third | Harbour Wire', 'Harbour Wire');
    const imported = { title: before.title, outlet: before.outlet, author: null, published: null };
    const corrected = { ...before, title: 'Fares up a third', original: imported };
    expect(shownAsImportedToday(corrected)).toEqual({ title: 'Fares up a third', outlet: 'Harbour Wire', original: { ...imported, title: today.title } });
    // Only the outlet corrected: the shown title is still the imported one and changes with it.
    const outletFixed = { ...before, outlet: 'Harbour Wire Ltd', original: imported };
    expect(shownAsImportedToday(outletFixed)).toEqual({ title: today.title, outlet: 'Harbour Wire Ltd', original: { ...imported, title: today.title } });
  });

  it('leaves titles taken from the file name', async () => {
    const { before } = await todayAndBefore('Ferry fares rise by a third - Harbour Wire', 'Harbour Wire');
    expect(shownAsImportedToday({ ...before, inferred: { title: 'file name' } })).toBeNull();
  });
});
