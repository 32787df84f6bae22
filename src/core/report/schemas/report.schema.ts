// JSON Schema (2020-12) of the JSON report, version 1. docs/schemas/report-v1.schema.json is this object, written
// out (a test keeps the two equal); docs/report-json.md explains each field.
const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const intOrNull = { type: ['integer', 'null'] } as const;

const mentionKey = {
  type: 'object', additionalProperties: false, required: ['hash', 'start', 'end'],
  properties: { hash: str, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
} as const;

const evidence = {
  type: 'object', additionalProperties: false,
  required: ['id', 'articleHash', 'articleId', 'source', 'start', 'end', 'exact', 'prefix', 'suffix', 'note'],
  properties: {
    id: str, articleHash: str, articleId: strOrNull, source: strOrNull, start: { type: 'integer' }, end: { type: 'integer' },
    exact: str, prefix: str, suffix: str, note: str,
  },
} as const;

const verdict = {
  type: 'object', additionalProperties: false,
  required: ['id', 'column', 'decided', 'rating', 'accepted', 'reference', 'explanation', 'flag', 'evidence', 'createdAt', 'updatedAt'],
  properties: {
    id: str,
    column: { enum: ['todo', 'review', 'decided'] },
    decided: { type: 'boolean' },
    rating: {
      oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['levelId', 'label', 'ordinal'], properties: { levelId: str, label: str, ordinal: intOrNull } }],
    },
    accepted: {
      oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['low', 'high', 'unit', 'text'], properties: { low: num, high: num, unit: strOrNull, text: str } }],
    },
    reference: {
      oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['citation', 'url'], properties: { citation: str, url: str } }],
    },
    explanation: str,
    flag: { enum: ['split', 'orphaned', 'merged', null] },
    evidence: { type: 'array', items: evidence },
    createdAt: str,
    updatedAt: str,
  },
} as const;

const value = {
  type: 'object', additionalProperties: false,
  required: ['articleId', 'source', 'mentionId', 'key', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'measure', 'sentence', 'sentenceAt', 'published'],
  properties: {
    articleId: str, source: str, mentionId: str, key: mentionKey, text: str, value: numOrNull, low: numOrNull, high: numOrNull,
    qualifier: { enum: ['exact', 'over', 'about', 'under', 'range'] }, unit: strOrNull, measure: strOrNull, sentence: str,
    sentenceAt: { type: 'integer', minimum: -1 }, published: strOrNull,
  },
} as const;

const claim = {
  type: 'object', additionalProperties: false,
  required: ['id', 'anchor', 'keys', 'label', 'status', 'statusOverridden', 'independentSources', 'countsDiffer', 'roundingOnly', 'note', 'reasons', 'unit', 'spread', 'values', 'verdict'],
  properties: {
    id: str,
    anchor: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
    keys: { type: 'array', items: mentionKey },
    label: str,
    status: { enum: ['contested', 'corroborated', 'single-source'] },
    statusOverridden: { type: 'boolean' },
    independentSources: { type: 'integer', minimum: 0 },
    countsDiffer: { type: 'boolean' },
    roundingOnly: { type: 'boolean' },
    note: str,
    reasons: { type: 'array', items: str },
    unit: strOrNull,
    spread: { oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: num, max: num } }] },
    values: { type: 'array', items: value },
    verdict: { oneOf: [{ type: 'null' }, verdict] },
  },
} as const;

export const REPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:crosscheck:schema:report:1',
  title: 'Crosscheck report, schema version 1',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'schemaVersion', 'generatedAt', 'title', 'case', 'scale', 'summary', 'articles', 'claims', 'orphaned', 'reuse'],
  properties: {
    format: { const: 'crosscheck-report' },
    schemaVersion: { const: 1 },
    generatedAt: { type: 'string', format: 'date-time' },
    title: str,
    case: { oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['id', 'name', 'description'], properties: { id: str, name: str, description: str } }] },
    scale: {
      type: 'object', additionalProperties: false, required: ['id', 'name', 'levels'],
      properties: {
        id: str, name: str,
        levels: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'label', 'ordinal', 'description'], properties: { id: str, label: str, ordinal: intOrNull, description: str } } },
      },
    },
    summary: {
      type: 'object', additionalProperties: false,
      required: ['articles', 'claims', 'decided', 'contested', 'corroborated', 'singleSource', 'orphaned'],
      properties: Object.fromEntries(['articles', 'claims', 'decided', 'contested', 'corroborated', 'singleSource', 'orphaned'].map((k) => [k, { type: 'integer', minimum: 0 }])),
    },
    articles: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['id', 'hash', 'title', 'titleShortened', 'outlet', 'author', 'published', 'language', 'fileName', 'format', 'words', 'corrected'],
        properties: {
          id: str, hash: str, title: str, titleShortened: { type: 'boolean' }, outlet: strOrNull, author: strOrNull, published: strOrNull,
          language: strOrNull, fileName: str, format: { enum: ['txt', 'md', 'html', 'pdf', 'docx'] }, words: { type: 'integer', minimum: 0 },
          corrected: { type: 'array', items: { enum: ['title', 'outlet', 'author', 'published'] } },
        },
      },
    },
    claims: { type: 'array', items: claim },
    orphaned: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['label', 'anchor', 'keys', 'verdict'],
        properties: { label: str, anchor: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' }, keys: { type: 'array', items: mentionKey }, verdict },
      },
    },
    reuse: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['a', 'b', 'score', 'sentences'], properties: { a: str, b: str, score: num, sentences: { type: 'integer', minimum: 0 } } },
    },
  },
} as const;
