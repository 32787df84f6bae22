import { describe, expect, it } from 'vitest';
import { layeredRuns } from './layers.js';

describe('layeredRuns', () => {
  const paragraphs = ['Alpha 120 beta gamma.', 'Delta 7 epsilon.'];
  const text = paragraphs.join('\n\n');
  const mark = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, id: s });
  const deco = (from: string, to: string, id: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length, id });

  it('keeps the text of every paragraph intact and records offsets', () => {
    const runs = layeredRuns(paragraphs, [mark('120'), mark('7')], [deco('beta', 'Delta', 'p')]);
    runs.forEach((row, i) => expect(row.flatMap((r) => r.parts.map((p) => p.text)).join('')).toBe(paragraphs[i]));
    for (const row of runs) for (const r of row) for (const p of r.parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('cuts a statistic mark where a decoration begins inside it, keeping one mark', () => {
    const runs = layeredRuns(paragraphs, [mark('120')], [{ start: text.indexOf('20'), end: text.indexOf('beta'), id: 'n' }]);
    const marked = runs[0].find((r) => r.mark)!;
    expect(marked.parts.map((p) => [p.text, p.decos.map((d) => d.id)])).toEqual([['1', []], ['20', ['n']]]);
  });

  it('lists every decoration covering a part when they overlap, and crosses paragraph breaks', () => {
    const runs = layeredRuns(paragraphs, [], [deco('beta', 'gamma', 'a'), deco('gamma', 'Delta', 'b')]);
    const parts = runs[0][0].parts.map((p) => [p.text, p.decos.map((d) => d.id).join('+')]);
    expect(parts).toEqual([['Alpha 120 ', ''], ['beta ', 'a'], ['gamma', 'a+b'], ['.', 'b']]);
    expect(runs[1][0].parts[0]).toMatchObject({ text: 'Delta', decos: [{ id: 'b' }] });
  });
});
