// Per-event diagnostics of the pair model, held out: for each event, the model fitted on the other events (FIT_FIXED
// or each fold's own choice) scores the event's checker-labelled pairs, and the script prints the same-quantity pairs
// scored under the threshold (missed links) and the different-quantity pairs over it (false links), with the
// log-odds and the features that are not zero. `npx tsx eval/fit/diag-pairs.ts [event-substring]`.
import { groupMentions } from '../../src/core/group/index.js';
import { FEATURES, logit } from '../../src/core/group/pair.js';
import { forEachHeldOut } from './held-out.js';

forEachHeldOut((e, fit, label) => {
  console.log(`\n== ${e.name} (threshold ${fit.t}, shift ${fit.d})`);
  groupMentions(e.mentions, e.articles, e.reuse, {
    model: fit.model,
    onPair: (a, b, x) => {
      const la = label.get(a.id), lb = label.get(b.id);
      if (!la || !lb) return;
      const s = logit(fit.model, x), same = la === lb;
      if (same === s >= fit.t) return;
      const f = FEATURES.map((n, k) => (k && x[k] ? `${n}=${+x[k]!.toFixed(2)}` : '')).filter(Boolean).join(' ');
      console.log(`${same ? 'MISS' : 'FALSE'} ${s.toFixed(2)} ${la}${same ? '' : ' / ' + lb}: «${a.text}» ~ «${b.text}»\n     ${f}`);
    },
  });
});
