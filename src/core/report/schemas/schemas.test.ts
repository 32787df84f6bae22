import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from './files.js';

describe('published schemas', () => {
  it.each(Object.keys(SCHEMA_FILES))('docs/schemas/%s matches the schema in code (run `npx tsx scripts/write-schemas.ts`)', (name) => {
    expect(JSON.parse(readFileSync(`docs/schemas/${name}`, 'utf8'))).toEqual(SCHEMA_FILES[name]);
  });
});
