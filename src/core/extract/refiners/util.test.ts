import { describe, expect, it } from 'vitest';
import { isAllCaps } from './util.js';

describe('isAllCaps', () => {
  it('answers as text === text.toUpperCase(), also for non-ASCII text', () => {
    const words = ['NATO', 'Nato', 'nato', 'U.S.', 'GDP’s', 'A', 'a', '123', '', 'ÉTÉ', 'Été', 'éTÉ', 'STRAẞE', 'STRAßE', 'ΑΘΗΝΑ', 'Αθήνα', 'COVID-19', 'Q3', 'q3'];
    for (const w of words) expect(isAllCaps(w), w).toBe(w === w.toUpperCase());
  });
});
