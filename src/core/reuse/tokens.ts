// Word tokens for reuse detection. Paraphrases keep names, numbers and most content words but swap function
// words and inflections, so sentence similarity works on lowercased, stopword-free, crudely stemmed tokens.

export const STOP: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about as than then ' +
    'that this these those there here it its it\'s is are was were be been being am has have had having do does did ' +
    'will would shall should can could may might must not no so such too very also just only even still yet ' +
    'he she they them their theirs his her hers him we us our you your i me my who whom whose which what when ' +
    'where why how all any both each few more most other some own same s t said says say according while ' +
    'after before since until during against between through up down out off again further once if because'
  ).split(' '),
);

/** Lowercased word tokens (letters and digits; keeps "4,500" as one token without the comma). */
export function words(text: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
  for (const m of text.toLowerCase().matchAll(re)) out.push(m[0].replace(/[,’']/g, ''));
  return out;
}

/** Crude suffix stripping: enough to meet "deteriorated"/"deteriorating", "troops"/"troop". */
export function stem(w: string): string {
  if (w.length <= 4 || /\d/.test(w)) return w;
  const s = w
    .replace(/(?:ations?|ments?|ingly|edly|ities|ity|ness)$/, '')
    .replace(/(?:ing|ed|ies|es|ly|s)$/, '')
    .replace(/e$/, '');
  return s.length >= 3 ? s.slice(0, 7) : w.slice(0, 7);
}

/** Content stems of a text: stopwords and one-letter tokens dropped. */
export function contentStems(text: string): string[] {
  return stemsOf(words(text));
}

/** Content stems of already tokenised words (lets callers tokenise once for shingles and stems). */
export function stemsOf(ws: string[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
