// CSV: one row per statistic and source statement (RFC 4180: CRLF, every text field quoted, quotes doubled),
// safe to open in a spreadsheet (text starting with = + - @ tab or CR gets a leading apostrophe).
import { keyId } from '../keys.js';
import { csvField } from './escape.js';
import { acceptedText, verdictText } from './labels.js';
import type { ReportModel, ReportVerdict } from './model.js';

export const CSV_COLUMNS = [
  'statistic', 'label', 'status', 'independent_sources', 'verdict', 'rating', 'rating_value', 'accepted', 'accepted_low', 'accepted_high',
  'source', 'article_title', 'published', 'stated', 'value', 'low', 'high', 'unit', 'hedge', 'measure', 'sentence', 'mention_key',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function verdictCells(v: ReportVerdict | null, model: ReportModel): Pick<Row, 'verdict' | 'rating' | 'rating_value' | 'accepted' | 'accepted_low' | 'accepted_high'> {
  return {
    verdict: verdictText(v, model),
    rating: v?.decided ? v.rating?.label ?? null : null,
    rating_value: v?.decided ? v.rating?.ordinal ?? null : null,
    accepted: acceptedText(v) || null,
    accepted_low: v?.accepted?.low ?? null,
    accepted_high: v?.accepted?.high ?? null,
  };
}

const EMPTY_SOURCE = { source: null, article_title: null, published: null, stated: null, value: null, low: null, high: null, unit: null, hedge: null, measure: null, sentence: null, mention_key: null };

/** `bom`: a UTF-8 byte-order mark first, so Excel reads accented names right (default on). */
export function csvReport(model: ReportModel, options: { bom?: boolean } = {}): string {
  const title = new Map(model.articles.map((a) => [a.id, a.title]));
  const rows: Row[] = [];
  model.claims.forEach((c, i) => {
    const base = { statistic: i + 1, label: c.label, status: c.status, independent_sources: c.independentSources, ...verdictCells(c.verdict, model) };
    if (!c.values.length) rows.push({ ...base, ...EMPTY_SOURCE });
    for (const v of c.values) {
      rows.push({
        ...base, source: v.source, article_title: title.get(v.articleId) ?? null, published: v.published, stated: v.text,
        value: v.value, low: v.low, high: v.high, unit: v.unit, hedge: v.qualifier, measure: v.measure, sentence: v.sentence, mention_key: keyId(v.key),
      });
    }
  });
  for (const o of model.orphaned) {
    rows.push({ statistic: null, label: o.label, status: 'orphaned', independent_sources: null, ...verdictCells(o.verdict, model), ...EMPTY_SOURCE });
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((col) => csvField(r[col])).join(','))];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
