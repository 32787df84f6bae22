// Disagreements: two sources that state one thing with different numbers form one contested quantity when their words
// say it is one thing (the disagreement model, decision 0011); near numbers of different things stay apart.
// Invented articles, read by the real extractor.
import { describe, expect, it } from 'vitest';
import { find, qOf, run, type Doc } from './test-util.js';


describe('disagreements joined by identity, not by value', () => {
  it('"has led the Harbour Party since 2009" and "since 2008" in two outlets are one contested quantity', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Maren Toft has led the Harbour Party since 2009, and critics say that is the problem. Toft won the vote on Tuesday.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Maren Toft has led the Harbour Party since 2008. The party lost its majority in the Calder assembly last year.' };
    const { mentions, qs } = run([A, B]);
    const a = find(mentions, 'a', '2009'), b = find(mentions, 'b', '2008');
    expect(qOf(qs, a).id).toBe(qOf(qs, b).id);
    expect(qOf(qs, a).status).toBe('contested');
    // 2008 / 2009: one step in one digit, and the reasons say so (decision 0014).
    expect(qOf(qs, a).reasons!.join(' ')).toMatch(/one step in a single digit/);
  });

  it('near amounts of different things stay apart: taxes paid vs speaking fees', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The Lindqvists paid $13,625,777 in state and local taxes over the period, their returns show.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Ivar Lindqvist collected $13.17 million in speaking fees from banks and trade groups in 2013.' };
    const { mentions, qs } = run([A, B]);
    const a = find(mentions, 'a', '13,625,777'), b = find(mentions, 'b', '13.17');
    expect(qOf(qs, a).id).not.toBe(qOf(qs, b).id);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  // Close to the line: a name right next to both numbers ("the Calder army in 2013", "the Calder islands in 2011") counts
  // as a word both are attached to; with the threshold of the first fit (−1) the two years joined as a contested one.
  it('two different years of one story with unrelated words are not a contested year', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'General Aske Rund retired from the Calder army in 2013 after commanding the northern fleet.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Aske Rund first visited the Calder islands in 2011, when a storm closed the harbour for a week.' };
    const { mentions, qs } = run([A, B]);
    const a = find(mentions, 'a', '2013'), b = find(mentions, 'b', '2011');
    expect(qOf(qs, a).id).not.toBe(qOf(qs, b).id);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('a share stated before its noun ("rate of", "rate:") meets the same rate elsewhere', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Last year the Lindqvists paid an effective federal tax rate of 31.4 percent, the returns show.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The returns put the Lindqvists\u2019 effective federal tax rate for the year at 31.4 percent.' };
    const { mentions, qs } = run([A, B]);
    const a = find(mentions, 'a', '31.4'), b = find(mentions, 'b', '31.4');
    expect(qOf(qs, a).id).toBe(qOf(qs, b).id);
    expect(qOf(qs, a).status).toBe('corroborated');
  });

  it('the same words around two numbers in one article are two things when they cannot both hold in one sentence', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'In the Morrow poll, 62% backed the tunnel and 38% opposed it.' };
    const { mentions, qs } = run([A]);
    const a = find(mentions, 'a', '62'), b = find(mentions, 'a', '38');
    expect(qOf(qs, a).id).not.toBe(qOf(qs, b).id);
  });
});

describe('digit slips (decision 0014)', () => {
  it('reads one step in one digit, not any close pair', async () => {
    const { digitSlip } = await import('./interval.js');
    expect(digitSlip(2018, 2019)).toBe(true);
    expect(digitSlip(7, 8)).toBe(true);
    expect(digitSlip(4412.5, 4312.5)).toBe(true);
    expect(digitSlip(60, 63)).toBe(false);
    expect(digitSlip(10, 20)).toBe(false);
    expect(digitSlip(1_000_000, 2_000_000)).toBe(false);
    expect(digitSlip(2018, 2018)).toBe(false);
  });

  it('a contested pair that is not one digit-step apart gets no slip reason', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Maren Toft has led the Harbour Party since 2004, and critics say that is the problem.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Maren Toft has led the Harbour Party since 2008, critics say.' };
    const { qs } = run([A, B]);
    expect(qs.some((q) => q.status === 'contested')).toBe(true);
    expect(qs.flatMap((x) => x.reasons ?? []).join(' ')).not.toMatch(/single digit/);
  });
});
