import { describe, expect, it } from 'vitest';
import { expectNone, extract, mentionFor } from './test-util.js';

describe('number forms', () => {
  it('reads fractions with scales and unicode fractions', () => {
    expect(mentionFor('Some five and a half million voters were registered.', 'five and a half million').value).toBe(5.5e6);
    expect(mentionFor('Half a million tourists came.', 'Half a million').value).toBe(5e5);
    expect(mentionFor('A quarter million seedlings were planted.', 'A quarter million').value).toBe(2.5e5);
    expect(mentionFor('It was a 2½ mile detour.', '2½ mile')).toMatchObject({ value: 2.5, unit: 'mi' });
    expect(mentionFor('The bill needed a ⅔ majority.', '⅔').value).toBeCloseTo(2 / 3);
    expect(mentionFor('Add 1⁄8 of a cup.', '1⁄8').value).toBe(0.125);
  });
  it('reads "one" as a count before a noun or in a ratio, not as a pronoun', () => {
    expect(mentionFor('The attackers killed one soldier in the raid.', 'one')).toMatchObject({ value: 1, measure: 'soldier' });
    expect(mentionFor('About one in five residents left.', 'About one in five').value).toBeCloseTo(0.2);
    expectNone('Her latest one since the spring sold well.');
  });
  it('reads Indian scales and grouping', () => {
    expect(mentionFor('The plan costs two lakh crore rupees.', 'two lakh crore').value).toBe(2e12);
    expect(mentionFor('He was fined Rs 4,56,789 last week.', 'Rs 4,56,789').value).toBe(456789);
    expect(mentionFor('The bank lent Rs 2,10,45,300 to farmers.', 'Rs 2,10,45,300').value).toBe(21045300);
  });
  it('reads SI digit groups, scientific notation and abbreviated scales', () => {
    expect(mentionFor('The region has 3 405 120 residents.', '3 405 120').value).toBe(3405120);
    expect(mentionFor('Some 70 000 fans attended.', '70 000').value).toBe(70000);
    expect(mentionFor('A sample held 4.2e5 cells.', '4.2e5').value).toBe(420000);
    expect(mentionFor('The star weighs 3.1×10^30 kg.', '3.1×10^30').value).toBeCloseTo(3.1e30, -20);
    expect(mentionFor('The deal is worth $7mil.', '$7mil').value).toBe(7e6);
    expect(mentionFor('Reserves fell to 12 bln roubles.', '12 bln roubles')).toMatchObject({ value: 12e9, unit: 'RUB' });
  });
  it('keeps neighbouring numbers apart when they are not one grouped number', () => {
    const { mentions } = extract('In 2021 180 people applied.');
    expect(mentions.map((m) => m.value)).toEqual([2021, 180]);
    expect(extract('Scores were 12 345 and 12 346.').mentions.map((m) => m.value)).not.toContain(12345);
  });
  it('reads era years and far-future years', () => {
    expect(mentionFor('The walls date from AD 1120 or so.', '1120')).toMatchObject({ kind: 'year', value: 1120 });
    expect(mentionFor('It was founded in 600 BC by traders.', '600')).toMatchObject({ kind: 'year', value: -600 });
    expect(mentionFor('Seas may rise a metre by 2150, the panel says.', '2150').kind).toBe('year');
    expect(mentionFor('The first quarry opened since 2009 this month.', '2009').kind).toBe('year');
  });
  it('does not make a range of a year and a count', () => {
    const { mentions } = extract('Exports grew 12% in 2022 to 4.1 million tonnes.');
    expect(mentions.find((m) => m.qualifier === 'range')).toBeUndefined();
    expect(mentionFor('Exports grew 12% in 2022 to 4.1 million tonnes.', '4.1 million tonnes').value).toBeCloseTo(4.1e6);
  });
  it('reads suspended-hyphen ranges, but not "or" lists', () => {
    expect(mentionFor('They plan a 10- to 12-metre mirror.', '10- to 12-metre')).toMatchObject({ low: 10, high: 12, unit: 'm', qualifier: 'range' });
    expect(extract('Pick a 6- or 9-inch pan.').mentions.some((m) => m.qualifier === 'range')).toBe(false);
  });
  it('reads upper-case B and T as scales in money only', () => {
    expect(mentionFor('The fund holds €12B in bonds.', '€12B').value).toBe(12e9);
    expect(mentionFor('Its debt passed $1.3T last year.', '$1.3T').value).toBe(1.3e12);
  });
  it('reads a closing fraction word without "of", never "one second"', () => {
    expect(mentionFor('The odds are exactly one eighth.', 'one eighth').value).toBe(0.125);
    expect(extract('Hold on one second, please.').mentions.every((m) => m.value !== 0.5)).toBe(true);
  });
  it('reads a change range after "by" with the unit on the second side', () => {
    const m = mentionFor('Lake levels dropped by 2 to 3.5 metres over the summer.', '2 to 3.5 metres');
    expect(m).toMatchObject({ qualifier: 'range', low: 2, high: 3.5, unit: 'm', trend: 'down' });
  });
});

describe('phone numbers', () => {
  it('never reads numbers announced as phones, or their extensions', () => {
    expectNone('Call 4821 7730 for tickets.');
    expectNone('Reach the desk by phone on 318-9924.');
    expectNone('Our line is 612.555.0199 x 4410.');
    expectNone('ticket-desk-#Ref#-612 555 0199');
  });
  it('still reads ordinary numbers near phone words', () => {
    expect(mentionFor('The hotline took 4,500 calls in May.', '4,500').value).toBe(4500);
  });
});

describe('multipliers and signed money (NewsQuant error classes, invented sentences)', () => {
  it('reads "sixfold" and "10-fold" as multipliers, like "six times"', () => {
    expect(mentionFor('Exports grew more than sixfold to $2 billion.', 'more than sixfold')).toMatchObject({ value: 6, qualifier: 'over', measure: 'time' });
    expect(mentionFor('They saw a 10-fold increase in claims.', '10-fold')).toMatchObject({ value: 10, measure: 'time' });
    expectNone('It was a manifold problem.');
  });
  it('reads "$-50.8bn" as a negative amount', () => {
    expect(mentionFor('The trade balance fell to $-50.8bn in April.', '$-50.8bn')).toMatchObject({ kind: 'money', unit: 'USD', value: -50.8e9 });
  });
  it('an amount in billions with no noun takes no antecedent noun', () => {
    expect(mentionFor('The brothers have a net worth of 1.4 billion (about $1.8bn).', '1.4 billion').measure).not.toBe('brother');
  });
});

describe('ranges (NewsQuant error classes, invented sentences)', () => {
  it('"2000 - 2500 calories" is a span of calories, not a year and a count', () => {
    expect(mentionFor('Adults need 2000 - 2500 calories to stay well.', '2000 - 2500 calories')).toMatchObject({ low: 2000, high: 2500, unit: 'kcal', qualifier: 'range' });
    // a year and a count stay apart
    expect(extract('Sales rose 60% in 2018 to 3.9 million.').mentions.map((m) => m.kind)).toEqual(['percent', 'year', 'count']);
  });
  it('"from X up to Y" is a span', () => {
    expect(mentionFor('Flats range in size from 450 sq ft up to 900 sq ft.', '450')).toMatchObject({ low: 450, high: 900, unit: 'ft2', qualifier: 'range' });
  });
});

describe('antecedents of bare amounts', () => {
  it('an amount in millions takes the count before it, never the last plural noun', () => {
    expect(mentionFor('More than 6 million homes, including 1.5 million in the city, lost power.', '1.5 million').measure).toBe('home');
    expect(mentionFor('The brothers lead the list with a net worth of 2.1 billion.', '2.1 billion').measure).toBeNull();
  });
});

describe('hyphenated spans and numbers', () => {
  it('"a 0-to-60-mph time" is a span of mph; the second half of "ISO 3888-2" is no count', () => {
    expect(mentionFor('It cut the 0-to-60-mph time.', '0-to-60-mph')).toMatchObject({ low: 0, high: 60, unit: 'mph', qualifier: 'range' });
    expect(mentionFor('It is a 10-to-15-minute walk.', '10-to-15-minute')).toMatchObject({ low: 10, high: 15, unit: 'min' });
    expectNone('It meets the ISO 3888-2 standard.');
    expect(mentionFor('Rooms 16-18 hold 40 people.', '40').value).toBe(40);
  });
});
