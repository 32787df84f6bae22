// Per-event diagnostics of whole quantities, held out: for each event, the model fitted on the other events (FIT_FIXED
// or each fold's own choice) groups the event, and the script prints every quantity that holds a mention of a wrongly
// scored expected quantity (or a false contested one), with each member mention: article, text, the expected quantity
// it belongs to ("?" for an unannotated mention) and the sentence around it. Shows what a single-source quantity was
// merged with, which the pair diagnostics (diag-pairs.ts, annotated pairs only) cannot.
// `npx tsx eval/fit/diag-quantities.ts [event-substring]`.
import { groupMentions } from '../../src/core/group/index.js';
import { forEachHeldOut } from './held-out.js';

forEachHeldOut((e, fit, label) => {
  const expect = new Map(e.expected.quantities.map((q) => [q.id, q.expect]));
  const quantities = groupMentions(e.mentions, e.articles, e.reuse, { model: fit.model });
  const byId = new Map(e.mentions.map((m) => [m.id, m]));
  console.log(`\n== ${e.name} (threshold ${fit.t}, shift ${fit.d})`);
  for (const q of quantities) {
    const labels = new Set(q.mentionIds.map((id) => label.get(id) ?? '?'));
    const named = [...labels].filter((l) => l !== '?');
    const wrong = named.some((l) => expect.get(l) !== q.status) || named.length > 1 || (q.status === 'contested' && !named.some((l) => expect.get(l) === 'contested'));
    if (!wrong) continue;
    console.log(`${q.status} [${named.map((l) => `${l}:${expect.get(l)}`).join(', ') || 'unannotated'}] ${q.label}`);
    for (const id of q.mentionIds) {
      const m = byId.get(id)!;
      const s = (m.sentence ?? '').replace(/\s+/g, ' ');
      console.log(`   ${m.articleId.slice(0, 14).padEnd(14)} ${(label.get(id) ?? '?').padEnd(26)} «${m.text}»  ${s.slice(0, 200)}`);
    }
  }
});
