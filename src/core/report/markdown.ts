// The Markdown report. Every string from a source goes through escapeMarkdown; the checker's own Markdown
// (explanations, evidence notes) is kept as Markdown with raw HTML disabled.
import { escapeMarkdown as md, escapeMarkdownHtml, safeUrl } from './escape.js';
import { statedValue } from './format-value.js';
import { acceptedText, verdictText } from './labels.js';
import type { ReportClaim, ReportModel, ReportVerdict } from './model.js';

const cell = (text: string) => md(text) || ' ';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function verdictLines(v: ReportVerdict | null, model: ReportModel): string[] {
  const out = [`**Verdict:** ${md(verdictText(v, model))}`];
  if (v?.flag === 'split') out.push('', '*The statistic was split by a re-analysis; this verdict stayed with the part holding most of its mentions.*');
  if (v?.flag === 'merged') out.push('', '*The statistic was merged into another one that has its own verdict.*');
  const accepted = acceptedText(v);
  if (accepted) out.push('', `**Accepted value:** ${md(accepted)}`);
  if (v?.reference && (v.reference.citation || v.reference.url)) {
    const url = safeUrl(v.reference.url);
    const link = url ? ` <${url}>` : v.reference.url ? ` ${md(v.reference.url)}` : '';
    out.push('', `**Reference:** ${md(v.reference.citation)}${link}`);
  }
  if (v?.explanation.trim()) out.push('', '**Explanation**', '', escapeMarkdownHtml(v.explanation.trim()));
  if (v?.evidence.length) {
    out.push('', '**Evidence**', '');
    for (const e of v.evidence) {
      const where = e.source ? `${md(e.source)}: ` : '';
      const quote = `“${e.prefix ? `…${md(e.prefix)} ` : ''}**${md(e.exact)}**${e.suffix ? ` ${md(e.suffix)}…` : ''}”`;
      out.push(`- ${where}${quote}${e.note.trim() ? ` — ${md(e.note)}` : ''}`);
    }
  }
  return out;
}

function claimSection(c: ReportClaim, n: number, model: ReportModel): string[] {
  const facts = [`Status: **${c.status}**${c.statusOverridden ? ' (set by the checker)' : ''}`, plural(c.independentSources, 'independent source')];
  if (c.countsDiffer) facts.push('⚠ the sources count different things');
  if (c.roundingOnly) facts.push('the values differ only within rounding');
  const out = [`### ${n}. ${md(c.label)}`, '', ...verdictLines(c.verdict, model), '', facts.join(' · '), ''];
  const reasons = c.reasons.length ? c.reasons : c.note ? [c.note] : [];
  if (reasons.length) out.push(reasons.map((r) => `> ${md(r)}`).join('\n>\n'), '');
  out.push('| Source | Stated | Hedge | As written | Sentence |', '| --- | --- | --- | --- | --- |');
  for (const v of c.values) out.push(`| ${cell(v.source)} | ${cell(statedValue(v))} | ${v.qualifier} | ${cell(v.text)} | ${cell(v.sentence)} |`);
  out.push('');
  return out;
}

/** A fact-check report in Markdown: summary, each claim with its verdict and values by source, articles, scale. */
export function markdownReport(model: ReportModel): string {
  const s = model.summary;
  const lines = [
    `# ${md(model.title)}`,
    '',
    `Generated ${model.generatedAt} from ${plural(s.articles, 'article')}: ${plural(s.claims, 'statistic')} (${s.contested} contested, ${s.corroborated} corroborated, ${s.singleSource} single-source), ${s.decided} decided.`,
    '',
  ];
  if (model.case?.description.trim()) lines.push(`> ${md(model.case.description)}`, '');
  if (model.claims.length) {
    lines.push('## Summary', '', '| # | Statistic | Status | Verdict | Accepted value |', '| --- | --- | --- | --- | --- |');
    model.claims.forEach((c, i) => lines.push(`| ${i + 1} | ${cell(c.label)} | ${c.status} | ${cell(verdictText(c.verdict, model))} | ${cell(acceptedText(c.verdict))} |`));
    lines.push('', '## Statistics', '');
    model.claims.forEach((c, i) => lines.push(...claimSection(c, i + 1, model)));
  } else {
    lines.push('No statistics selected.', '');
  }
  if (model.orphaned.length) {
    lines.push('## Verdicts without a statistic', '', 'Their mentions are no longer in the analysis (an article was removed or the statistic was merged); kept here so no decision is lost.', '');
    for (const o of model.orphaned) lines.push(`### ${md(o.label)}`, '', ...verdictLines(o.verdict, model), '');
  }
  lines.push('## Articles', '', '| Title | Outlet | Author | Published | File | Words |', '| --- | --- | --- | --- | --- | --- |');
  for (const a of model.articles) lines.push(`| ${cell(a.title)}${a.corrected.length ? ` (corrected: ${a.corrected.join(', ')})` : ''} | ${cell(a.outlet ?? '')} | ${cell(a.author ?? '')} | ${cell(a.published ?? '')} | ${cell(a.fileName)} | ${a.words} |`);
  lines.push('');
  if (model.reuse.length) {
    const title = new Map(model.articles.map((a) => [a.id, a.title]));
    lines.push('## Shared text between articles', '', 'Counted as one source when they agree.', '', '| Article A | Article B | Score | Aligned sentences |', '| --- | --- | --- | --- |');
    for (const r of model.reuse) lines.push(`| ${cell(title.get(r.a) ?? r.a)} | ${cell(title.get(r.b) ?? r.b)} | ${r.score.toFixed(2)} | ${r.sentences} |`);
    lines.push('');
  }
  lines.push(`## Rating scale: ${md(model.scale.name)}`, '', '| Rating | Value | Meaning |', '| --- | --- | --- |');
  for (const l of model.scale.levels) lines.push(`| ${cell(l.label)} | ${l.ordinal ?? 'none'} | ${cell(l.description)} |`);
  lines.push('');
  return lines.join('\n');
}
