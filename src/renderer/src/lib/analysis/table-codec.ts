/**
 * A column codec for lists of plain objects (decision 0095). The structured clone of an analysis (21k mentions, 14k
 * quantities and their views at 1,000 articles) costs the page ~0.2 s in one task, mostly allocating one string per
 * field of every object. Encoded, each field is a column: numbers and booleans in typed arrays (transferred, not
 * copied), strings as indices into one table of distinct strings; nested objects and arrays become nested columns.
 * Each object keeps its own keys in their own order (its "shape"), so a decoded list is the same as the original to
 * a strict deep comparison and to JSON.stringify. Decoding is a generator that yields between pieces, so the page
 * can spread it over several short tasks.
 */

type Nulls = { nulls?: Uint8Array };
export type Column =
  | ({ t: 'num'; v: Float64Array } & Nulls)
  | { t: 'str'; v: Int32Array }
  | ({ t: 'bool'; v: Uint8Array } & Nulls)
  | ({ t: 'strs'; off: Uint32Array; v: Int32Array } & Nulls)
  | ({ t: 'objs'; off: Uint32Array; rows: Rows } & Nulls)
  | ({ t: 'obj'; rows: Rows } & Nulls)
  | { t: 'any'; v: unknown[] };

export interface Rows {
  n: number;
  /** Distinct key lists, in each object's own order. */
  shapes: string[][];
  shape: Uint16Array;
  cols: Record<string, Column>;
}

type Plain = Record<string, unknown>;

/** Rows decoded between two pauses of the decoding generator. */
const PIECE = 2048;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Encodes lists sharing one string table; `buffers` are the typed arrays' buffers, to transfer with the message. */
export class TableEncoder {
  readonly strings: string[] = [];
  readonly buffers: ArrayBuffer[] = [];
  #ids = new Map<string, number>();

  rows(list: readonly Plain[]): Rows {
    const shapes: string[][] = [];
    const shapeIds = new Map<string, number>();
    const shape = this.#keep(new Uint16Array(list.length));
    const values = new Map<string, unknown[]>();
    list.forEach((o, i) => {
      const keys = Object.keys(o);
      const sig = keys.join('\u0000');
      let id = shapeIds.get(sig);
      if (id === undefined) {
        id = shapes.length;
        if (id > 0xffff) throw new Error('too many object shapes');
        shapes.push(keys);
        shapeIds.set(sig, id);
      }
      shape[i] = id;
      for (const k of keys) {
        let col = values.get(k);
        if (!col) values.set(k, (col = []));
        col.push(o[k]);
      }
    });
    const cols: Record<string, Column> = {};
    for (const [k, vs] of values) cols[k] = this.#column(vs);
    return { n: list.length, shapes, shape, cols };
  }

  #id(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.#ids.set(s, id);
    }
    return id;
  }

  #keep<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T): T {
    this.buffers.push(a.buffer as ArrayBuffer);
    return a;
  }

  #nulls(vs: unknown[]): Nulls {
    if (!vs.includes(null)) return {};
    return { nulls: this.#keep(Uint8Array.from(vs, (v) => (v === null ? 1 : 0))) };
  }

  #column(vs: unknown[]): Column {
    const present = vs.filter((v) => v !== null);
    if (present.every((v) => typeof v === 'string')) {
      return { t: 'str', v: this.#keep(Int32Array.from(vs, (v) => (v === null ? -1 : this.#id(v as string)))) };
    }
    if (present.every((v) => typeof v === 'number')) return { t: 'num', v: this.#keep(Float64Array.from(present as number[])), ...this.#nulls(vs) };
    if (present.every((v) => typeof v === 'boolean')) return { t: 'bool', v: this.#keep(Uint8Array.from(present as boolean[], Number)), ...this.#nulls(vs) };
    if (present.every(isPlain)) return { t: 'obj', rows: this.rows(present as Plain[]), ...this.#nulls(vs) };
    const arrays = present.every((v) => Array.isArray(v) && v.length === Object.keys(v).length) ? (present as unknown[][]) : null;
    if (arrays) {
      const off = this.#keep(new Uint32Array(arrays.length + 1));
      arrays.forEach((a, i) => (off[i + 1] = off[i]! + a.length));
      const items = arrays.flat();
      if (items.every((v) => typeof v === 'string')) return { t: 'strs', off, v: this.#keep(Int32Array.from(items as string[], (s) => this.#id(s))), ...this.#nulls(vs) };
      if (items.every(isPlain)) return { t: 'objs', off, rows: this.rows(items as Plain[]), ...this.#nulls(vs) };
      this.buffers.pop();
    }
    // Anything else (undefined, mixed kinds, holes, other classes) goes as it is, by structured clone.
    return { t: 'any', v: vs };
  }
}

/** Decodes `rows` into a list of objects; yields every few thousand objects so the caller can pause. */
export function* decodeRows(rows: Rows, strings: readonly string[]): Generator<void, Plain[]> {
  const keys = Object.keys(rows.cols);
  const columns: unknown[][] = [];
  for (const k of keys) {
    columns.push(yield* decodeColumn(rows.cols[k]!, strings));
    if (rows.n >= PIECE) yield;
  }
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const shapes = rows.shapes.map((s) => ({ keys: s, at: Int32Array.from(s, (k) => keyIndex.get(k)!) }));
  const cursor = new Int32Array(keys.length);
  const out = new Array<Plain>(rows.n);
  for (let i = 0; i < rows.n; i++) {
    const { keys: names, at } = shapes[rows.shape[i]!]!;
    const o: Plain = {};
    for (let j = 0; j < at.length; j++) {
      const c = at[j]!;
      o[names[j]!] = columns[c]![cursor[c]!++];
    }
    out[i] = o;
    if (i % PIECE === PIECE - 1) yield;
  }
  return out;
}

function* decodeColumn(col: Column, strings: readonly string[]): Generator<void, unknown[]> {
  switch (col.t) {
    case 'any':
      return col.v;
    case 'str':
      return Array.from(col.v, (i) => (i < 0 ? null : strings[i]!));
    case 'num':
      return withNulls(Array.from(col.v), col.nulls);
    case 'bool':
      return withNulls(Array.from(col.v, Boolean), col.nulls);
    case 'obj':
      return withNulls(yield* decodeRows(col.rows, strings), col.nulls);
    case 'strs': {
      const items = Array.from(col.v, (i) => strings[i]!);
      return withNulls(slices(items, col.off), col.nulls);
    }
    case 'objs':
      return withNulls(slices(yield* decodeRows(col.rows, strings), col.off), col.nulls);
  }
}

function slices<T>(items: T[], off: Uint32Array): T[][] {
  const out = new Array<T[]>(off.length - 1);
  for (let i = 0; i + 1 < off.length; i++) out[i] = items.slice(off[i], off[i + 1]);
  return out;
}

/** Puts nulls back between the present values, at the places `nulls` marks. */
function withNulls(present: unknown[], nulls: Uint8Array | undefined): unknown[] {
  if (!nulls) return present;
  const out = new Array<unknown>(nulls.length);
  for (let i = 0, j = 0; i < nulls.length; i++) out[i] = nulls[i] ? null : present[j++];
  return out;
}

/** Runs a generator to its end at once (tests, and callers with nothing to interleave). */
export function finish<T>(g: Generator<void, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
