// The publishing core shared by the board and the CLI: build a report model once, write it in any format.
export { buildReport, REPORT_FORMAT, REPORT_SCHEMA_VERSION } from './model.js';
export type { ReportInput, ReportModel, ReportClaim, ReportValue, ReportVerdict, ReportEvidence, ReportArticle, ReportOrphan, ReportSelection } from './model.js';
export { markdownReport } from './markdown.js';
export { htmlReport, REPORT_CSP } from './html.js';
export { jsonReport } from './json.js';
export { csvReport, CSV_COLUMNS } from './csv.js';
export { claimReviews, claimReviewJson, claimSentence, PUBLISHER_SETTING } from './claimreview.js';
export type { ClaimReviewOptions, ClaimReviewExport, Publisher } from './claimreview.js';
export { numberLineLayout, numberLineSvg, niceTicks, NUMBER_LINE_DARK_CSS } from './number-line.js';
export type { NumberLineRow, NumberLineOptions, NumberLineLayout, LaidRow } from './number-line.js';
export { renderMarkdown } from './explanation.js';
export { acceptedText, verdictText, NOT_DECIDED } from './labels.js';
export { statedValue, formatInterval, formatNumber } from './format-value.js';
export { REPORT_JSON_SCHEMA } from './schemas/report.schema.js';
export { CLAIMREVIEW_JSON_SCHEMA, ratingInRange } from './schemas/claimreview.schema.js';

import { claimReviewJson, type ClaimReviewOptions } from './claimreview.js';
import { csvReport } from './csv.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import type { ReportModel } from './model.js';

export type ReportFormat = 'md' | 'html' | 'json' | 'csv' | 'claimreview';

/** File name, MIME type and text of one export, ready for `saveFile` (the board) or a write (the CLI). */
export function exportReport(model: ReportModel, format: ReportFormat, options: ClaimReviewOptions = {}): { name: string; mime: string; text: string; warnings: string[] } {
  const base = `${(model.case?.name ?? 'crosscheck').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'crosscheck'}-report`;
  switch (format) {
    case 'md': return { name: `${base}.md`, mime: 'text/markdown', text: markdownReport(model), warnings: [] };
    case 'html': return { name: `${base}.html`, mime: 'text/html', text: htmlReport(model), warnings: [] };
    case 'json': return { name: `${base}.json`, mime: 'application/json', text: jsonReport(model), warnings: [] };
    case 'csv': return { name: `${base}.csv`, mime: 'text/csv', text: csvReport(model), warnings: [] };
    case 'claimreview': {
      const { json, warnings } = claimReviewJson(model, options);
      return { name: `${base}-claimreview.jsonld`, mime: 'application/ld+json', text: json, warnings };
    }
  }
}
