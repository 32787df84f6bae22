// How far a missed disagreement is from being linked, held out: every checker-labelled pair that the disagreement
// model scores (values that cannot both hold), each event scored by the model fitted on the others (FIT_FIXED or
// each fold's own choice), sorted by log-odds; for each same-quantity pair, how many different-quantity pairs (and
// of how many events) score at least as high. A split whose pairs sit under dozens of different-quantity pairs of
// many events cannot be joined by a threshold or a bias shift without those joining first (decision 0074).
// `npx tsx eval/fit/diag-rank.ts [event-substring]`.
import { groupMentions } from '../../src/core/group/index.js';
import { disagrees, logit } from '../../src/core/group/pair.js';
import { forEachHeldOut } from './held-out.js';

interface Row { s: number; same: boolean; event: string; labels: string; texts: string }
const rows: Row[] = [];
forEachHeldOut((e, fit, label) => {
  groupMentions(e.mentions, e.articles, e.reuse, {
    model: fit.model,
    onPair: (a, b, x) => {
      const la = label.get(a.id), lb = label.get(b.id);
      if (!la || !lb || !disagrees(x)) return;
      rows.push({ s: logit(fit.model, x), same: la === lb, event: e.name, labels: la === lb ? la : `${la} / ${lb}`, texts: `«${a.text}» ~ «${b.text}»` });
    },
  });
});
rows.sort((p, q) => q.s - p.s);
const diff = rows.filter((r) => !r.same);
console.log(`${rows.length} disagreeing labelled pairs, ${rows.length - diff.length} of one quantity`);
for (const r of rows) {
  if (!r.same) continue;
  const above = diff.filter((d) => d.s >= r.s);
  console.log(`${r.s.toFixed(2).padStart(6)}  ${String(above.length).padStart(3)} different above (${new Set(above.map((d) => d.event)).size} events)  ${r.event}  ${r.labels}: ${r.texts}`);
}
