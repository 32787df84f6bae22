import { describe, expect, it } from 'vitest';
import { isByline, isDateline, isGalleryLabel } from './bylines.js';
import { isCaptionOrCredit, isKeywordAlt } from './captions.js';
import { cleanText } from './index.js';
import { isLexiconFurniture } from './lexicon.js';
import { joinLines } from './units.js';

describe('furniture rules', () => {
  it('lexicon matches chrome lines, never prose that shares a word', () => {
    for (const l of ['Share this:', 'Back to top', 'Sign up for our daily briefing', 'More from The Example Post', 'Home > World > Europe']) expect(isLexiconFurniture(l), l).toBe(true);
    for (const l of ['More from the survey: 40 percent of the 2,000 respondents said they would subscribe.', 'Readers who subscribe pay $5 a month, the company said.']) expect(isLexiconFurniture(l), l).toBe(false);
  });

  it('captions, credits and keyword alt text', () => {
    for (const l of ['Photo- A crowd gathers outside.Image: Jo Bloggs/dpa/picture alliance', 'Firefighters at the scene. (Photo by A. Person/AFP via Getty Images)', 'FILE: A ferry leaves the harbour in 2019.', 'shutterstock 123456789 Large', 'ab/cd (AFP, Reuters)']) expect(isCaptionOrCredit(l), l).toBe(true);
    for (const l of ['The agency said 40 of the 120 boats were damaged.', 'Prices rose 3% and/apparently kept rising.']) expect(isCaptionOrCredit(l), l).toBe(false);
    expect(isCaptionOrCredit('(Image credit: Example Space Corp.)')).toBe(true);
    expect(isLexiconFurniture('© 2021 Example Media Group. All rights reserved.')).toBe(true);
    expect(isLexiconFurniture('https://example.org/report.pdf')).toBe(false);
    expect(isKeywordAlt('Harbour, boats, storm, damage, coast')).toBe(true);
    expect(isKeywordAlt('Boats, which were moored, sank.')).toBe(false);
  });

  it('bylines, datelines and gallery labels', () => {
    expect(isByline('By Jane Roe | March 3, 2024')).toBe(true);
    expect(isByline('By the end of the year, 300 homes were built.')).toBe(false);
    expect(isDateline('Updated 11:21 pm CST, Tuesday, November 19, 2019')).toBe(true);
    expect(isDateline('Published 1 day ago')).toBe(true);
    expect(isDateline('Updated guidance says 12 people must wait 3 days.')).toBe(false);
    expect(isDateline('In November 2019 the council approved 12 new schools')).toBe(false);
    expect(isGalleryLabel('Image 2 of 5')).toBe(true);
  });

  it('joins hard-wrapped lines, undoing hyphenation but keeping number dashes', () => {
    expect(joinLines(['the inter-', 'national team'])).toBe('the international team');
    expect(joinLines(['Model 737–', '9 airplanes'])).toBe('Model 737–9 airplanes');
    expect(joinLines(['well-', 'Known'])).toBe('well- Known');
  });

  it('cleanText: title, related list, repeated promo, footer labels; statistics kept', () => {
    const text = [
      'Menu', '', 'Search', '', 'Storm closes 40 schools across the valley', '',
      'Heavy rain closed 40 schools and cut power to about 12,000 homes on Tuesday, the regional authority said in a statement.', '',
      'Forecasters expect up to 80 millimetres of rain by Thursday, roughly twice the monthly average for the area.', '',
      'Get our morning newsletter', '', 'Related stories', '', 'Flood barriers tested', '', 'River levels explained', '',
      'Get our morning newsletter', '', 'Weather', '',
    ].join('\n');
    const r = cleanText(text);
    expect(r.title).toBe('Storm closes 40 schools across the valley');
    expect(r.paragraphs).toHaveLength(2);
    expect(r.paragraphs.join(' ')).toContain('about 12,000 homes');
    expect(r.removed).toEqual(expect.arrayContaining(['Menu', 'Search', 'Related stories', 'Flood barriers tested', 'Get our morning newsletter', 'Weather']));
  });
  it('a headline repeated as the first paragraph is the title, and the copy leaves the body', () => {
    const body = 'The ferry operator said on Monday that repairs to the pier would take until spring and cost about $4 million.';
    for (const head of ['Pier Repairs Delayed', 'Ferry pier repairs to last until spring', '“We will rebuild,” ferry chief says']) {
      const r = cleanText([head, '', head, '', body, '', 'A second paragraph with enough words to read as ordinary body prose here.'].join('\n'));
      expect(r.title, head).toBe(head);
      expect(r.paragraphs[0]).toBe(body);
      expect(r.removed).toContain(head);
      // one line per copy, no blank line between them
      expect(cleanText([head, head, body].join('\n')).title).toBe(head);
    }
    // a pull quote after the repeated headline does not win over it
    const q = cleanText(['Pier Repairs Delayed', '', 'Pier Repairs Delayed', '', '“It will take months,” she said', '', body].join('\n'));
    expect(q.title).toBe('Pier Repairs Delayed');
  });

  it('a line repeated far apart (top and footer) is still furniture, not a title', () => {
    const body = 'The ferry operator said on Monday that repairs to the pier would take until spring and cost about $4 million.';
    const r = cleanText(['Subscribe to the harbour briefing', '', 'Pier repairs to last until spring', '', body, '', 'Subscribe to the harbour briefing'].join('\n'));
    expect(r.title).toBe('Pier repairs to last until spring');
    expect(r.removed.filter((l) => l === 'Subscribe to the harbour briefing')).toHaveLength(2);
  });
});
