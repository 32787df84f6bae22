// JSON Schema (2020-12) of a workspace backup, format version 1 (docs/schemas/backup-v1.schema.json). Records may
// carry fields beyond the ones listed (restore keeps them); the listed ones must have these types.
const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const int = { type: 'integer', minimum: 0 } as const;
const key = { type: 'object', required: ['hash', 'start', 'end'], properties: { hash: str, start: int, end: int } } as const;
const stamps = { createdAt: str, updatedAt: str } as const;

const record = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties } as const);

export const BACKUP_TABLE_SCHEMAS = {
  articles: record(
    ['id', 'hash', 'fileName', 'path', 'format', 'title', 'outlet', 'author', 'published', 'language', 'paragraphs', 'text', 'words', 'importedAt', 'bytes', 'encoding', 'removed'],
    {
      id: str, hash: { type: 'string', pattern: '^[0-9a-f]{64}$' }, fileName: str, path: str, format: { enum: ['txt', 'md', 'html', 'pdf', 'docx'] },
      title: str, outlet: strOrNull, author: strOrNull, published: strOrNull, language: strOrNull,
      paragraphs: { type: 'array', items: str }, text: str, words: int, importedAt: str, bytes: int, encoding: strOrNull, removed: { type: 'array', items: str },
    },
  ),
  cases: record(['id', 'name', 'description', 'articleIds', 'createdAt', 'updatedAt'], { id: str, name: str, description: str, articleIds: { type: 'array', items: str }, ...stamps }),
  analyses: record(['caseId', 'fingerprint', 'analysis', 'at'], {
    caseId: str, fingerprint: str, at: str, views: { type: 'array' },
    analysis: record(['mentions', 'quantities', 'reuse'], { mentions: { type: 'array', items: { type: 'object' } }, quantities: { type: 'array', items: { type: 'object' } }, reuse: { type: 'array', items: { type: 'object' } } }),
  }),
  layouts: record(['caseId'], { caseId: str }),
  annotations: record(['id', 'caseId', 'kind', 'anchor', 'body', 'quantityKeys', 'createdAt', 'updatedAt'], {
    id: str, caseId: str, kind: { enum: ['note', 'evidence'] }, body: str, quantityKeys: { type: 'array', items: key }, ...stamps,
    anchor: record(['articleHash', 'start', 'end', 'exact', 'prefix', 'suffix'], { articleHash: str, start: int, end: int, exact: str, prefix: str, suffix: str }),
  }),
  corrections: record(['id', 'caseId', 'type', 'createdAt'], { id: str, caseId: str, type: { enum: ['must-link', 'cannot-link', 'dismiss', 'add', 'status'] }, createdAt: str }),
  verdicts: record(['id', 'caseId', 'quantityKeys', 'label', 'column', 'order', 'rating', 'accepted', 'reference', 'explanation', 'evidenceIds', 'flag', 'createdAt', 'updatedAt'], {
    id: str, caseId: str, quantityKeys: { type: 'array', items: key }, label: str, column: { enum: ['todo', 'review', 'decided'] }, order: { type: 'number' },
    rating: { type: ['object', 'null'], required: ['scaleId', 'levelId', 'label', 'ordinal'], properties: { scaleId: str, levelId: str, label: str, ordinal: { type: ['integer', 'null'] } } },
    accepted: { type: ['object', 'null'], required: ['low', 'high', 'unit', 'text'], properties: { low: { type: 'number' }, high: { type: 'number' }, unit: strOrNull, text: str } },
    reference: { type: ['object', 'null'], required: ['citation', 'url'], properties: { citation: str, url: str } },
    explanation: str, evidenceIds: { type: 'array', items: str }, flag: { enum: ['split', 'orphaned', 'merged', null] }, ...stamps,
  }),
  settings: record(['key', 'value'], { key: str }),
} as const;

export const BACKUP_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:crosscheck:schema:backup:1',
  title: 'Crosscheck workspace backup, format version 1',
  type: 'object',
  required: ['format', 'version', 'createdAt', 'counts', 'checksum', 'tables'],
  properties: {
    format: { const: 'crosscheck-backup' },
    version: { const: 1 },
    createdAt: str,
    counts: { type: 'object', additionalProperties: int },
    checksum: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    tables: {
      type: 'object',
      additionalProperties: false,
      required: Object.keys(BACKUP_TABLE_SCHEMAS),
      properties: Object.fromEntries(Object.entries(BACKUP_TABLE_SCHEMAS).map(([name, item]) => [name, { type: 'array', items: item }])),
    },
  },
} as const;
