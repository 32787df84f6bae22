// ajv for the schema tests: draft 2020-12, strict (so a mistake in our own schemas fails too; `required` inside
// anyOf branches is allowed), with formats.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
