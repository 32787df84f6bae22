/**
 * Negative parser: phone numbers, ISBNs and other digit groups joined by "-", ".", ")" or single spaces
 * ("+1 425 882 8080", "(555) 123-4567", "978-3-16-148410-0"). Consumes them so no piece becomes a statistic.
 * Rule: three or more digit groups with at least 7 digits in all; two groups with 7+ digits (not a year span);
 * a leading "+" / "("; a group starting with "0" ("0176"); or two groups shaped 3-4 ("555-1234").
 * Short ranges ("500-600", "2014-2017") stay with the range and year parsers.
 */
import { WordSet } from '../lexicon/dict.js';
import type { Token } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';

const JOINERS = new Set(['-', '.', ')', '(', '/', '–']);
/** Words that announce a phone number: after them two digit groups with 7+ digits are one ("call 1234 5678"). */
const PHONE_CUES = new WordSet(['phone', 'telephone', 'tel', 'fax', 'call', 'dial', 'mobile', 'cell', 'hotline', 'helpline', 'whatsapp', 'sms', 'text', 'contact', 'ring']);
/** Extension after a phone number: "x 63888", "ext. 12", "extension 4". */
const EXTENSIONS = new WordSet(['x', 'ext', 'extension']);

function phoneCueBefore(toks: { lower: string; text: string }[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = toks[k]!;
    if (PHONE_CUES.has(t.lower)) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

/** The loop below would go on from the digit group at j to another one (same joiner rules). */
function nextGroup(toks: Token[], j: number): boolean {
  let k = j + 1;
  if (toks[k]?.kind === 'sym' && JOINERS.has(toks[k]!.text) && toks[k]!.gap <= 1) k++;
  if (toks[k]?.kind === 'sym' && JOINERS.has(toks[k]!.text) && toks[k]!.gap <= 1) k++;
  const n = toks[k];
  if (n?.kind !== 'num' || n.gap > 1) return false;
  if (k === j + 1 && n.gap === 0) return false;
  return !n.text.includes(',');
}

/**
 * The groups split at every ".", as if joined with "." ("612.555" "0199" → 612 555 0199): three or more pieces, each
 * of 2+ characters. Counted in place: the join/split and the slices of the tokens allocated at every "(" before a
 * number (decision 0028).
 */
function dottedGroups(groups: string[]): boolean {
  let pieces = 0;
  for (const g of groups) {
    let from = 0;
    for (let c = 0; c <= g.length; c++) {
      if (c < g.length && g.charCodeAt(c) !== 46) continue;
      if (c - from < 2) return false;
      pieces++;
      from = c + 1;
    }
  }
  return pieces >= 3;
}

/** Tokens [s, e) are all numbers (or "." when dots are allowed). */
function onlyNumbersFrom(toks: Token[], s: number, e: number, dots: boolean): boolean {
  for (let k = s; k < e; k++) {
    const x = toks[k]!;
    if (x.kind !== 'num' && !(dots && x.text === '.')) return false;
  }
  return true;
}

export const phoneParser: Parser = {
  name: 'phone',
  startsAt: ['num', 'sym'], // digits, or "+", "(" or a joining "-" before them
  parse(ctx, i) {
    const toks = ctx.tokens;
    let j = i;
    const lead = toks[i]!;
    const leadSym = lead.text === '+' || lead.text === '(';
    if (leadSym) j++;
    // "chat-follow up-#Name#-123 456 7890": a hyphen glued on both sides after a non-number joins, it is no minus
    else if (lead.text === '-' && lead.gap === 0 && i > 0 && toks[i - 1]!.kind !== 'num' && toks[i + 1]?.gap === 0) j++;
    if (toks[j]?.kind !== 'num') return null;
    // Most numbers stand alone ("24,000 people"): without a sign, a leading zero or a second digit group nothing
    // below can make them a phone, so return before collecting the groups. (A first group with a thousands comma
    // is never collected, and leaves nothing to call a phone either.)
    const g0 = toks[j]!.text;
    if (g0.includes(',')) return null;
    if (!leadSym && !(g0.charCodeAt(0) === 48 && g0.length > 1) && !nextGroup(toks, j)) return null;
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
    // most numbers are one group: only a leading sign/bracket or zero can make them a phone
    if (groups.length === 1 && !leadSym && !(groups[0]!.charCodeAt(0) === 48 && groups[0]!.length > 1)) return null;
    let digits = 0;
    for (const g of groups) for (let c = 0; c < g.length; c++) if (g.charCodeAt(c) >= 48 && g.charCodeAt(c) <= 57) digits++;
    // "612.555.0199": the tokenizer reads "612.555" as a decimal; dotted groups of 2+ digits with 7+ digits are a phone
    const dottedPhone = digits >= 7 && dottedGroups(groups) && onlyNumbersFrom(toks, i, end, true);
    // "1 234 567 people": SI thousands groups (all later groups exactly three digits, spaces only) are one number
    const spacedOnly = onlyNumbersFrom(toks, i, end, false);
    if (spacedOnly && !leadSym && /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)) && !phoneCueBefore(toks, i)) return null;
    const yearish = (g: string) => /^\d{4}$/.test(g) && +g >= 1800 && +g <= 2100;
    const isPhone =
      (groups.length >= 3 && digits >= 7) ||
      // a leading zero never starts a quantity in prose ("0176 12345678", "018", "07700 900873")
      (/^0\d/.test(groups[0]!) && !groups[0]!.includes('.')) ||
      (groups.length === 2 && digits >= 7 && groups.some((g) => g.length >= 5) && !groups.some((g) => g.includes('.')) && !(yearish(groups[0]!) && (yearish(groups[1]!) || groups[1]!.length <= 2))) ||
      (leadSym && lead.text === '+' && digits >= 7) ||
      (leadSym && lead.text === '(' && groups.length >= 2 && digits >= 7) ||
      (groups.length === 2 && groups[0]!.length === 3 && groups[1]!.length === 4 && toks[i + 1]?.text === '-' && !groups[0]!.startsWith('0') && toks[i + (leadSym ? 2 : 1)]?.gap === 0 && Number(groups[0]) >= 200 && Number(groups[0]) > Number(groups[1]) / 10) ||
      (groups.length === 1 && /^\d{7,}$/.test(groups[0]!) && leadSym) ||
      dottedPhone ||
      (groups.length >= 2 && digits >= 7 && !groups.some((g) => g.includes('.') && g.length < 5) && phoneCueBefore(toks, i));
    if (!isPhone) return null;
    // "837.824.1482 x 63888", "ext. 12": the extension belongs to the number
    const x = toks[end];
    if (x && x.kind === 'word' && EXTENSIONS.has(x.lower) && x.gap <= 1) {
      let k = end + 1;
      if (toks[k]?.text === '.' && toks[k]!.gap === 0) k++;
      if (toks[k]?.kind === 'num' && toks[k]!.gap <= 1) end = k + 1;
    }
    // groups of a decimal ("3.5.1") are versions, not phones: let the version parser say so
    if (groups.length >= 2 && groups.every((g) => g.length <= 2) && digits < 7) return null;
    return draft(i, end, 'count', null, { drop: 'phone/ID digit groups' });
  },
};
