/**
 * Board corrections as constraints on mention keys (core/model/correction.ts): what each board gesture adds to,
 * and removes from, a case's corrections. Pure; the board state writes the result as one undoable action and asks
 * for a re-analysis, which honours them (core/corrections.ts).
 *
 * - move a mention to another quantity: must-link with one mention of the target, cannot-link with each mention it
 *   leaves (and any must-link that held it to them is removed);
 * - merge two quantities: must-link one mention of each (cannot-links between them, left by an earlier split, go);
 * - split one: cannot-link every pair across the two parts, each part chained by must-links so it stays whole
 *   (must-links across the parts, left by an earlier merge, go);
 * - dismiss a mention; override a status (replacing any earlier override on those mentions); add a mention the
 *   extractor missed (from a reader selection), alone or with a quantity.
 */
import { keyId } from '../../../../core/keys.js';
import type { AddedMention, Correction, MentionKey, QuantityStatus } from '../../../../core/model/index.js';
import type { CorrectionRecord } from '../db/schema.js';

export interface CorrectionEdit {
  add: CorrectionRecord[];
  remove: CorrectionRecord[];
}

export interface EditContext {
  caseId: string;
  existing: readonly CorrectionRecord[];
  newId: () => string;
  now: string;
}

type Body = Correction extends infer C ? (C extends Correction ? Omit<C, 'id' | 'createdAt'> : never) : never;

function make(ctx: EditContext, body: Body): CorrectionRecord {
  return { ...body, id: ctx.newId(), createdAt: ctx.now, caseId: ctx.caseId } as CorrectionRecord;
}

const ids = (keys: readonly MentionKey[]) => new Set(keys.map(keyId));

/** Link corrections of `type` joining one key of `a` and one of `b` (either way round). */
function linksAcross(existing: readonly CorrectionRecord[], type: 'must-link' | 'cannot-link', a: readonly MentionKey[], b: readonly MentionKey[]): CorrectionRecord[] {
  const sa = ids(a), sb = ids(b);
  return existing.filter((c) => {
    if (c.type !== type) return false;
    const x = keyId(c.a), y = keyId(c.b);
    return (sa.has(x) && sb.has(y)) || (sa.has(y) && sb.has(x));
  });
}

export function mergeQuantities(ctx: EditContext, a: readonly MentionKey[], b: readonly MentionKey[]): CorrectionEdit {
  if (!a.length || !b.length) return { add: [], remove: [] };
  return {
    remove: linksAcross(ctx.existing, 'cannot-link', a, b),
    add: [make(ctx, { type: 'must-link', a: { ...a[0]! }, b: { ...b[0]! } })],
  };
}

export function splitQuantity(ctx: EditContext, part: readonly MentionKey[], rest: readonly MentionKey[]): CorrectionEdit {
  if (!part.length || !rest.length) return { add: [], remove: [] };
  const add: CorrectionRecord[] = [];
  for (const p of part) for (const r of rest) add.push(make(ctx, { type: 'cannot-link', a: { ...p }, b: { ...r } }));
  for (const side of [part, rest]) {
    for (let i = 1; i < side.length; i++) add.push(make(ctx, { type: 'must-link', a: { ...side[i - 1]! }, b: { ...side[i]! } }));
  }
  return { remove: linksAcross(ctx.existing, 'must-link', part, rest), add };
}

export function moveMention(ctx: EditContext, mention: MentionKey, from: readonly MentionKey[], to: readonly MentionKey[]): CorrectionEdit {
  const left = from.filter((k) => keyId(k) !== keyId(mention));
  if (!to.length) return { add: [], remove: [] };
  const add = [make(ctx, { type: 'must-link', a: { ...mention }, b: { ...to[0]! } })];
  for (const k of left) add.push(make(ctx, { type: 'cannot-link', a: { ...mention }, b: { ...k } }));
  const remove = [...linksAcross(ctx.existing, 'must-link', [mention], left), ...linksAcross(ctx.existing, 'cannot-link', [mention], to)];
  return { add, remove };
}

export function dismissMention(ctx: EditContext, mention: MentionKey): CorrectionEdit {
  const already = ctx.existing.some((c) => c.type === 'dismiss' && keyId(c.key) === keyId(mention));
  return { add: already ? [] : [make(ctx, { type: 'dismiss', key: { ...mention } })], remove: [] };
}

/** Null status: back to the engine's own. */
export function overrideStatus(ctx: EditContext, keys: readonly MentionKey[], status: QuantityStatus | null): CorrectionEdit {
  const mine = ids(keys);
  const remove = ctx.existing.filter((c) => c.type === 'status' && c.keys.some((k) => mine.has(keyId(k))));
  return { remove, add: status ? [make(ctx, { type: 'status', keys: keys.map((k) => ({ ...k })), status })] : [] };
}

export function addMention(ctx: EditContext, key: MentionKey, mention: AddedMention, withKey: MentionKey | null): CorrectionEdit {
  return { add: [make(ctx, { type: 'add', key: { ...key }, mention: { ...mention }, with: withKey ? { ...withKey } : null })], remove: [] };
}

/** Keys a correction names, for "which card / which article" in the orphaned list. */
export function correctionKeys(c: Correction): MentionKey[] {
  switch (c.type) {
    case 'must-link': case 'cannot-link': return [c.a, c.b];
    case 'dismiss': return [c.key];
    case 'add': return c.with ? [c.key, c.with] : [c.key];
    case 'status': return c.keys;
  }
}

/** One line per correction for the corrections list ("Split", "Dismissed", …). */
export function correctionLabel(c: Correction): string {
  switch (c.type) {
    case 'must-link': return 'Kept together (merge or move)';
    case 'cannot-link': return 'Kept apart (split or move)';
    case 'dismiss': return 'Dismissed statistic';
    case 'add': return 'Added statistic';
    case 'status': return `Status set to ${c.status}`;
  }
}

/**
 * A statistic the checker selected in the reader and adds by hand: the first number in the selection, its span in
 * the article. Null when the selection holds no number.
 */
export function readSelectedNumber(text: string, start: number): { key: Omit<MentionKey, 'hash'>; mention: AddedMention } | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  // The mention spans the number and the word after it ("13,000 troops"), as the extractor's mentions do.
  const word = /^\s+([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length));
  const end = m.index + m[0].length + (word ? word[0].length : 0);
  return {
    key: { start: start + m.index, end: start + end },
    mention: { kind: 'count', value, low: value, high: value, unit: null, measure: word ? word[1]!.toLowerCase() : null },
  };
}
