// The loop both diagnostic scripts share: for each event (or those whose name contains argv[2]), the model fitted on
// the other events (FIT_FIXED="threshold,shift" or each fold's own choice), and each annotated mention's expected
// quantity.
import { annotatedMentions } from '../suites/engine.js';
import { fitOn, loadEvents, type EventData } from './fit-pairs.js';

export function forEachHeldOut(visit: (e: EventData, fit: ReturnType<typeof fitOn>, label: Map<string, string>) => void): void {
  const only = process.argv[2];
  const fixed = process.env.FIT_FIXED ? (([t, d]) => ({ t: t!, d: d ?? 0 }))(process.env.FIT_FIXED.split(',').map(Number)) : undefined;
  const events = loadEvents();
  events.forEach((e, i) => {
    if (only && !e.name.includes(only)) return;
    const fit = fitOn(events.filter((_, j) => j !== i), fixed);
    const label = new Map<string, string>();
    for (const a of annotatedMentions(e.expected, e.articles, e.mentions)) if (!label.has(a.m.id)) label.set(a.m.id, a.q);
    visit(e, fit, label);
  });
}
