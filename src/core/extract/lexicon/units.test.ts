import { describe, expect, it } from 'vitest';
import { UNIT_ENTRIES, UNITS_BY_FIRST } from './units.js';

describe('UNITS_BY_FIRST', () => {
  it('finds every unit entry under its first token, longest first, behind the shape pre-test', () => {
    for (const e of UNIT_ENTRIES) {
      const list = UNITS_BY_FIRST.get(e.seq[0]!);
      expect(list, e.seq.join(' ')).toContain(e);
      for (let k = 1; k < list!.length; k++) expect(list![k - 1]!.seq.length).toBeGreaterThanOrEqual(list![k]!.seq.length);
    }
    // words that start no unit are not found (nor Object.prototype members)
    for (const w of ['people', 'constructor', 'toString', 'harvest', '']) expect(UNITS_BY_FIRST.get(w)).toBeUndefined();
  });
});
