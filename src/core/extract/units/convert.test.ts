import { describe, expect, it } from 'vitest';
import { sameDimension, toBase } from './convert.js';

describe('toBase', () => {
  it('converts areas, lengths, masses and temperatures', () => {
    expect(toBase(479000, 'mi2').value).toBeCloseTo(1240604, -1);
    expect(toBase(1.24e6, 'km2')).toEqual({ value: 1.24e6, dimension: 'area', unit: 'km2' });
    expect(toBase(10, 'mi').value).toBeCloseTo(16.09344);
    expect(toBase(2, 't')).toMatchObject({ value: 2000, dimension: 'mass' });
    expect(toBase(212, '°F').value).toBeCloseTo(100);
    expect(toBase(2, 'week')).toMatchObject({ value: 14, dimension: 'time' });
  });
  it('keeps currencies apart and normalises rates to per year', () => {
    expect(toBase(5, 'USD').dimension).toBe('money:USD');
    expect(toBase(100, 'USD/month')).toMatchObject({ value: 1200, dimension: 'money:USD/year' });
    expect(toBase(50, 'USD/100')).toMatchObject({ value: 0.5, dimension: 'money:USD' });
    expect(sameDimension('km2', 'mi2')).toBe(true);
    expect(sameDimension('USD', 'EUR')).toBe(false);
    expect(toBase(3, null).dimension).toBe('count');
  });
});
