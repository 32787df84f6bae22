/** One score printed by `npm run eval`. `target` is the figure to beat (a published baseline or our goal). */
export interface EvalRow {
  suite: string;
  metric: string;
  value: number;
  n?: number;
  target?: number;
  note?: string;
}
