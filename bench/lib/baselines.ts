// The extraction baselines (dev dependencies only): Recognizers-Text NumberModel and wink-nlp entities, each
// wrapped as "article text -> number of items found", built once (model construction is not timed).

export type Counter = (text: string) => number;

/** One regex tokenisation pass: the floor every extractor is compared with. */
export function floorCount(text: string): number {
  const re = /\S+/g;
  let c = 0;
  while (re.exec(text)) c++;
  return c;
}

interface NumberModel { parse(text: string): unknown[] }

export async function recognizersNumber(): Promise<Counter> {
  const m = (await import('@microsoft/recognizers-text-number')) as Record<string, unknown>;
  const N = (m.NumberRecognizer ? m : m.default) as {
    NumberRecognizer: new (culture: string) => { getNumberModel(): NumberModel };
    Culture: { English: string };
  };
  const model = new N.NumberRecognizer(N.Culture.English).getNumberModel();
  return (text) => model.parse(text).length;
}

export async function winkEntities(): Promise<Counter> {
  const w = (await import('wink-nlp')) as { default?: unknown };
  const md = (await import('wink-eng-lite-web-model')) as { default?: unknown };
  const winkNLP = (w.default ?? w) as (model: unknown) => {
    readDoc(text: string): { entities(): { out(f?: unknown): unknown[] } };
    its: Record<string, unknown>;
  };
  const nlp = winkNLP(md.default ?? md);
  const detail = nlp.its.detail;
  return (text) => nlp.readDoc(text).entities().out(detail).length;
}
