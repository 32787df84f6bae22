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

export interface WireResult {
  strings: string[];
  /** One row: the analysis object. */
  analysis: Rows;
  /** One row per view: `{ quantity: index in analysis.quantities, values }`. */
  views: Rows;
  articleCount: number;
}

/** The encoded result and the buffers to transfer with it. */
export function encodeResult(result: AnalysisResult): { wire: WireResult; transfer: ArrayBuffer[] } {
  const index = new Map(result.analysis.quantities.map((q, i) => [q, i]));
  const encoder = new TableEncoder();
  const views = result.views.map((v) => {
    const i = index.get(v.quantity);
    if (i === undefined) throw new Error('a view of a quantity the analysis does not list');
    return { ...v, quantity: i };
  });
  const wire: WireResult = {
    strings: encoder.strings,
    analysis: encoder.rows([result.analysis as unknown as Record<string, unknown>]),
    views: encoder.rows(views as unknown as Record<string, unknown>[]),
    articleCount: result.articleCount,
  };
  return { wire, transfer: encoder.buffers };
}

/** Decodes a posted result; yields between pieces (see `decodeRows`). */
export function* decodeResult(wire: WireResult): Generator<void, AnalysisResult> {
  const [analysis] = (yield* decodeRows(wire.analysis, wire.strings)) as unknown as Analysis[];
  const views = (yield* decodeRows(wire.views, wire.strings)) as unknown as (Omit<QuantityView, 'quantity'> & { quantity: number | QuantityView['quantity'] })[];
  for (const v of views) v.quantity = analysis!.quantities[v.quantity as number]!;
  return { analysis: analysis!, views: views as QuantityView[], articleCount: wire.articleCount };
}

/** Work done between two yields to the page's event loop while decoding. */
const SLICE_MS = 25;

/**
 * Decodes a posted result over several tasks of about SLICE_MS each, so input and painting are not held up for the
 * whole decode. Yields through a MessageChannel: timers are throttled to one a second in a hidden tab.
 */
export async function decodeResultInTasks(wire: WireResult): Promise<AnalysisResult> {
  const g = decodeResult(wire);
  const channel = new MessageChannel();
  try {
    for (;;) {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const r = g.next();
        if (r.done) return r.value;
        if (performance.now() >= until) break;
      }
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    }
  } finally {
    channel.port1.close();
  }
}
