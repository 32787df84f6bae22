// A figure's reading comes from its own clause and phrase (decision 0075). Invented sentences only.
import { describe, expect, it } from 'vitest';
import { extract, mentionFor } from '../test-util.js';

describe('the event is the number’s own, not the next figure’s', () => {
  it('a verb after a coordinator opens the next predicate: the figure before it gets its own clause’s event', () => {
    const text = 'Last year, the Varns paid an effective tax rate of 28.4 percent and donated over 6 percent of their income.';
    // `event` stays the nearest event word (the grouping's context signal); `ownEvent` is what the label reads
    expect(mentionFor(text, '28.4 percent')).toMatchObject({ event: 'donate', ownEvent: 'pay' });
    expect(mentionFor(text, 'over 6 percent')).toMatchObject({ event: 'donate' });
    expect(mentionFor(text, 'over 6 percent').ownEvent).toBeUndefined();
    // a year before "and was paid" is not the payment's: no event of its own in its clause
    expect(mentionFor('She gave four talks to the guild in 2011 and was paid $9,000 for them.', '2011').ownEvent).toBeNull();
  });
  it('the number as the verb’s subject, and a verb right after it, stay its own', () => {
    expect(mentionFor('Some 212 have died and 650 were hurt.', '212')).toMatchObject({ event: 'die' });
    expect(mentionFor('Some 212 have died and 650 were hurt.', '212').ownEvent).toBeUndefined();
    expect(mentionFor('Rebels killed 15 guards and wounded 40.', '15').ownEvent).toBeUndefined();
    expect(mentionFor('About 4,000 nurses and aides have been deployed.', 'About 4,000').event).toBe('deploy');
  });
  it('an event word inside a name is not an event', () => {
    expect(mentionFor('He gave 41 talks in the United Provinces that year.', '41').event).toBeNull();
  });
});

describe('the subject is the owner, not a body that decides about the figure', () => {
  it('the subject of authorise / approve / vote does not own the counted troops', () => {
    expect(mentionFor('The Harbour Council authorised 6,500 guards for the port.', '6,500').subject).toBeNull();
    expect(mentionFor('The Harbour Council vote ends the stay of more than 6,500 guards.', '6,500').subject).toBeNull();
    expect(mentionFor('The Harbour Council on Friday voted to close a ten-year-old depot.', 'ten-year-old').subject).toBeNull();
  });
  it('the body owns its own vote tally; a passive decision keeps its subject', () => {
    expect(mentionFor('The Regional Board voted 7-2 to close the road.', '7-2').subject).toBe('Regional Board');
    expect(mentionFor('Acme Steel Works was ordered to pay $4 million.', '$4 million').subject).toBe('Acme Steel Works');
  });
  it('a name that modifies the speakers is not the owner', () => {
    expect(mentionFor('Norland officials said the firm would move all 1,800 staff out of Ostria.', '1,800').subject).toBeNull();
    expect(mentionFor('Mr. Varga nevertheless said he would make one change to the rules.', 'one').subject).toBe('Varga');
  });
  it('a clause after "after"/"when" with a subject of its own keeps the sentence subject out', () => {
    expect(mentionFor("Varga's audit lands a week after Dorn published 20 years of accounts.", '20 years').subject).toBeNull();
    expect(mentionFor('The Lower House passed the bill after voting 300-90 on Monday.', '300-90').subject).toBe('Lower House');
    expect(mentionFor('Ms. Varga’s four years in office, which began in 2009, were calm.', '2009').subject).toBe('Varga');
  });
  it('"N … of X" only through the number’s own noun phrase', () => {
    expect(mentionFor('They counted 900 troops of the Lakeland Force.', '900').subject).toBe('Lakeland Force');
    expect(mentionFor('Ostria quit the League of Nine after its seizure of Velland.', 'Nine').subject).toBeNull();
    expect(mentionFor('The camp lies less than 6 miles north of the Old Mill.', '6 miles').subject).toBeNull();
    expect(mentionFor('The vote is due by May 2031 and the signing of the Dorn Accord.', 'May 2031').subject).toBeNull();
  });
});

describe('a one-word possessive name opening the sentence', () => {
  it('is a name', () => {
    expect(mentionFor("Varga's company paid $2 million in fines.", '$2 million').subject).toBe('Varga');
    expect(mentionFor('Ostrom’s 3,000 workers went home.', '3,000').subject).toBe('Ostrom');
  });
  it('a possessive time word or pronoun is not', () => {
    expect(mentionFor("Today's 5,000 visitors broke the record.", '5,000').subject).toBeNull();
    expect(mentionFor("Everyone's share was 40 percent.", '40 percent').subject).toBeNull();
    expect(mentionFor('Today\u2019s 5,000 visitors broke the record.', '5,000').subject).toBeNull();
  });
});

describe('n/n: a fraction only with a stated amount, else a day named by its date', () => {
  it('a date-name is a date without a year, not a fraction', () => {
    for (const text of ['The fund pays 4/12 victims and their families.', 'Nothing changed after 4/12, they said.', 'A 4/12 survivor spoke.']) {
      expect(mentionFor(text, '4/12')).toMatchObject({ kind: 'date', value: null });
    }
  });
  it('real fractions stay', () => {
    expect(mentionFor('About 3/4 of the budget went to roads.', '3/4')).toMatchObject({ kind: 'ratio', value: 0.75 });
    expect(mentionFor('It needs a 2/3 majority to pass.', '2/3')).toMatchObject({ kind: 'ratio' });
    expect(mentionFor('Output fell by 1/3 last year.', '1/3')).toMatchObject({ kind: 'ratio' });
    expect(mentionFor('Add 1/2 cup of flour.', '1/2')).toMatchObject({ kind: 'ratio', value: 0.5 });
    expect(mentionFor('He ran 1/4 mile.', '1/4')).toMatchObject({ kind: 'ratio' });
    expect(mentionFor('Use a 3/4-inch pipe.', '3/4')).toMatchObject({ kind: 'ratio' });
    // not day-shaped: read as before whatever follows
    expect(extract('Only 5/64 passed.').mentions.some((m) => m.kind === 'ratio')).toBe(true);
  });
});
