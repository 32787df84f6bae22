// Per-event diagnostics of the pair model, held out: for each event, the model fitted on the other events (FIT_FIXED
// or each fold's own choice) scores the event's checker-labelled pairs, and the script prints the same-quantity pairs
// scored under the threshold (missed links) and the different-quantity pairs over it (false links), with the
// log-odds and the features that are not zero. `npx tsx eval/fit/diag-pairs.ts [event-substring]`.
// DIAG_VALUES='$5,150|$5,000|$5,300' prints instead every scored pair among the mentions with those texts, labelled or
// not: a false contested quantity is often a chain through a mention the checker did not list (decision 0009).
import { groupMentions } from '../../src/core/group/index.js';
import { FEATURES, logit } from '../../src/core/group/pair.js';
import { forEachHeldOut } from './held-out.js';

const values = process.env.DIAG_VALUES ? new Set(process.env.DIAG_VALUES.split('|')) : null;

forEachHeldOut((e, fit, label) => {
  console.log(`\n== ${e.name} (threshold ${fit.t}, shift ${fit.d})`);
  groupMentions(e.mentions, e.articles, e.reuse, {
    model: fit.model,
    onPair: (a, b, x) => {
      const la = label.get(a.id), lb = label.get(b.id);
      const s = logit(fit.model, x), same = la === lb;
      if (values) {
        if (!values.has(a.text) || !values.has(b.text)) return;
      } else if (!la || !lb || same === s >= fit.t) return;
      const f = FEATURES.map((n, k) => (k && x[k] ? `${n}=${+x[k]!.toFixed(2)}` : '')).filter(Boolean).join(' ');
      const kind = values ? (la && lb ? (same ? 'SAME' : 'DIFF') : 'UNLABELLED') : same ? 'MISS' : 'FALSE';
      console.log(`${kind} ${s.toFixed(2)} ${la ?? '?'}${same ? '' : ' / ' + (lb ?? '?')}: «${a.text}» (${a.articleId}) ~ «${b.text}» (${b.articleId})\n     ${f}`);
    },
  });
});
