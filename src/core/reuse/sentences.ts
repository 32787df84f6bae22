// Sentence units for alignment. Kept local (instead of the extractor's splitter) so reuse detection has no
// dependency on extraction and stays cheap: a rough split is enough to align restated sentences.

import { stemsOf, words } from './tokens.js';

export interface Unit {
  text: string;
  stems: string[];
  /** All word tokens of the sentence (for document shingles). */
  words: string[];
}

/** Split on sentence punctuation followed by space + capital/quote/digit, and on line breaks. */
export function splitUnits(text: string): Unit[] {
  const out: Unit[] = [];
  for (const line of text.split(/\n+/)) {
    const parts = line.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u);
    for (const p of parts) {
      const t = p.trim();
      if (!t) continue;
      const ws = words(t);
      out.push({ text: t, stems: stemsOf(ws), words: ws });
    }
  }
  return out;
}
