// How a mention is read where its sentence leaves something out (issue 10, decision 0008). Sentences are
// invented; each rule has a look-alike that must keep its old reading.
import { describe, expect, it } from 'vitest';
import { mentionFor } from './test-util.js';

describe('a noun phrase stays inside its sentence', () => {
  it('does not take the first word of the next paragraph as what a headline counts', () => {
    const text = 'Bakery Reports Profit of $2 Million in Five Years\n\nMaria Lopez opened the bakery in a small town.';
    expect(mentionFor(text, 'Five Years')).toMatchObject({ kind: 'duration', value: 5, measure: null });
  });
  it('still reads a noun after a line wrapped inside a sentence', () => {
    expect(mentionFor('More than 8,000\nvolunteers joined the search on Monday.', '8,000').measure).toBe('volunteer');
  });
});

describe('what an amount of money is', () => {
  it('looks past a possessive inside the noun phrase to its head', () => {
    expect(mentionFor("She bought a $12,500 gold-plated women's bracelet.", '$12,500')).toMatchObject({ measure: 'bracelet', noun: "gold-plated women's bracelet" });
    expect(mentionFor("The shop sold 40 children's bicycles.", '40').measure).toBe('bicycle');
  });
  it('reads "$N in <noun>" as an amount of that noun', () => {
    expect(mentionFor('She admitted her use of $200,000 in charity money to buy a boat.', '$200,000')).toMatchObject({ measure: 'money', noun: 'charity money' });
    expect(mentionFor('The city paid $2 million in damages.', '$2 million').measure).toBe('damage');
  });
  it('leaves a time or a place after "in" alone', () => {
    expect(mentionFor('The club earned $4 million in 2015.', '$4 million').measure).toBeNull();
    expect(mentionFor('The club earned $4 million in fiscal 2015.', '$4 million').measure).toBeNull();
    expect(mentionFor('The club earned $3 million in the first quarter.', '$3 million').measure).toBeNull();
    expect(mentionFor('The club earned $3 million in Ohio.', '$3 million').measure).toBeNull();
    expect(mentionFor('The club earned $3 million in recent years.', '$3 million').measure).toBeNull();
  });
  it('does not take a level verb before "at" as the measure', () => {
    expect(mentionFor('The jobless rate stood at 5.2 percent.', '5.2 percent').measure).toBe('rate');
    expect(mentionFor('The annual budget of $400 million was approved.', '$400 million').measure).toBe('budget');
  });
});

describe('a bare number in the frame of a percentage is one (decision 0098)', () => {
  it('reads the rate the writer left without its unit as a percentage', () => {
    const text = 'Her effective state tax rate was 12.41, and with local levies her combined rate was 19.3 percent.';
    expect(mentionFor(text, '12.41')).toMatchObject({ kind: 'percent', unit: '%', value: 12.41 });
  });
  it('reads the second of two changes in percent as a percent', () => {
    expect(mentionFor('The port index gained 3 percent but the rail index fell by 2.', '2')).toMatchObject({ kind: 'percent', unit: '%' });
  });
  it('leaves a level reached by a change, a counted number and a figure in another frame as counts', () => {
    expect(mentionFor('Ticket prices rose 4 percent to 99.', '99').unit).toBeNull();
    expect(mentionFor('Turnout was 61 percent and 7,450 ballots were spoiled.', '7,450').unit).toBeNull();
    expect(mentionFor('The approval rating was 44 percent, and the average age of the panel was 38.', '38').unit).toBeNull();
    expect(mentionFor('Its rate was 12, and 40 percent of the staff left.', '12').unit).toBeNull();
  });
});
