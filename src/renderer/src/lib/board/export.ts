/**
 * Reports from the board: the same core report model and writers as the CLI (core/report), over the current case's
 * articles, analysis, stored verdicts, evidence and rating scale. Saved with the bridge's saveFile (a native save
 * dialog in Electron, a download on the web); PDF prints the self-contained HTML (printToPdf).
 */
import type { Analysis, Annotation, Article, Case, RatingScale, Verdict } from '../../../../core/model/index.js';
import { buildReport, exportReport, PUBLISHER_SETTING, type Publisher, type ReportFormat, type ReportModel } from '../../../../core/report/index.js';
import type { CrosscheckApi } from '../../../../preload/contract.js';
import type { CrosscheckDb } from '../db/schema.js';

export type ExportFormat = ReportFormat | 'pdf';

export const EXPORT_FORMATS: { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'md', label: 'Markdown', hint: '.md — for editors and wikis' },
  { id: 'html', label: 'HTML', hint: '.html — one self-contained file, opens offline' },
  { id: 'pdf', label: 'PDF', hint: 'the HTML report printed' },
  { id: 'json', label: 'JSON', hint: '.json — versioned schema (docs/report-json.md)' },
  { id: 'csv', label: 'CSV', hint: '.csv — one row per quantity and source' },
  { id: 'claimreview', label: 'ClaimReview', hint: '.jsonld — schema.org markup, decided claims only' },
];

export interface BoardReportInput {
  articles: Article[];
  analysis: Analysis;
  case: Pick<Case, 'id' | 'name' | 'description'> | null;
  verdicts: Verdict[];
  annotations: Annotation[];
  scale: RatingScale;
  /** Quantity ids of the selected cards; null for the whole board. */
  selected: string[] | null;
}

export function boardReport(input: BoardReportInput): ReportModel {
  return buildReport({
    articles: input.articles, analysis: input.analysis, case: input.case, verdicts: input.verdicts,
    annotations: input.annotations, scale: input.scale, selection: input.selected ? { quantityIds: input.selected } : 'board',
  });
}

export async function loadPublisher(db: CrosscheckDb): Promise<Partial<Publisher>> {
  const v = (await db.settings.get(PUBLISHER_SETTING))?.value;
  return typeof v === 'object' && v !== null ? (v as Partial<Publisher>) : {};
}

export async function savePublisher(db: CrosscheckDb, publisher: Partial<Publisher>): Promise<void> {
  await db.settings.put({ key: PUBLISHER_SETTING, value: publisher });
}

/** Writes one export; resolves with a line saying where it went (or why not). */
export async function exportBoard(api: CrosscheckApi, model: ReportModel, format: ExportFormat, publisher: Partial<Publisher>): Promise<string> {
  if (format === 'pdf') {
    const html = exportReport(model, 'html');
    const bytes = await api.printToPdf(html.text);
    // Electron returns the PDF to save; the web build opened the browser's print dialog ("Save as PDF").
    if (!bytes) return 'The print dialog was opened: choose “Save as PDF”.';
    const where = await api.saveFile({ suggestedName: html.name.replace(/\.html$/, '.pdf'), mime: 'application/pdf', data: bytes });
    return where ? `Saved ${where}` : 'Not saved.';
  }
  const file = exportReport(model, format, { publisher });
  const where = await api.saveFile({ suggestedName: file.name, mime: file.mime, data: file.text });
  const warn = file.warnings.length ? ` (${file.warnings.join(' ')})` : '';
  return where ? `Saved ${where}${warn}` : 'Not saved.';
}
