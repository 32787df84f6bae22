// The HTML report's stylesheet: readable on screen, A4 when printed (and when Electron prints it to PDF).
import { NUMBER_LINE_DARK_CSS } from './number-line.js';

export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d232b; --muted: #56606b; --line: #d5dae0; --soft: #f3f5f8; --accent: #24476b;
  --contested: #a23b2a; --corroborated: #2e6b3a; --single: #5b5f66; --decided: #2e7d32; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: #fff; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.2rem 0 .4rem; }
.meta, .muted, figcaption { color: var(--muted); font-size: .88rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
td.hedge { white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
mark { background: #ffe89a; color: inherit; padding: 0 .1em; border-radius: 2px; }
.claim { margin-top: 2rem; }
.claim > h3 { font-size: 1.2rem; }
.status { display: inline-block; font-size: .78rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: 3px; border: 1px solid currentColor; }
.status-contested { color: var(--contested); }
.status-corroborated { color: var(--corroborated); }
.status-single-source { color: var(--single); }
.verdict { border-left: 4px solid var(--line); background: var(--soft); padding: .6rem .9rem; margin: .6rem 0 .8rem; border-radius: 0 4px 4px 0; }
.verdict.decided { border-left-color: var(--decided); }
.verdict p { margin: .2rem 0; }
.rating { font-size: 1.05rem; }
.rating strong { font-size: 1.1rem; }
.flag { color: var(--contested); font-weight: 600; }
.reasons { margin: .3rem 0 .6rem; padding-left: 1.2rem; }
figure.chart { margin: .6rem 0; }
figure.chart svg { width: 100%; max-width: 46rem; height: auto; color: var(--fg); }
.explanation { margin: .6rem 0; }
blockquote { margin: .5rem 0; padding: .3rem .9rem; border-left: 3px solid var(--accent); background: var(--soft); }
blockquote footer { color: var(--muted); font-size: .85rem; }
.summary td:first-child, .summary th:first-child { width: 2.5rem; }
.scale td:nth-child(2) { width: 4rem; }
footer.report-footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .82rem; }
@media screen and (prefers-color-scheme: dark) {
  :root { color-scheme: dark; --fg: #e4e8ee; --muted: #a5adb8; --line: #3a424d; --soft: #1f252d; --accent: #8fb8e8;
    --contested: #f08f7c; --corroborated: #8fd19e; --single: #b9bec6; --decided: #8fd19e; }
  body { background: #14181d; }
  mark { background: #6b5a14; }
${NUMBER_LINE_DARK_CSS}}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid-page; }
  h3, .verdict, figure.chart, tr, blockquote { break-inside: avoid-page; }
  h3 { break-after: avoid-page; }
  a { color: inherit; }
  .reference a[href]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
  th { background: #eef1f4 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark, .verdict, blockquote, figure.chart svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
