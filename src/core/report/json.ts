// The JSON report: the report model as it is, versioned by `schemaVersion` (docs/report-json.md).
import type { ReportModel } from './model.js';

export function jsonReport(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
