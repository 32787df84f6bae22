/**
 * Negative parser: phone numbers, ISBNs and other digit groups joined by "-", ".", ")" or single spaces
 * ("+1 425 882 8080", "(555) 123-4567", "978-3-16-148410-0"). Consumes them so no piece becomes a statistic.
 * Rule: three or more digit groups with at least 7 digits in all; two groups with 7+ digits (not a year span);
 * a leading "+" / "("; a group starting with "0" ("0176"); or two groups shaped 3-4 ("555-1234").
 * Short ranges ("500-600", "2014-2017") stay with the range and year parsers.
 */
import { draft, type Parser } from '../types.js';

const JOINERS = new Set(['-', '.', ')', '(', '/', '–']);

export const phoneParser: Parser = {
  name: 'phone',
  numericStart: true,
  parse(ctx, i) {
    const toks = ctx.tokens;
    let j = i;
    const lead = toks[i]!;
    const leadSym = lead.text === '+' || lead.text === '(';
    if (leadSym) j++;
    if (toks[j]?.kind !== 'num') return null;
    const groups: string[] = [];
    let end = j;
    while (toks[j]?.kind === 'num') {
      const t = toks[j]!;
      if (groups.length && t.gap > 1) break;
      if (t.text.includes(',')) break;
      groups.push(t.text);
      end = j + 1;
      let k = j + 1;
      // joiners: one symbol, optional spaces around it ("(555) 123-4567")
      // up to two joiner symbols: "(06)-1223", "0176/ 1234"
      if (toks[k]?.kind === 'sym' && JOINERS.has(toks[k]!.text) && toks[k]!.gap <= 1) k++;
      if (toks[k]?.kind === 'sym' && JOINERS.has(toks[k]!.text) && toks[k]!.gap <= 1) k++;
      if (toks[k]?.kind !== 'num' || toks[k]!.gap > 1) break;
      if (k === j + 1 && toks[k]!.gap === 0) break;
      j = k;
    }
    const digits = groups.join('').replace(/\D/g, '').length;
    const yearish = (g: string) => /^\d{4}$/.test(g) && +g >= 1800 && +g <= 2100;
    const isPhone =
      (groups.length >= 3 && digits >= 7) ||
      // a leading zero never starts a quantity in prose ("0176 12345678", "018", "07700 900873")
      (/^0\d/.test(groups[0]!) && !groups[0]!.includes('.')) ||
      (groups.length === 2 && digits >= 7 && groups.some((g) => g.length >= 5) && !groups.some((g) => g.includes('.')) && !(yearish(groups[0]!) && (yearish(groups[1]!) || groups[1]!.length <= 2))) ||
      (leadSym && lead.text === '+' && digits >= 7) ||
      (leadSym && lead.text === '(' && groups.length >= 2 && digits >= 7) ||
      (groups.length === 2 && groups[0]!.length === 3 && groups[1]!.length === 4 && toks[i + 1]?.text === '-' && !groups[0]!.startsWith('0') && toks[i + (leadSym ? 2 : 1)]?.gap === 0 && Number(groups[0]) >= 200 && Number(groups[0]) > Number(groups[1]) / 10) ||
      (groups.length === 1 && /^\d{7,}$/.test(groups[0]!) && leadSym);
    if (!isPhone) return null;
    // groups of a decimal ("3.5.1") are versions, not phones: let the version parser say so
    if (groups.length >= 2 && groups.every((g) => g.length <= 2) && digits < 7) return null;
    return draft(i, end, 'count', null, { drop: 'phone/ID digit groups' });
  },
};
