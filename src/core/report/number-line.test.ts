import { describe, expect, it } from 'vitest';
import { niceTicks, numberLineLayout, numberLineSvg, type NumberLineRow } from './number-line.js';

const row = (label: string, qualifier: NumberLineRow['qualifier'], value: number | null, low: number | null, high: number | null): NumberLineRow =>
  ({ label, text: String(value), value, low, high, qualifier, unit: null });

describe('number line', () => {
  const rows = [
    row('Exact, rounded', 'exact', 13000, 12500, 13500),
    row('Over', 'over', 15000, 15000, 22500),
    row('Under', 'under', 12000, 9600, 12000),
    row('About', 'about', 14000, 12600, 15400),
    row('Range', 'range', 14500, 14000, 15000),
  ];
  const L = numberLineLayout(rows, { width: 600, accepted: { low: 13200, high: 13200 } });

  it('gives one row per source, top to bottom', () => {
    expect(L.rows.map((r) => r.fullLabel)).toEqual(rows.map((r) => r.label));
    expect(L.rows.map((r) => r.y)).toEqual([...L.rows.map((r) => r.y)].sort((a, b) => a - b));
    expect(L.height).toBeGreaterThan(L.rows.at(-1)!.y);
  });

  it('draws rounding as a band, hedges as open ends running to the edge, ranges without a point', () => {
    const [exact, over, under, about, range] = L.rows;
    expect(exact!.band!.x1 - exact!.band!.x0).toBeGreaterThan(0);
    expect(exact!.point).toBeGreaterThan(exact!.band!.x0);
    expect(exact!.point).toBeLessThan(exact!.band!.x1);
    expect(over).toMatchObject({ openRight: true, openLeft: false });
    expect(over!.band!.x1).toBe(L.plot.x1);
    expect(under).toMatchObject({ openLeft: true, openRight: false });
    expect(under!.band!.x0).toBe(L.plot.x0);
    expect(about!.dashed).toBe(true);
    expect(range!.point).toBeNull();
    // Positions follow values: the "under 12,000" top sits left of the exact 13,000 point.
    expect(under!.band!.x1).toBeLessThan(exact!.point!);
  });

  it('marks the accepted value across the rows and describes every row in words', () => {
    expect(L.accepted!.x0).toBeGreaterThan(L.rows[0]!.band!.x0);
    expect(L.description).toMatch(/Over: over 15,000 \(15,000–22,500 or more\)/);
    expect(L.description).toMatch(/Accepted value: 13,200/);
  });

  it('keeps every x inside the drawing, even for a single point or no values', () => {
    for (const layout of [numberLineLayout([row('One', 'exact', 5, 5, 5)]), numberLineLayout([row('None', 'exact', null, null, null)]), numberLineLayout([])]) {
      for (const r of layout.rows) {
        for (const x of [r.point, r.band?.x0, r.band?.x1]) if (x !== null && x !== undefined) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(layout.width);
        }
      }
      expect(layout.ticks.every((t) => Number.isFinite(t.x))).toBe(true);
    }
  });

  it('escapes labels in the SVG and uses only ids from its prefix', () => {
    const svg = numberLineSvg([row('<script>alert(1)</script>', 'exact', 3, 2, 4)], { idPrefix: 'c1"><x' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toMatch(/aria-labelledby="c1x-t c1x-d"/);
  });
});

describe('niceTicks', () => {
  it.each([[0, 10, [0, 2, 4, 6, 8, 10]], [12, 18, [12, 14, 16, 18]], [2.5e8, 3.5e8, [2.6e8, 2.8e8, 3e8, 3.2e8, 3.4e8]], [0.1, 0.35, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35]]])('%d..%d', (min, max, expected) => {
    expect(niceTicks(min, max)).toEqual(expected);
  });
});
