// Output sharing for large analyses (decision 0035): a quantity's reasons, label and link feature lists repeat across
// quantities ("Stated only by <outlet>.", the same few sets of agreeing features), so equal values are handed out as
// one string or one array instead of a copy per quantity. JSON is unchanged; only object identity is shared, so the
// arrays handed out must be treated as read-only (nothing in the app mutates a built quantity).

export class Shared {
  private strings = new Map<string, string>();
  private lists = new Map<string, string[]>();
  /** One instance per distinct string (hashing also flattens a concatenated string). */
  string(s: string): string {
    const v = this.strings.get(s);
    if (v !== undefined) return v;
    this.strings.set(s, s);
    return s;
  }
  private spreads = new Map<string, { min: number; max: number }>();
  /**
   * One object per distinct spread (decision 0037: thousands of distinct spreads among hundreds of thousands of
   * quantities). -0 is left unshared: the key cannot tell it from 0.
   */
  spread(sp: { min: number; max: number } | null): { min: number; max: number } | null {
    if (!sp || Object.is(sp.min, -0) || Object.is(sp.max, -0)) return sp;
    const key = `${sp.min}|${sp.max}`;
    const v = this.spreads.get(key);
    if (v !== undefined) return v;
    this.spreads.set(key, sp);
    return sp;
  }
  /** One array per distinct list of strings (elements shared too). */
  list(xs: string[]): string[] {
    if (xs.length === 0) return EMPTY;
    // The key joins with NUL: a list whose strings hold one is left unshared rather than risk two lists meeting.
    if (xs.some((x) => x.includes('\u0000'))) return xs;
    const key = xs.length === 1 ? xs[0]! : xs.join('\u0000');
    const v = this.lists.get(key);
    if (v !== undefined) return v;
    for (let i = 0; i < xs.length; i++) xs[i] = this.string(xs[i]!);
    this.lists.set(key, xs);
    return xs;
  }
}

/** The shared empty list (a quantity of one mention has no links). */
const EMPTY: never[] = [];
export const NO_LINKS: never[] = EMPTY;
