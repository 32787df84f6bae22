import { describe, expect, it } from 'vitest';
import { detectReuse } from './index.js';

// Invented event: a ferry strike in the fictional port of Lindqvist. ORIGINAL is a wire story; PARAPHRASE
// restates it sentence by sentence; COPY is the wire story with a new intro; the two INDEPENDENT pieces cover
// the same event with the same names and figures but their own sentences.
const ORIGINAL = `Ferry crews in Lindqvist walked out on Monday, stranding thousands of passengers at the northern terminal.
The strike was called by the Harbour Workers Union after talks with the operator Nordline collapsed over night shifts.
Union leader Maret Kalda said the crews had waited eighteen months for a promised pay review.
Nordline said it had offered a four percent raise and accused the union of holding travellers hostage.
About 4,200 passengers were booked on the cancelled sailings, according to the port authority.
The transport minister Ivo Saarne urged both sides to return to mediation before the holiday weekend.
Shops on the island of Vessa reported shortages of fresh milk and bread by Tuesday morning.
The last strike at the port, in 2019, lasted nine days and cost the regional economy an estimated 30 million euros.
Nordline operates eleven vessels and carries roughly two million passengers a year.
Police said the picket at the terminal gates remained peaceful throughout the first day.
The union has threatened to extend the action to cargo ferries if no agreement is reached by Friday.
Emergency crossings for patients and medical supplies will continue under a separate arrangement.`;

const PARAPHRASE = `Thousands of passengers were left stranded at Lindqvist's northern terminal on Monday as ferry crews went on strike.
The Harbour Workers Union called the walkout after its negotiations with operator Nordline over night shifts broke down.
According to union leader Maret Kalda, crews have been waiting eighteen months for a pay review they were promised.
Nordline, which says it offered a raise of four percent, accused the union of taking travellers hostage.
The port authority said some 4,200 passengers had been booked on the sailings that were cancelled.
Transport minister Ivo Saarne called on both sides to go back to mediation ahead of the holiday weekend.
By Tuesday morning, shops on Vessa island were reporting shortages of bread and fresh milk.
The previous strike at the port lasted nine days in 2019 and cost the regional economy about 30 million euros, by one estimate.
With eleven vessels, Nordline carries around two million passengers every year.
The picket outside the terminal gates stayed peaceful throughout the first day, police said.
If no deal is reached by Friday, the union says it may extend the action to cargo ferries.
A separate arrangement will keep emergency crossings running for patients and medical supplies.`;

const COPY = `LINDQVIST (Wire) — Here is the latest on the ferry dispute.\n${ORIGINAL}`;

const INDEPENDENT_1 = `Standing in the rain outside the Lindqvist terminal, Aino Reet had been trying to reach her mother on Vessa since dawn.
"Nobody tells us anything," she said, clutching a ticket for a sailing that never left.
The Harbour Workers Union and Nordline blame each other for the stoppage, the first since 2019.
Maret Kalda, who has led the union for six years, told our reporter that night shifts had become unbearable.
Her members want the pay review that management promised in writing a year and a half ago.
Nordline's spokesman declined to be interviewed but pointed to a statement about a four percent offer.
Around the harbour, cafés did brisk business as stranded travellers waited for news.
A taxi driver said he had taken dozens of people to the airport, where flights to the islands were full.
Minister Ivo Saarne is expected to meet both parties later this week.
For islanders, the strike is a reminder of how much daily life depends on a handful of boats.`;

const INDEPENDENT_2 = `Economists warn that a long ferry stoppage could hurt the tourist season on the islands around Lindqvist.
Hotels on Vessa have already seen cancellations for the coming holiday weekend, the local chamber of commerce said.
The 2019 dispute, which lasted more than a week, is still remembered by businesses that lost summer bookings.
Nordline's eleven ships are the only regular link for roughly two million travellers a year.
Analysts at the regional bank estimate that each day without sailings costs several million euros.
The Harbour Workers Union says its demands are modest and mostly concern night work.
Nordline argues that its offer is generous given rising fuel prices and an ageing fleet.
Talks are due to resume under a government mediator, although no date has been fixed.
Cargo operators fear they will be drawn into the dispute if it drags on past Friday.
Supermarket chains have begun chartering smaller boats to bring supplies to the islands.`;

const docs = [
  { id: 'orig', text: ORIGINAL },
  { id: 'para', text: PARAPHRASE },
  { id: 'copy', text: COPY },
  { id: 'ind1', text: INDEPENDENT_1 },
  { id: 'ind2', text: INDEPENDENT_2 },
];
const key = (a: string, b: string) => [a, b].sort().join('~');

describe('detectReuse', () => {
  const found = detectReuse(docs);
  const keys = new Set(found.map((r) => key(r.a, r.b)));

  it('finds a copy with its aligned sentences', () => {
    expect(keys.has(key('orig', 'copy'))).toBe(true);
    const r = found.find((x) => key(x.a, x.b) === key('orig', 'copy'))!;
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.pairs.length).toBeGreaterThanOrEqual(10);
  });

  it('finds a sentence-by-sentence paraphrase', () => {
    expect(keys.has(key('orig', 'para'))).toBe(true);
    const r = found.find((x) => key(x.a, x.b) === key('orig', 'para'))!;
    expect(r.score).toBeGreaterThanOrEqual(0.5);
    const aligned = r.pairs.find((p) => /Maret Kalda/.test(p.a) && /Maret Kalda/.test(p.b));
    expect(aligned).toBeDefined();
  });

  it('does not flag independent articles about the same event', () => {
    for (const ind of ['ind1', 'ind2']) for (const other of ['orig', 'para', 'copy', 'ind1', 'ind2'])
      if (ind !== other) expect(keys.has(key(ind, other))).toBe(false);
  });

  it('reports each pair once with ids in order and scores in 0..1', () => {
    expect(found.length).toBe(keys.size);
    for (const r of found) {
      expect(r.a < r.b).toBe(true);
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('is empty for empty or single inputs', () => {
    expect(detectReuse([])).toEqual([]);
    expect(detectReuse([{ id: 'x', text: ORIGINAL }])).toEqual([]);
    expect(detectReuse([{ id: 'x', text: '' }, { id: 'y', text: '' }])).toEqual([]);
  });
});
