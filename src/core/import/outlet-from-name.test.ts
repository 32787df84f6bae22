import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';
import { outletFromFileName } from './outlet-from-name.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('outletFromFileName', () => {
  it('reads a known brand token beside numbers, with its own display name', () => {
    expect(outletFromFileName('007_huffpost.txt')).toBe('HuffPost');
    expect(outletFromFileName('12-nytimes.html')).toBe('The New York Times');
    expect(outletFromFileName('folder/sub/3_foxnews.md')).toBe('Fox News');
    expect(outletFromFileName('C:\\saved\\01_WSJ.TXT')).toBe('The Wall Street Journal');
  });

  it('reads a brand anywhere when it is no ordinary word', () => {
    expect(outletFromFileName('cnn-harbour-bridge-toll.txt')).toBe('CNN');
    expect(outletFromFileName('budget_vote_reuters_2019-03-04.txt')).toBe('Reuters');
  });

  it('reads a domain in the name: known brands by name, others as the bare host', () => {
    expect(outletFromFileName('www.washingtonpost.com_2016_05_01.html')).toBe('The Washington Post');
    expect(outletFromFileName('news.bbc.co.uk-ferry-fares.html')).toBe('BBC');
    expect(outletFromFileName('harbourwire.com-ferry.html')).toBe('harbourwire.com');
  });

  it('title-cases one lone unknown word among numbers and dates', () => {
    expect(outletFromFileName('004_quayside.txt')).toBe('Quayside');
    expect(outletFromFileName('2021-03-07_lighthousegazette.txt')).toBe('Lighthousegazette');
    expect(outletFromFileName('march-2020-tidewatch.txt')).toBe('Tidewatch');
  });

  it('does not take a test fixture\'s or a tool\'s file name for a source', () => {
    for (const name of ['expected.html', 'result-01.md', 'README.md', 'fixture_3.txt']) expect(outletFromFileName(name)).toBeNull();
  });

  it('reads two or three words ending in a masthead word as a newspaper name', () => {
    expect(outletFromFileName('01-quayside-courier.txt')).toBe('Quayside Courier');
    expect(outletFromFileName('the_lowland_gazette_2019.md')).toBe('The Lowland Gazette');
    expect(outletFromFileName('ferry-fares-rise.txt')).toBeNull();
    expect(outletFromFileName('local-news.txt')).toBeNull();
    expect(outletFromFileName('harbour-fire-council-news.txt')).toBeNull();
  });

  it('reads a brand that is also an ordinary word only when it stands alone', () => {
    expect(outletFromFileName('003_fox.txt')).toBe('Fox News');
    expect(outletFromFileName('fox-hunting-ban.txt')).toBeNull();
    expect(outletFromFileName('independent-audit-2019.txt')).toBeNull();
  });

  it('never invents an outlet from a generic, descriptive or hashed name', () => {
    for (const name of ['article.txt', 'page1.html', 'page-1.html', 'story_final.docx', 'Untitled.txt', 'download (3).html',
      'clinton tax returns.txt', 'ferry-fares-rise.md', '000_69f58fe9d4adb70b.txt', '001_deadbeefcafe.txt', '0042.txt', 'v2.txt',
      'cnn-vs-bbc.txt', 'a.txt', '.txt', '']) {
      expect(outletFromFileName(name), name).toBeNull();
    }
  });
});

describe('importFile: outlet from the file name', () => {
  it('fills an outlet the text does not name, and records that it was inferred', async () => {
    const out = await importFile({ name: '002_quayside.txt', path: '/x/002_quayside.txt', bytes: enc('Ferry fares rise\n\nFares rose by 12 percent on Monday, the operator said.\n') });
    expect(out.ok && out.article.outlet).toBe('Quayside');
    expect(out.ok && out.article.inferred).toEqual({ outlet: 'file name' });
  });

  it('keeps an outlet the text names, and infers nothing for a generic name', async () => {
    const body = 'Ferry fares rise\n\nFares rose by 12 percent on Monday, the operator said.\n\n© 2024 Harbour Wire. All rights reserved.\n';
    const named = await importFile({ name: '002_quayside.txt', path: '/x/002_quayside.txt', bytes: enc(body) });
    expect(named.ok && named.article.outlet).toBe('Harbour Wire');
    expect(named.ok && named.article.inferred).toBeUndefined();
    const generic = await importFile({ name: 'article.txt', path: '/x/article.txt', bytes: enc('Fares rose by 12 percent on Monday, the operator said.\n') });
    expect(generic.ok && generic.article.outlet).toBeNull();
  });
});
