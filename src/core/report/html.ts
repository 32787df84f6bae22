// The self-contained HTML report: no scripts, no external assets (a CSP meta tag forbids both), charts inline as
// SVG, every piece of article text escaped. The same HTML is printed to PDF.
import { escapeHtml as h, safeUrl } from './escape.js';
import { renderMarkdown } from './explanation.js';
import { statedValue } from './format-value.js';
import { REPORT_CSS } from './html-style.js';
import { acceptedText, verdictText } from './labels.js';
import type { ReportClaim, ReportModel, ReportValue, ReportVerdict } from './model.js';
import { numberLineSvg } from './number-line.js';
import { REPORT_CSP } from './csp.js';

export { REPORT_CSP };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sentenceHtml(v: ReportValue): string {
  if (v.sentenceAt < 0) return h(v.sentence);
  const end = v.sentenceAt + v.text.length;
  return `${h(v.sentence.slice(0, v.sentenceAt))}<mark>${h(v.sentence.slice(v.sentenceAt, end))}</mark>${h(v.sentence.slice(end))}`;
}

function verdictHtml(v: ReportVerdict | null, model: ReportModel): string {
  const out = [`<div class="verdict${v?.decided ? ' decided' : ''}">`, `<p class="rating">Verdict: <strong>${h(verdictText(v, model))}</strong></p>`];
  if (v?.flag === 'split') out.push('<p class="flag">Split by a re-analysis: this verdict stayed with the part holding most of its mentions.</p>');
  if (v?.flag === 'merged') out.push('<p class="flag">Merged into another statistic that has its own verdict.</p>');
  if (v?.flag === 'orphaned') out.push('<p class="flag">None of its mentions is in the current analysis.</p>');
  const accepted = acceptedText(v);
  if (accepted) out.push(`<p>Accepted value: <strong>${h(accepted)}</strong></p>`);
  if (v?.reference && (v.reference.citation || v.reference.url)) {
    const url = safeUrl(v.reference.url);
    const link = url ? ` <a href="${h(url)}" rel="noopener noreferrer">${h(url)}</a>` : v.reference.url ? ` ${h(v.reference.url)}` : '';
    out.push(`<p class="reference">Reference: ${h(v.reference.citation)}${link}</p>`);
  }
  out.push('</div>');
  if (v?.explanation.trim()) out.push(`<div class="explanation">${renderMarkdown(v.explanation)}</div>`);
  return out.join('\n');
}

function evidenceHtml(v: ReportVerdict | null): string {
  if (!v?.evidence.length) return '';
  const out = ['<h4>Evidence</h4>'];
  for (const e of v.evidence) {
    const quote = `${e.prefix ? `…${h(e.prefix)} ` : ''}<mark>${h(e.exact)}</mark>${e.suffix ? ` ${h(e.suffix)}…` : ''}`;
    out.push(`<blockquote><p>${quote}</p>${e.source ? `<footer>${h(e.source)}</footer>` : ''}</blockquote>`);
    if (e.note.trim()) out.push(`<div class="evidence-note">${renderMarkdown(e.note)}</div>`);
  }
  return out.join('\n');
}

function claimHtml(c: ReportClaim, n: number, model: ReportModel): string {
  const facts = [`<span class="status status-${c.status}">${c.status}</span>${c.statusOverridden ? ' (set by the checker)' : ''}`, plural(c.independentSources, 'independent source')];
  if (c.countsDiffer) facts.push('<strong>⚠ the sources count different things</strong>');
  if (c.roundingOnly) facts.push('the values differ only within rounding');
  const reasons = c.reasons.length ? c.reasons : c.note ? [c.note] : [];
  const accepted = c.verdict?.accepted ? { low: c.verdict.accepted.low, high: c.verdict.accepted.high } : null;
  const chart = c.values.length
    ? `<figure class="chart">${numberLineSvg(c.values.map((v) => ({ label: v.source, text: v.text, value: v.value, low: v.low, high: v.high, qualifier: v.qualifier, unit: v.unit })), { idPrefix: `${c.anchor}-chart`, accepted, unit: c.unit, title: `${c.label}: values by source` })}<figcaption>Dot: the stated value. Bar: the interval the source commits to, with rounding (dashed for “about”). Arrow: open-ended (“over”, “under”).${accepted ? ' Green, between dashed lines: the accepted value.' : ''}</figcaption></figure>`
    : '';
  const rows = c.values.map((v) => `<tr><td>${h(v.source)}</td><td class="num">${h(statedValue(v))}</td><td class="hedge">${v.qualifier}</td><td>${sentenceHtml(v)}</td></tr>`);
  return [
    `<section class="claim" id="${c.anchor}" aria-labelledby="${c.anchor}-h">`,
    `<h3 id="${c.anchor}-h">${n}. ${h(c.label)}</h3>`,
    verdictHtml(c.verdict, model),
    `<p class="facts">${facts.join(' · ')}</p>`,
    reasons.length ? `<ul class="reasons">${reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '',
    chart,
    `<table class="values"><thead><tr><th scope="col">Source</th><th scope="col">Stated</th><th scope="col">Hedge</th><th scope="col">Sentence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    evidenceHtml(c.verdict),
    '</section>',
  ].filter(Boolean).join('\n');
}

/** The report as one HTML document (UTF-8), ready to open offline, print, or publish. */
export function htmlReport(model: ReportModel): string {
  const s = model.summary;
  const body: string[] = [
    '<header>',
    `<h1>${h(model.title)}</h1>`,
    `<p class="meta">Generated ${h(model.generatedAt.slice(0, 16).replace('T', ' '))} UTC from ${plural(s.articles, 'article')} · ${plural(s.claims, 'statistic')} (${s.contested} contested, ${s.corroborated} corroborated, ${s.singleSource} single-source) · ${s.decided} decided</p>`,
    model.case?.description.trim() ? `<p>${h(model.case.description)}</p>` : '',
    '</header>',
    '<main>',
  ];
  if (model.claims.length) {
    body.push('<h2 id="summary">Summary</h2>', '<table class="summary"><thead><tr><th scope="col">#</th><th scope="col">Statistic</th><th scope="col">Status</th><th scope="col">Verdict</th><th scope="col">Accepted value</th></tr></thead><tbody>');
    model.claims.forEach((c, i) => body.push(`<tr><td>${i + 1}</td><td><a href="#${c.anchor}">${h(c.label)}</a></td><td><span class="status status-${c.status}">${c.status}</span></td><td>${h(verdictText(c.verdict, model))}</td><td>${h(acceptedText(c.verdict))}</td></tr>`));
    body.push('</tbody></table>', '<h2 id="statistics">Statistics</h2>');
    model.claims.forEach((c, i) => body.push(claimHtml(c, i + 1, model)));
  } else {
    body.push('<p>No statistics selected.</p>');
  }
  if (model.orphaned.length) {
    body.push('<h2 id="orphaned">Verdicts without a statistic</h2>', '<p class="muted">Their mentions are no longer in the analysis (an article was removed or the statistic was merged); kept here so no decision is lost.</p>');
    for (const o of model.orphaned) body.push(`<section class="claim" id="${o.anchor}"><h3>${h(o.label)}</h3>${verdictHtml(o.verdict, model)}${evidenceHtml(o.verdict)}</section>`);
  }
  body.push('<h2 id="articles">Articles</h2>', '<table class="articles"><thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Author</th><th scope="col">Published</th><th scope="col">File</th><th scope="col">Words</th></tr></thead><tbody>');
  for (const a of model.articles) body.push(`<tr><td>${h(a.title)}${a.corrected.length ? `<br><span class="muted">corrected by the checker: ${a.corrected.join(', ')}</span>` : ''}</td><td>${h(a.outlet ?? '')}</td><td>${h(a.author ?? '')}</td><td>${h(a.published ?? '')}</td><td>${h(a.fileName)}</td><td class="num">${a.words}</td></tr>`);
  body.push('</tbody></table>');
  if (model.reuse.length) {
    const title = new Map(model.articles.map((a) => [a.id, a.title]));
    body.push('<h2 id="shared-text">Shared text between articles</h2>', '<p class="muted">Counted as one source when they agree.</p>', '<table><thead><tr><th scope="col">Article A</th><th scope="col">Article B</th><th scope="col">Score</th><th scope="col">Aligned sentences</th></tr></thead><tbody>');
    for (const r of model.reuse) body.push(`<tr><td>${h(title.get(r.a) ?? r.a)}</td><td>${h(title.get(r.b) ?? r.b)}</td><td class="num">${r.score.toFixed(2)}</td><td class="num">${r.sentences}</td></tr>`);
    body.push('</tbody></table>');
  }
  body.push(`<h2 id="scale">Rating scale: ${h(model.scale.name)}</h2>`, '<table class="scale"><thead><tr><th scope="col">Rating</th><th scope="col">Value</th><th scope="col">Meaning</th></tr></thead><tbody>');
  for (const l of model.scale.levels) body.push(`<tr><td>${h(l.label)}</td><td class="num">${l.ordinal ?? 'none'}</td><td>${h(l.description)}</td></tr>`);
  body.push('</tbody></table>', '</main>', `<footer class="report-footer">Made with Crosscheck · report schema ${model.schemaVersion}</footer>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Crosscheck">',
    `<title>${h(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
