import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('quantity parser', () => {
  it('reads currency, scale and units', () => {
    const m = mentionFor('The agency spent $3.4 billion on roads.', '$3.4 billion');
    expect([m.kind, m.value, m.unit]).toEqual(['money', 3.4e9, 'USD']);
    expect(mentionFor('Fees rose to US$12m last year.', 'US$12m').value).toBe(12e6);
    expect(mentionFor('It cost €450,000 in all.', '€450,000').unit).toBe('EUR');
    expect(mentionFor('The grant was 2 million CFA francs.', '2 million CFA francs').unit).toBe('XOF');
    expect(mentionFor('They paid 500 rupees each.', '500 rupees').unit).toBe('INR');
  });
  it('reads percentages and percentage points', () => {
    expect(mentionFor('Turnout hit 64.5 per cent.', '64.5 per cent').unit).toBe('%');
    expect(mentionFor('Support slipped 3 percentage points.', '3 percentage points').unit).toBe('pp');
  });
  it('reads measures with normalised units', () => {
    expect(mentionFor('The lake covers 2,300 square kilometres.', '2,300 square kilometres').unit).toBe('km2');
    expect(mentionFor('The park covers 80 sq mi of forest.', '80 sq mi').unit).toBe('mi2');
    expect(mentionFor('The truck carried 12 tonnes of grain.', '12 tonnes').unit).toBe('t');
    expect(mentionFor('Temperatures hit 41°C on Monday.', '41°C').unit).toBe('°C');
  });
  it('reads number words', () => {
    expect(mentionFor('The talks lasted two weeks.', 'two weeks')).toMatchObject({ kind: 'duration', value: 2, unit: 'week' });
    expect(mentionFor('Twenty-five ferries were idle.', 'Twenty-five').value).toBe(25);
    expect(mentionFor('A dozen boats sank.', 'A dozen').value).toBe(12);
    expect(mentionFor('About two hundred and fifty thousand voters stayed home.', 'two hundred and fifty thousand').value).toBe(250000);
  });
  it('reads signs, glued scales and conversions in brackets', () => {
    expect(mentionFor('The index closed -1.3% lower.', '-1.3%').value).toBe(-1.3);
    expect(mentionFor('Nights reach minus 40 degrees Celsius.', 'minus 40').value).toBe(-40);
    expect(mentionFor('The album sold 4.3M copies.', '4.3M').value).toBe(4.3e6);
    expect(mentionFor('The wall is 2.5m tall.', '2.5m')).toMatchObject({ value: 2.5, unit: 'm' });
    expect(mentionFor('Moths fly more than 100 kilometres (62 miles) each night.', '62 miles').qualifier).toBe('over');
  });
  it('is not fooled by words that are Object.prototype members', () => {
    expect(mentionFor('The constructor hired 40 welders.', '40').value).toBe(40);
  });
  it('reads halves, dozens and mixed fractions', () => {
    expect(mentionFor('The siege lasted two and a half years.', 'two and a half years')).toMatchObject({ value: 2.5, unit: 'year' });
    expect(mentionFor('Half a dozen boats sank.', 'Half a dozen').value).toBe(6);
    expect(mentionFor('They found 3 dozen crates.', '3 dozen').value).toBe(36);
    expect(mentionFor('The door is 2 1/2 inches thick.', '2 1/2 inches')).toMatchObject({ value: 2.5, unit: 'in' });
    expect(mentionFor('Three quarters voted yes.', 'Three quarters').value).toBe(0.75);
  });
});
