/** Strings that must not yield a statistic (chrono's negative_cases): page furniture, IDs, phones, times, versions. */
import { describe, expect, it } from 'vitest';
import { expectNone, extract, mentionFor } from './test-util.js';

describe('negative cases', () => {
  it.each([
    'Call us on +44 20 7946 0958 today.',
    'Phone (555) 123-4567 for details.',
    'Dial 1-800-555-0199 now.',
    'The meeting starts at 10:30 tomorrow.',
    'Doors open at 7pm sharp.',
    'It ended at 12:01 a.m. local.',
    'Install version 4.2.1 first.',
    'Upgrade to iOS 17 soon.',
    'See Article 5 and Chapter 3 on page 12.',
    'He lives at No. 10 now.',
    'photo: stockagency 612394847 Large',
    'Read more at https://news.example.org/2023/06/30/story-12345',
    'Write to desk.team42@example.com for corrections.',
    'ISBN 978-3-16-148410-0 is listed.',
    'The F-16 and the MH17 report were cited.',
    'They won 3-1 at home.',
    'Ring 0176 12345678 today.',
    'Office: 07700 900873.',
    'The address is 49 Harbour Road, Kestrel Bay.',
    'The new Falcon 9 launched.',
    'It is one of the most dangerous posts.',
    'It was one of their largest missions abroad.',
    "The bridge, one of the city's oldest, was shut.",
    'The ferry is one of Norland\u2019s busiest.',
    'No one came.',
    'The storm was the most costly one in years.',
    'A new one for the harbour is planned.',
    'Page 2 of 3',
  ])('%s', (text) => expectNone(text));

  it('"one of" before a superlative is an idiom; before a count or a noun it is one', () => {
    expect(extract('One of the 12 guards was hurt.').mentions.map((m) => m.value)).toEqual([1, 12]);
    expect(extract('She was one of their three lawyers.').mentions.map((m) => m.value)).toEqual([1, 3]);
  });

  it('keeps real numbers next to furniture', () => {
    const { mentions } = extract('See page 12: the blast injured 40 workers.');
    expect(mentions.map((m) => m.value)).toEqual([40]);
  });
});

describe('version cues that are verbs', () => {
  it('"build 900 homes" counts homes; "build 2204" stays a version', () => {
    expect(extract('The council will build 900 homes.').mentions.map((m) => [m.value, m.measure])).toEqual([[900, 'home']]);
    expect(extract('They will release 300 prisoners.').mentions.map((m) => m.value)).toEqual([300]);
    expectNone('Install build 2204 first.');
    expectNone('Upgrade to release 12 today.');
  });
});

describe('identifiers written apart, addresses and postal codes', () => {
  it('drops "COVID -19", house-number ranges and ZIP codes; keeps negative temperatures', () => {
    expect(extract('They bought thousands of COVID -19 tests.').mentions.map((m) => m.text)).toEqual(['thousands']);
    expectNone('Unit 3 at 16-18 Harbour Avenue was leased.');
    expect(extract('In the 90210 ZIP code, based on 37 sales, prices fell.').mentions.map((m) => m.value)).toEqual([37]);
    expect(mentionFor('Temperatures fell to -19 overnight.', '-19')).toMatchObject({ value: -19, measure: 'temperature' });
  });
});

describe('"one hand"', () => {
  it('counts a hand, not the idiom "on (the) one hand"', () => {
    expect(mentionFor('She put one hand behind her head.', 'one')).toMatchObject({ value: 1, measure: 'hand' });
    expectNone('On one hand, it works.');
    expectNone('On the one hand, it works.');
  });
});
