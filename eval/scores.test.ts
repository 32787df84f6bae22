// The scores `npm run eval` prints are held here as floors, so a change that makes the engine or the importer
// worse on the public suites fails the tests. Floors sit at or just under the last measured figures
// (bench/results/eval.json); raise them when the engine improves.
import { describe, expect, it } from 'vitest';
import type { EvalRow } from './types.js';

async function rows(suite: string): Promise<Map<string, number>> {
  const mod = (await import(`./suites/${suite}.ts`)) as { run: () => Promise<EvalRow[]> };
  return new Map((await mod.run()).map((r) => [`${r.suite}.${r.metric}`, r.value]));
}

function expectAtLeast(scores: Map<string, number>, floors: Record<string, number>) {
  for (const [metric, floor] of Object.entries(floors)) {
    expect(scores.has(metric), `${metric} is reported`).toBe(true);
    expect(scores.get(metric), metric).toBeGreaterThanOrEqual(floor);
  }
}

describe('eval floors', () => {
  it('engine: the nine annotated events, in-sample and leave-one-event-out (the pair model is fitted on them)', async () => {
    const s = await rows('engine');
    expectAtLeast(s, {
      'engine/seeds.mention recall': 1,
      // every annotated quote of the nine events is found by the extractor
      'engine/all.mention recall': 1,
      'engine/seeds.quantities corroborated': 1,
      'engine/seeds.contested precision': 1,
      'engine/seeds.reuse pairs found': 1,
      'engine/seeds.pass': 1,
      // In-sample (the committed model on the events it was fitted to; its threshold is cross-validated, decision 0011).
      // Refitted with the counterpart feature (decision 0005); the start's features refitted on today's extraction
      // already gave 0.87 / 0.86 / 0.86 here, 2 false contested, 38 of 40 corroborated.
      'engine/all.link precision': 0.87,
      'engine/all.link F1': 0.89,
      'engine/all.contested recall': 0.63,
      'engine/all.contested precision': 0.9,
      'engine/all.corroborated recall': 1,
      'engine/all.events passing': 7,
      // Held-out figures: what to expect on events the model never saw (at one fixed threshold for every fold, link
      // F1 is 0.73–0.81: `npx tsx eval/fit/fit-pairs.ts --sweep`, decisions 0012, 0005 and 0015). Lowered in 0015 from
      // 0.86 / 0.87 / 7 of 11 / 7 events: the seeds' fold now chooses threshold -1, not -2 (its objective differs by
      // 0.03), and its mission strength joins only at -2; the sweep is as good or better at every threshold.
      // Raised in 0009 by the scope feature ("so far", an average, a rate): 0.89 / 7 of 11 / 40 of 40 / 7 events.
      // Raised in 0069 by money direction as a cannot-link (earned / given / held): 0.905 / 0.891 / 0.898.
      // 0098 (a bare number in its sentence's percent frame) traded link precision for recall: 0.886 / 0.914 / 0.900,
      // 8 of 11 contested, 8 events; at the committed threshold 0.898 / 0.828 / 0.862, 7 of 11, 7 events.
      'engine/loeo/all.link F1': 0.895,
      'engine/loeo/all.link precision': 0.88,
      'engine/loeo/all.link recall': 0.91,
      'engine/loeo/all.contested recall': 0.72,
      'engine/loeo/all.contested precision': 0.9,
      'engine/loeo/all.corroborated recall': 1,
      'engine/loeo/all.events passing': 8,
      // Held out with every fold at the committed threshold and shift (no fold's own choice to flip on a near tie).
      'engine/loeo-committed/all.link F1': 0.86,
      'engine/loeo-committed/all.link precision': 0.89,
      'engine/loeo-committed/all.contested recall': 0.63,
      'engine/loeo-committed/all.corroborated recall': 1,
      'engine/loeo-committed/all.events passing': 7,
    });
    expect(s.get('engine/seeds.false reuse pairs')).toBe(0);
    // None since the money object and the 'over X' bound (decision 0015); one after the one-sentence cannot-link (0006).
    expect(s.get('engine/all.false contested')).toBe(0);
    expect(s.get('engine/loeo/all.false contested')).toBe(0);
    // One after the scope feature (0009): a fold's weights at -1 joined a one-year sum earned with a larger sum given
    // away, in one article. None since money direction is a cannot-link (0069).
    expect(s.get('engine/loeo-committed/all.false contested')).toBe(0);
  }, 120_000);

  it('extraction suites: NewsQuant scored as its authors do, phone numbers never extracted', async () => {
    expectAtLeast(await rows('extraction'), {
      'extraction.newsquant.value.f1': 94.9, // CQE, the best published result: 92.0
      'extraction.newsquant.value+change.f1': 88.1, // CQE 88.1
      'extraction.newsquant.value+unit.f1': 86, // CQE 85.6 (decisions 0023–0024)
      'extraction.recognizers.NumberModel.found': 47,
      'extraction.recognizers.PercentModel.found': 93,
      'extraction.recognizers.CurrencyModel.found': 85,
      'extraction.recognizers.DimensionModel.found': 89,
      'extraction.recognizers.TemperatureModel.found': 96,
      'extraction.recognizers.PhoneNumber.no-mention': 100,
      'extraction.quantulum3.value.recall': 85,
      'extraction.quantulum3.value.precision': 85,
    });
  });

  it('stories: reference pools sorted whole and pure, and held-out events too (decisions 0060, 0067)', async () => {
    const s = await rows('stories');
    expectAtLeast(s, {
      'stories.seeds+examples pair precision': 1,
      'stories.seeds+examples pair recall': 1,
      'stories.events pair precision': 1,
      'stories.events pair recall': 1, // was 0.833: two articles were left unsorted (decision 0067)
      'stories.all pair precision': 1,
      'stories.all pair recall': 1, // was 0.9
      'stories.leave-one-event-out whole and pure': 1, // was 0.875
      'stories.leave-one-event-out complete': 1, // was 0.75
    });
    expect(s.get('stories.events stories')).toBe(8);
    expect(s.get('stories.all stories')).toBe(10);
    // Unlabelled: each page placed is a real report of one event or a false join; more means more to read.
    expect(s.get('stories.benchmark pages grouped')).toBeLessThanOrEqual(80);
  }, 120_000);

  it('import cleanup: seeds, article-extraction benchmark above Readability and trafilatura, format manifests', async () => {
    expectAtLeast(await rows('cleanup'), {
      'cleanup.seeds.title_exact': 1,
      'cleanup.seeds.furniture_removed': 1,
      'cleanup.seeds.statistics_kept': 1,
      'cleanup.aeb.f1': 0.958,
      'cleanup.readability_pages.word_f1': 0.97,
      'cleanup.formats.pdf_manifest_agree': 1,
      'cleanup.formats.docx_manifest_agree': 1,
    });
  }, 300_000);
});
