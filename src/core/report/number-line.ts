// The number-line chart of a statistic: one row per source with the interval it commits to, so a disagreement is
// seen at a glance. `numberLineLayout` is pure geometry (the board can draw it with its own elements);
// `numberLineSvg` writes it as a self-contained SVG string for reports. See docs/reports.md for the visual grammar.
import type { Qualifier } from '../model/index.js';
import { escapeHtml } from './escape.js';
import { formatInterval, formatNumber, statedValue, type StatedValue } from './format-value.js';
import { shorten } from './text.js';

/** One source's statement; `text` (the mention as written) feeds the accessible description. */
export interface NumberLineRow extends StatedValue {
  /** Source name (shown shortened; full in the row's tooltip). */
  label: string;
}

export interface NumberLineOptions {
  width?: number;
  /** Prefix for element ids, unique per page (title/desc are referenced by id). */
  idPrefix?: string;
  accepted?: { low: number; high: number } | null;
  unit?: string | null;
  title?: string;
}

export interface LaidRow {
  y: number;
  label: string;
  fullLabel: string;
  /** The interval the source commits to (hedge and rounding). */
  band: { x0: number; x1: number } | null;
  /** The stated value; none for ranges. */
  point: number | null;
  /** Open ends ("over" leaves the top open, "under" the bottom): the band runs to the plot's edge, fading, with an arrow. */
  openLeft: boolean;
  openRight: boolean;
  /** `about` hedges draw a dashed band; rounding and ranges a solid one. */
  dashed: boolean;
  qualifier: Qualifier;
  description: string;
}

export interface NumberLineLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  ticks: { x: number; label: string }[];
  rows: LaidRow[];
  accepted: { x0: number; x1: number; label: string } | null;
  title: string;
  description: string;
}

const ROW = 24;
const TOP = 18;
const AXIS = 30;
const LABEL = 150;
const PAD = 14;

/** About five round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const tickLabel = (v: number, unit: string | null) => (unit === 'year' ? String(Math.round(v)) : Math.abs(v) >= 10_000 ? compact.format(v) : formatNumber(v, unit));

export function numberLineLayout(rows: NumberLineRow[], options: NumberLineOptions = {}): NumberLineLayout {
  const width = Math.max(320, options.width ?? 640);
  const unit = options.unit ?? rows.find((r) => r.unit)?.unit ?? null;
  const values: number[] = [];
  for (const r of rows) for (const v of [r.low, r.high, r.value]) if (v !== null && Number.isFinite(v)) values.push(v);
  if (options.accepted) values.push(options.accepted.low, options.accepted.high);
  let min = values.length ? Math.min(...values) : 0;
  let max = values.length ? Math.max(...values) : 1;
  if (max === min) {
    const pad = Math.abs(min) * 0.1 || 1;
    [min, max] = [min - pad, max + pad];
  }
  const span = max - min;
  [min, max] = [min - span * 0.06, max + span * 0.06];
  if (values.length && Math.min(...values) >= 0 && min < 0) min = 0;
  const plot = { x0: LABEL, x1: width - PAD, y0: TOP, y1: TOP + rows.length * ROW };
  const x = (v: number) => plot.x0 + ((v - min) / (max - min)) * (plot.x1 - plot.x0);

  const laid = rows.map((r, i): LaidRow => {
    const lo = r.low ?? r.value;
    const hi = r.high ?? r.value;
    // An open end runs to the edge of the plot: "over 4,000" commits to no upper bound (the engine's 1.5x cap is
    // only for comparing intervals, so it is not drawn as a bound).
    const from = r.qualifier === 'under' ? plot.x0 : lo === null ? null : x(Math.min(lo, hi ?? lo));
    const to = r.qualifier === 'over' ? plot.x1 : hi === null ? null : x(Math.max(hi, lo ?? hi));
    const band = from !== null && to !== null ? { x0: from, x1: to } : null;
    const stated = statedValue(r);
    const interval = r.low !== null && r.high !== null && r.low !== r.high ? ` (${formatInterval(r.low, r.high, r.unit)}${r.qualifier === 'over' ? ' or more' : r.qualifier === 'under' ? ' or less' : ''})` : '';
    return {
      y: TOP + i * ROW + ROW / 2,
      label: shorten(r.label, 22),
      fullLabel: r.label,
      band,
      point: r.qualifier === 'range' || r.value === null ? null : x(r.value),
      openLeft: r.qualifier === 'under',
      openRight: r.qualifier === 'over',
      dashed: r.qualifier === 'about',
      qualifier: r.qualifier,
      description: `${r.label}: ${stated}${interval}`,
    };
  });
  const acc = options.accepted;
  const accepted = acc ? { x0: x(Math.min(acc.low, acc.high)), x1: x(Math.max(acc.low, acc.high)), label: formatInterval(acc.low, acc.high, unit) } : null;
  const ticks = niceTicks(min, max).map((t) => ({ x: x(t), label: tickLabel(t, unit) }));
  const title = options.title ?? 'Values by source';
  const description = [...laid.map((r) => r.description), ...(accepted ? [`Accepted value: ${accepted.label}`] : [])].join('. ');
  return { width, height: plot.y1 + AXIS, plot, ticks, rows: laid, accepted, title, description };
}

const f = (n: number) => String(Math.round(n * 10) / 10);

/** The chart as an SVG element string: inline, no external references, every label escaped. */
export function numberLineSvg(rows: NumberLineRow[], options: NumberLineOptions = {}): string {
  const L = numberLineLayout(rows, options);
  const id = (options.idPrefix ?? 'nl').replace(/[^A-Za-z0-9_-]/g, '');
  const { plot } = L;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="number-line" viewBox="0 0 ${L.width} ${L.height}" width="${L.width}" height="${L.height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="system-ui, sans-serif" font-size="11">`,
    `<title id="${id}-t">${escapeHtml(L.title)}</title>`,
    `<desc id="${id}-d">${escapeHtml(L.description)}</desc>`,
  ];
  if (L.rows.some((r) => r.openLeft || r.openRight)) {
    const stop = (offset: number, opacity: number) => `<stop offset="${offset}" stop-color="#4f7cac" stop-opacity="${opacity}"/>`;
    out.push(`<defs><linearGradient id="${id}-fade-r">${stop(0, 0.45)}${stop(1, 0.02)}</linearGradient><linearGradient id="${id}-fade-l">${stop(0, 0.02)}${stop(1, 0.45)}</linearGradient></defs>`);
  }
  if (L.accepted) {
    const w = Math.max(2, L.accepted.x1 - L.accepted.x0);
    out.push(`<rect class="nl-accepted-band" x="${f(L.accepted.x0 - (w === 2 ? 1 : 0))}" y="${f(plot.y0 - 6)}" width="${f(w)}" height="${f(plot.y1 - plot.y0 + 6)}" fill="#2e7d32" fill-opacity="0.18"/>`);
    for (const ax of L.accepted.x1 - L.accepted.x0 < 2 ? [L.accepted.x0] : [L.accepted.x0, L.accepted.x1]) {
      out.push(`<line class="nl-accepted" x1="${f(ax)}" x2="${f(ax)}" y1="${f(plot.y0 - 6)}" y2="${f(plot.y1)}" stroke="#2e7d32" stroke-width="1.5" stroke-dasharray="4 2"/>`);
    }
    out.push(`<text class="nl-accepted-label" x="${f(Math.min(L.accepted.x0, plot.x1 - 4))}" y="${f(plot.y0 - 8)}" text-anchor="${L.accepted.x0 > (plot.x0 + plot.x1) / 2 ? 'end' : 'start'}" fill="#2e7d32">accepted ${escapeHtml(L.accepted.label)}</text>`);
  }
  for (const r of L.rows) {
    out.push(`<g class="nl-row nl-${r.qualifier}"><title>${escapeHtml(r.description)}</title>`);
    out.push(`<line class="nl-guide" x1="${plot.x0}" x2="${plot.x1}" y1="${f(r.y)}" y2="${f(r.y)}" stroke="#d0d4da" stroke-width="0.5"/>`);
    out.push(`<text class="nl-label" x="${plot.x0 - 8}" y="${f(r.y + 4)}" text-anchor="end" fill="currentColor">${escapeHtml(r.label)}</text>`);
    if (r.band) {
      const w = Math.max(1.5, r.band.x1 - r.band.x0);
      const dash = r.dashed ? ' stroke-dasharray="3 2"' : '';
      const fill = r.openRight ? `url(#${id}-fade-r)` : r.openLeft ? `url(#${id}-fade-l)` : '#4f7cac';
      const opacity = r.openLeft || r.openRight ? '' : ` fill-opacity="${r.qualifier === 'range' ? 0.55 : 0.3}"`;
      const stroke = r.openLeft || r.openRight ? '' : ` stroke="#4f7cac"${dash}`;
      const open = r.openLeft || r.openRight ? ' nl-band-open' : '';
      out.push(`<rect class="nl-band${open}" x="${f(r.band.x0)}" y="${f(r.y - 5)}" width="${f(w)}" height="10" rx="2" fill="${fill}"${opacity}${stroke}/>`);
      // Closed ends get a tick; open ends an arrow at the edge of the plot.
      if (!r.openLeft) out.push(`<line class="nl-end" x1="${f(r.band.x0)}" x2="${f(r.band.x0)}" y1="${f(r.y - 7)}" y2="${f(r.y + 7)}" stroke="#24476b" stroke-width="1.5"/>`);
      if (!r.openRight) out.push(`<line class="nl-end" x1="${f(r.band.x0 + w)}" x2="${f(r.band.x0 + w)}" y1="${f(r.y - 7)}" y2="${f(r.y + 7)}" stroke="#24476b" stroke-width="1.5"/>`);
      if (r.openRight) out.push(`<path class="nl-arrow" d="M${f(plot.x1 - 7)} ${f(r.y - 5)} L${f(plot.x1)} ${f(r.y)} L${f(plot.x1 - 7)} ${f(r.y + 5)}" fill="none" stroke="#24476b" stroke-width="1.5"/>`);
      if (r.openLeft) out.push(`<path class="nl-arrow" d="M${f(plot.x0 + 7)} ${f(r.y - 5)} L${f(plot.x0)} ${f(r.y)} L${f(plot.x0 + 7)} ${f(r.y + 5)}" fill="none" stroke="#24476b" stroke-width="1.5"/>`);
    }
    if (r.point !== null) out.push(`<circle class="nl-point" cx="${f(r.point)}" cy="${f(r.y)}" r="3.5" fill="#24476b"/>`);
    out.push('</g>');
  }
  out.push(`<line class="nl-axis" x1="${plot.x0}" x2="${plot.x1}" y1="${f(plot.y1 + 4)}" y2="${f(plot.y1 + 4)}" stroke="currentColor" stroke-width="1"/>`);
  for (const t of L.ticks) {
    out.push(`<line class="nl-tick" x1="${f(t.x)}" x2="${f(t.x)}" y1="${f(plot.y1 + 4)}" y2="${f(plot.y1 + 8)}" stroke="currentColor"/>`);
    out.push(`<text class="nl-tick-label" x="${f(t.x)}" y="${f(plot.y1 + 20)}" text-anchor="middle" fill="currentColor">${escapeHtml(t.label)}</text>`);
  }
  out.push('</svg>');
  return out.join('');
}

/**
 * Colours for a dark background, as CSS rules on the chart's classes (CSS outranks the SVG's presentation
 * attributes). The HTML report puts them in its dark-scheme media query; the board can put them under its dark theme.
 */
export const NUMBER_LINE_DARK_CSS = `
.number-line .nl-end, .number-line .nl-arrow { stroke: #a9c7ea; }
.number-line .nl-point { fill: #a9c7ea; }
.number-line .nl-band:not(.nl-band-open) { stroke: #7fa6d2; fill: #7fa6d2; }
.number-line stop { stop-color: #7fa6d2; }
.number-line .nl-guide { stroke: #3a424d; }
.number-line .nl-accepted { stroke: #8fd19e; }
.number-line .nl-accepted-band, .number-line .nl-accepted-label { fill: #8fd19e; }
`;
