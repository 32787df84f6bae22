// Verdicts brought in from a file (the CLI's --verdicts): a workspace backup, or a JSON report written earlier
// (the board's export). Either gives verdicts and evidence keyed by mentions, which then attach to a fresh analysis.
import { Validator } from '@cfworker/json-schema';
import { readBackup } from '../backup/read.js';
import { readMetadataRecords, type MetadataRecord } from '../metadata/edit.js';
import type { Annotation, Case, RatingScale, Verdict } from '../model/index.js';
import { PUBLISHER_SETTING, type Publisher } from '../report/claimreview.js';
import { REPORT_FORMAT, type ReportModel, type ReportVerdict } from '../report/model.js';
import { REPORT_JSON_SCHEMA } from '../report/schemas/report.schema.js';
import { RATING_SCALE_SETTING, readScale } from './scale.js';

export interface VerdictSource {
  verdicts: Verdict[];
  annotations: Annotation[];
  scale: RatingScale;
  publisher: Partial<Publisher> | null;
  case: Pick<Case, 'id' | 'name' | 'description'> | null;
  /** The checker's metadata corrections (a backup's corrected articles), to show in reports. */
  metadata: MetadataRecord[];
}

export type VerdictFileRead = { ok: true; source: VerdictSource } | { ok: false; error: string };

/**
 * From a backup holding several cases, the verdicts of the case sharing most articles (by content hash) with
 * `articleHashes`; from a report, all of its verdicts.
 */
export function readVerdictFile(text: string, articleHashes: ReadonlySet<string>): VerdictFileRead {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const format = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).format : undefined;
  if (format === REPORT_FORMAT) return fromReport(data);
  const read = readBackup(text);
  if (!read.ok) return read;
  const t = read.backup.tables;
  const hashOf = new Map(t.articles.map((a) => [a.id, a.hash]));
  const shared = (c: Case) => c.articleIds.filter((id) => articleHashes.has(hashOf.get(id) ?? '')).length;
  const chosen = [...t.cases].sort((a, b) => shared(b) - shared(a) || a.createdAt.localeCompare(b.createdAt))[0] ?? null;
  const setting = (key: string) => t.settings.find((s) => s.key === key)?.value;
  const publisher = setting(PUBLISHER_SETTING);
  return {
    ok: true,
    source: {
      verdicts: chosen ? t.verdicts.filter((v) => v.caseId === chosen.id) : t.verdicts,
      annotations: chosen ? t.annotations.filter((a) => a.caseId === chosen.id) : t.annotations,
      scale: readScale(setting(RATING_SCALE_SETTING)),
      publisher: typeof publisher === 'object' && publisher !== null ? (publisher as Partial<Publisher>) : null,
      case: chosen ? { id: chosen.id, name: chosen.name, description: chosen.description } : null,
      metadata: readMetadataRecords({ tables: t }),
    },
  };
}

let reportValidator: Validator | null = null;

function fromReport(data: unknown): VerdictFileRead {
  reportValidator ??= new Validator(REPORT_JSON_SCHEMA as never, '2020-12', true);
  const result = reportValidator.validate(data);
  if (!result.valid) {
    const e = result.errors.at(-1);
    return { ok: false, error: `not a valid Crosscheck report (schema version 1)${e ? `: ${e.instanceLocation.replace(/^#/, '')} ${e.error.replace(/\.+$/, '')}` : ''}` };
  }
  const model = data as ReportModel;
  const caseId = model.case?.id ?? 'report';
  const verdicts: Verdict[] = [];
  const annotations: Annotation[] = [];
  const add = (label: string, keys: Verdict['quantityKeys'], v: ReportVerdict) => {
    for (const e of v.evidence) {
      annotations.push({
        id: e.id, caseId, kind: 'evidence', body: e.note, quantityKeys: keys, createdAt: v.createdAt, updatedAt: v.updatedAt,
        anchor: { articleHash: e.articleHash, start: e.start, end: e.end, exact: e.exact, prefix: e.prefix, suffix: e.suffix },
      });
    }
    verdicts.push({
      id: v.id, caseId, quantityKeys: keys, label, column: v.column, order: verdicts.length,
      rating: v.rating ? { scaleId: model.scale.id, ...v.rating } : null, accepted: v.accepted, reference: v.reference,
      explanation: v.explanation, evidenceIds: v.evidence.map((e) => e.id), flag: v.flag, createdAt: v.createdAt, updatedAt: v.updatedAt,
    });
  };
  for (const c of model.claims) if (c.verdict) add(c.label, c.keys, c.verdict);
  for (const o of model.orphaned) add(o.label, o.keys, o.verdict);
  return { ok: true, source: { verdicts, annotations, scale: model.scale, publisher: null, case: model.case, metadata: [] } };
}
