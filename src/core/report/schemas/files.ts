// The published schema files (docs/schemas/), by file name.
import { BACKUP_JSON_SCHEMA } from '../../backup/schema.js';
import { CLAIMREVIEW_JSON_SCHEMA } from './claimreview.schema.js';
import { REPORT_JSON_SCHEMA } from './report.schema.js';

export const SCHEMA_FILES: Record<string, object> = {
  'report-v1.schema.json': REPORT_JSON_SCHEMA,
  'claimreview.schema.json': CLAIMREVIEW_JSON_SCHEMA,
  'backup-v1.schema.json': BACKUP_JSON_SCHEMA,
};
