// Writes the JSON Schemas kept in code to docs/schemas/, where readers and other tools find them.
// `npx tsx scripts/write-schemas.ts`; src/core/report/schemas.test.ts fails when the files are out of date.
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILES } from '../src/core/report/schemas/files.js';

for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(`docs/schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`docs/schemas/${name}`);
}
