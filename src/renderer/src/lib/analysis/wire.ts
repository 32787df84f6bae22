/**
 * The analysis result as the worker posts it (decision 0095): columns and one string table (table-codec.ts)
 * instead of the object graph, so the page's copy is a few typed arrays and distinct strings, and decoding can be
 * spread over short tasks. A view's quantity is sent as its index in the analysis, so decoded views share the
 * analysis's quantity objects, as they do in the worker.
 */
import type { Analysis } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import type { AnalysisResult } from './protocol.js';
import { decodeRows, TableEncoder, type Rows } from './table-codec.js';
import { dateQuantityIds } from '../statistics/dates.js';
import { nextTask } from '../tasks.js';

/** A result as the page keeps it: with the ids of its date and ordinal quantities (0117), found by the worker. */
export type ShownResult = AnalysisResult & { dates: Set<string> };

export interface WireResult {
  strings: string[];
  /** One row: the analysis object. */
  analysis: Rows;
  /** One row per view: `{ values }`; its quantity is its index in analysis.quantities in `viewQuantity`. */
  views: Rows;
  viewQuantity: Int32Array;
  articleCount: number;
  /** Indices in analysis.quantities of the date and ordinal quantities: 40–60 ms less on the page's settle task. */
  dates: Int32Array;
}

/** The encoded result and the buffers to transfer with it. */
export function encodeResult(result: AnalysisResult): { wire: WireResult; transfer: ArrayBuffer[] } {
  const index = new Map(result.analysis.quantities.map((q, i) => [q, i]));
  const encoder = new TableEncoder();
  const viewQuantity = Int32Array.from(result.views, (v) => {
    const i = index.get(v.quantity);
    if (i === undefined) throw new Error('a view of a quantity the analysis does not list');
    return i;
  });
  const isDate = dateQuantityIds(result.analysis);
  const dates = Int32Array.from(result.analysis.quantities.flatMap((q, i) => (isDate.has(q.id) ? [i] : [])));
  const wire: WireResult = {
    strings: encoder.strings,
    analysis: encoder.rows([result.analysis as unknown as Record<string, unknown>]),
    views: encoder.rows(result.views.map((v) => ({ values: v.values }))),
    viewQuantity,
    articleCount: result.articleCount,
    dates,
  };
  return { wire, transfer: [...encoder.buffers, dates.buffer, viewQuantity.buffer] };
}

/** Decodes a posted result; yields between pieces (see `decodeRows`). */
export function* decodeResult(wire: WireResult): Generator<void, ShownResult> {
  const [analysis] = (yield* decodeRows(wire.analysis, wire.strings)) as unknown as Analysis[];
  const rows = (yield* decodeRows(wire.views, wire.strings)) as unknown as Pick<QuantityView, 'values'>[];
  yield;
  // Built whole, in a view's own key order (a field changing from an index to an object would reshape every view).
  const views: QuantityView[] = rows.map((r, i) => ({ quantity: analysis!.quantities[wire.viewQuantity[i]!]!, values: r.values }));
  const dates = new Set(Array.from(wire.dates, (i) => analysis!.quantities[i]!.id));
  return { analysis: analysis!, views, articleCount: wire.articleCount, dates };
}

/** Work done between two yields to the page's event loop while decoding. */
const SLICE_MS = 25;

/** Decodes a posted result over several tasks of about SLICE_MS each, so input and painting are not held up. */
export async function decodeResultInTasks(wire: WireResult): Promise<ShownResult> {
  const g = decodeResult(wire);
  for (;;) {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const r = g.next();
      if (r.done) return r.value;
      if (performance.now() >= until) break;
    }
    await nextTask();
  }
}
