// Extraction misses that matter for grouping (issue 10). Sentences are invented; each phenomenon has a look-alike
// that must stay as it was.
import { describe, expect, it } from 'vitest';
import { expectNone, extract, mentionFor } from './test-util.js';

describe('time words', () => {
  it('reads decades and centuries as years', () => {
    expect(mentionFor('The couple ran the bakery for nearly two decades.', 'nearly two decades'))
      .toMatchObject({ kind: 'duration', value: 20, low: 16, high: 20, unit: 'year', qualifier: 'under' });
    expect(mentionFor('She served more than four decades in the navy.', 'more than four decades')).toMatchObject({ value: 40, unit: 'year', qualifier: 'over' });
    expect(mentionFor('The dispute lasted two to three decades.', 'two to three decades')).toMatchObject({ low: 20, high: 30, unit: 'year' });
    expect(mentionFor('The bridge stood for almost two centuries.', 'almost two centuries')).toMatchObject({ value: 200, unit: 'year', qualifier: 'under' });
  });
  it('leaves "a decade ago" and other points in time out', () => {
    expectNone('The mill closed a decade ago.');
    expectNone('The mill closed nearly a decade ago.');
    expectNone('The mill closed two decades ago.');
    expectNone('Wages were higher a decade earlier.');
    expectNone('It is the wettest spring in a decade.');
    expect(extract('The mill closed three years ago and 40 people lost their jobs.').mentions.map((m) => m.value)).toEqual([40]);
  });
});

describe('group words', () => {
  it('reads "two-dozen" like "two dozen"', () => {
    expect(mentionFor('Nearly two-dozen volunteers signed up.', 'Nearly two-dozen')).toMatchObject({ value: 24, qualifier: 'under', measure: 'volunteer' });
    expect(mentionFor('About three dozen boats left.', 'About three dozen').value).toBe(36);
    // a hyphen to another word is not a multiplication
    expect(mentionFor('Two-thirds of the boats left.', 'Two-thirds').value).toBeCloseTo(2 / 3);
    expect(mentionFor('The twenty-five boats left.', 'twenty-five').value).toBe(25);
  });
});

describe('ordinal words', () => {
  it('reads an ordinal word that numbers a noun, with that noun as the measure', () => {
    expect(mentionFor('The goalkeeper needed a second operation on his knee.', 'second')).toMatchObject({ kind: 'ordinal', value: 2, measure: 'operation' });
    expect(mentionFor('The mayor is seeking an eighth term in office.', 'eighth')).toMatchObject({ kind: 'ordinal', value: 8, measure: 'term' });
    expect(mentionFor('She said it would be her third and last season.', 'third')).toMatchObject({ value: 3, measure: 'season' });
    expect(mentionFor("He became the club's fourth coach this year.", 'fourth')).toMatchObject({ value: 4, measure: 'coach' });
    expect(mentionFor('It was the first time the port had closed.', 'first')).toMatchObject({ value: 1, measure: 'time' });
  });
  it('leaves ordinal words that are plain English alone', () => {
    for (const s of ['At first, nobody noticed.', 'She finished second in the heat.', 'They scored in the second half.',
      'The Second Amendment was cited.', 'The first lady visited the port.', 'It is the second-largest port.', 'A second later, the lights failed.',
      'The first of the boats arrived.', 'Profits fell in the third quarter.']) expectNone(s);
  });
});

describe('shares of a population', () => {
  it('gives a fraction or percentage the population it is a share of', () => {
    expect(mentionFor("Nearly one-third of the valley's farmers sold their land.", 'Nearly one-third'))
      .toMatchObject({ kind: 'ratio', qualifier: 'under', measure: 'farmer', denominator: 'farmer' });
    expect(mentionFor("About 40% of the county's nurses quit.", 'About 40%')).toMatchObject({ unit: '%', measure: 'nurse', denominator: 'nurse' });
    expect(mentionFor("Two-thirds of the island's population lives on the coast.", 'Two-thirds')).toMatchObject({ denominator: 'population' });
    expect(mentionFor('One out of three drivers was fined.', 'One out of three')).toMatchObject({ denominator: 'driver' });
    expect(mentionFor('Half of its 400 workers left.', 'Half')).toMatchObject({ value: 0.5, denominator: 'worker' });
  });
  it('reads "half its troops" and "cut in half"', () => {
    expect(mentionFor('The army will pull half its soldiers out of the valley.', 'half')).toMatchObject({ kind: 'ratio', value: 0.5, denominator: 'soldier' });
    expect(mentionFor('The plan means cutting in half the number of guards there.', 'half')).toMatchObject({ value: 0.5, trend: 'down', denominator: 'guard' });
    expect(mentionFor('The council cut the grant in half.', 'half')).toMatchObject({ value: 0.5, trend: 'down' });
    for (const s of ['In the first half the visitors scored.', 'He broke the loaf in half.']) expectNone(s);
  });
  it('a percentage change is not a share', () => {
    expect(mentionFor('Sales rose 5% in the spring.', '5%').denominator).toBeUndefined();
  });
});

describe('vague counts and dates', () => {
  it('reads a plural scale standing alone', () => {
    expect(mentionFor('But dozens in the party voted against her.', 'dozens')).toMatchObject({ qualifier: 'range', low: 12, high: 120, value: 66 });
    expect(mentionFor('Hundreds were hurt in the crush.', 'Hundreds')).toMatchObject({ low: 100, high: 1000 });
    expect(extract('The crowd was two hundreds strong.').mentions.map((m) => m.text)).not.toContain('hundreds');
  });
  it('a count before a named date ("the 19 Sept. 11 hijackers") stays a count', () => {
    const ms = extract('He named the 12 Oct. 7 attackers in court.').mentions;
    expect(ms.map((m) => [m.text, m.kind])).toEqual([['12', 'count'], ['Oct. 7', 'date']]);
    expect(mentionFor('It opened on 12 Oct. 2011 in the port.', '12 Oct. 2011')).toMatchObject({ kind: 'date', iso: '2011-10-12' });
    expect(mentionFor('On 3 March 12 boats sank.', '3 March').kind).toBe('date');
  });
});

describe('measure of levels and frames', () => {
  it('a level after "fell to" / "stood at" takes the head of the clause subject', () => {
    expect(mentionFor('Applications fell to 250,000 in the last fiscal year.', '250,000').measure).toBe('application');
    expect(mentionFor('Enrolment at rural schools fell to 18,000 last year.', '18,000').measure).toBe('enrolment');
    expect(mentionFor('The number of permits rose to 4,100 in May.', '4,100').measure).toBe('permit');
    expect(mentionFor('Last year exports rose to 3 million tonnes.', '3 million tonnes').measure).toBe('export');
    expect(mentionFor("The firm's revenue rose to $7 billion.", '$7 billion').measure).toBe('revenue');
  });
  it('a frame noun ("a peak of", "to the tune of", "a total of") is not the measure', () => {
    expect(mentionFor('Ridership reached a peak of 2.1 million in 2019.', '2.1 million').measure).toBe('ridership');
    expect(mentionFor('Visitor numbers hit a peak of 2.1 million in 2019.', '2.1 million').measure).toBe('visitor');
    expect(mentionFor('The city paid consultants to the tune of $5 million.', '$5 million').measure).toBeNull();
    expect(mentionFor('The grant reached a total of $5 million.', '$5 million').measure).toBe('grant');
    // the year is never the measure
    expect(mentionFor('Ridership reached a peak of 2.1 million last year.', '2.1 million').measure).not.toBe('year');
  });
  it('after a copula only a change word makes the subject the measure: "was fined to the tune of" names no measure', () => {
    expect(mentionFor('The firm was fined to the tune of $40 million.', '$40 million')).toMatchObject({ measure: null, event: 'fine' });
    expect(mentionFor('The province is in debt to the tune of $6 billion.', '$6 billion').measure).toBeNull();
    expect(mentionFor('Enrolment was reduced to 250,000.', '250,000').measure).toBe('enrolment');
    expect(mentionFor('Unemployment was at 5.2 percent.', '5.2 percent').measure).toBe('unemployment');
  });
  it('names, prices and indexes are not the subject measure', () => {
    expect(mentionFor('In early trade, Harlowe plunged 4% to 1,250.', '1,250').measure).toBeNull();
    expect(mentionFor('Shares of Harlowe Holdings fell 2% to 412.', '412').measure).toBeNull();
    expect(mentionFor('A third of those tested were at 35 or above.', '35').measure).not.toBe('third');
  });
  it('coordinated modifiers share the head noun; a plural first noun is the head', () => {
    expect(mentionFor('The hospital employs close to 700 nursing and cleaning staff.', 'close to 700').measure).toBe('staff');
    expect(mentionFor('The hospital employs close to 700 nurses and cleaning staff.', 'close to 700').measure).toBe('nurse');
    expect(mentionFor('The shop sold 2,000 digital and printed maps.', '2,000').measure).toBe('map');
    expect(mentionFor('About 460 Volvo and Saab cars were recalled.', 'About 460').measure).toBe('car');
  });
});

describe('attribution is not the subject', () => {
  it('a news outlet that reports a number does not own it', () => {
    for (const [s, n, by] of [
      ['The Associated Press reported that 40 people died.', '40', 'Associated Press'],
      ['Bloomberg News reported 3,000 job cuts at the plant.', '3,000', 'Bloomberg News'],
      ['The Harbour Times said 40 boats sank.', '40', 'Harbour Times'],
    ] as const) expect(mentionFor(s, n), s).toMatchObject({ subject: null, attribution: by });
    expect(mentionFor('The Daily Courier counted 212 votes against.', '212').subject).toBeNull();
    // a wire service's name in its own language, hyphen and all
    expect(mentionFor('Agence France-Presse said 40 people were killed.', '40')).toMatchObject({ subject: null, attribution: 'Agence France-Presse' });
  });
  it('a person who says the number is its attribution, not its owner', () => {
    expect(mentionFor('Mr. Vance said 3,000 jobs were lost.', '3,000')).toMatchObject({ subject: null, attribution: 'Mr. Vance' });
    expect(mentionFor('Mr. Vance had repeatedly told aides that the 2.4 million troops mattered.', '2.4 million').subject).toBeNull();
    // an owner who acts keeps the subject
    expect(mentionFor('Mr. Vance earned $9 million in 2011.', '$9 million').subject).toBe('Vance');
    // an outlet the lexicon does not know reports a clause; the clause's own subject owns the number
    expect(mentionFor('Harbourwatch reported that the Coalition has launched a $3 million campaign.', '$3 million').subject).toBeNull();
    expect(mentionFor('The Coalition has launched a $3 million campaign.', '$3 million').subject).toBe('Coalition');
  });
  it('an apposition describes the name before its comma, not the sentence subject', () => {
    expect(mentionFor('The Harlows also met with Jane Roe, one of the three guards hurt.', 'three').subject).toBeNull();
    expect(mentionFor('The Harbour Board met on Friday, and voted 9-0 to close the pier.', '9-0').subject).toBe('Harbour Board');
  });
  it('other names opening the sentence stay subjects', () => {
    expect(mentionFor('The Sun Valley Council spent $4 million on roads.', '$4 million').subject).toBe('Sun Valley Council');
    expect(mentionFor('The Harbour Board on Friday voted 9-0 to close the pier.', '9-0').subject).toBe('Harbour Board');
  });
});

describe('change and level', () => {
  it('"cut from $30 billion to $6 billion" is two levels and a fall of $24 billion', () => {
    const ms = extract('The council cut the road budget from $30 billion to $6 billion.').mentions;
    expect(ms.map((m) => [m.text, m.value, m.qualifier, m.trend, m.change, m.direction, m.delta])).toEqual([
      ['$30 billion', 30e9, 'exact', null, 'from', 'down', undefined],
      ['$6 billion', 6e9, 'exact', null, 'to', 'down', -24e9],
    ]);
    // each level keeps its own rounding interval
    expect(ms[1]).toMatchObject({ low: 5.5e9, high: 6.5e9 });
  });
  it('marks the amount of a change "by" and a level reached "to"/"from" with its direction', () => {
    const ms = extract('Exports rose 5% to $7 billion.').mentions;
    expect(ms.map((m) => [m.text, m.trend, m.change, m.direction])).toEqual([['5%', 'up', 'by', undefined], ['$7 billion', null, 'to', 'up']]);
    expect(mentionFor('Applications fell to 250,000 in the last fiscal year.', '250,000')).toMatchObject({ change: 'to', direction: 'down', trend: null });
    expect(mentionFor('Claims were down from 1,900 a week earlier.', '1,900')).toMatchObject({ change: 'from', direction: 'down' });
    const pair = extract('Weekly volume narrowed to 138,000 lots from 212,000 lots.').mentions;
    expect(pair.map((m) => [m.change, m.delta])).toEqual([['to', -74000], ['from', undefined]]);
    // a change word that gives no direction: the values do
    expect(mentionFor('The forecast was revised from 5 to 7 per cent.', '7 per cent')).toMatchObject({ change: 'to', direction: 'up', delta: 2 });
  });
  it('pairs the two levels across a time phrase, not across clauses', () => {
    const ms = extract('The coin plunged from $36,000 at 10pm on Monday to $34,000 at 5am, traders said.').mentions;
    expect(ms.map((m) => [m.text, m.change, m.delta])).toEqual([['$36,000', 'from', undefined], ['$34,000', 'to', -2000]]);
    const two = extract('Volume fell from 900 lots in May, while interest rose to 400 contracts.').mentions;
    expect(two.every((m) => m.delta === undefined)).toBe(true);
  });
  it('spans and other "to"s are not levels of a change', () => {
    expect(mentionFor('Prices range from $200 to $400 a night.', '$200')).toMatchObject({ qualifier: 'range', low: 200, high: 400 });
    expect(mentionFor('Prices range from $200 to $400 a night.', '$200').change).toBeUndefined();
    expect(mentionFor('The rise in costs led to 500 layoffs.', '500').change).toBeUndefined();
    expect(mentionFor('The crane can lift up to 500 kg.', 'up to 500 kg').qualifier).toBe('under');
    expect(mentionFor('The crane can lift up to 500 kg.', 'up to 500 kg').change).toBeUndefined();
    expect(mentionFor('The ferry carries 300 passengers to the island.', '300').change).toBeUndefined();
  });
});

describe('noun phrase', () => {
  it('keeps the modifiers of the counted noun beside its head', () => {
    expect(mentionFor('About 60 commercial fishermen lost their boats.', 'About 60')).toMatchObject({ measure: 'fisherman', noun: 'commercial fisherman' });
    expect(mentionFor('The clinic did more than 700 heart transplants.', 'more than 700')).toMatchObject({ measure: 'transplant', noun: 'heart transplant' });
    expect(mentionFor('The shop sold 2,000 digital and printed maps.', '2,000').noun).toBe('digital printed map');
    expect(mentionFor("Nearly a third of the island's rural households lack power.", 'Nearly a third')).toMatchObject({ denominator: 'household', noun: 'rural household' });
    // a head alone has no separate noun phrase
    expect(mentionFor('Rebels freed 40 hostages.', '40').noun).toBeUndefined();
  });
});

describe('units the writer states once (NewsQuant error classes, invented sentences)', () => {
  it('a level reached by a change in points or miles is in the same unit; after a percentage it is not', () => {
    expect(mentionFor('The Harbour index rose 52.4 points to 3,120.55.', '3,120.55')).toMatchObject({ unit: 'pt', change: 'to', direction: 'up' });
    expect(mentionFor('The index lost 81.2 points, or 1.4%, to fall to 5,710.3.', '5,710.3')).toMatchObject({ unit: 'pt', change: 'to' });
    expect(mentionFor('The index fell 0.4 per cent to 13,176.', '13,176').unit).toBeNull();
    expect(mentionFor('Sales rose 5 units to 23 models.', '23').measure).toBe('model');
  });
  it('the second level of a change shares the unit of the first', () => {
    const ms = extract('Revenue rose to $7.4 billion from 6.9 billion a year earlier.').mentions;
    expect(ms.map((m) => [m.unit, m.change])).toEqual([['USD', 'to'], ['USD', 'from']]);
    expect(ms[0]!.delta).toBeCloseTo(0.5e9);
    expect(mentionFor('Output rose from 20 tonnes to 23 in May.', '23')).toMatchObject({ unit: 't', change: 'to' });
  });
  it('"8 or $9" and "280 million of the 1.5 billion shekels" share the currency', () => {
    expect(mentionFor('A ticket costs about 8 or $9.', 'about 8')).toMatchObject({ kind: 'money', unit: 'USD' });
    expect(mentionFor('The fund has raised 280 million of the 1.5 billion shekels it needs.', '280 million')).toMatchObject({ kind: 'money', unit: 'ILS', trend: null });
    // the first number counts the noun after the second figure
    expect(mentionFor('The team won 3 of the 5 km races.', '3').unit).toBeNull();
  });
});

describe('change words that are not changes', () => {
  it('"gave up 517 yards" is a phrasal verb, "raised $5 million" is fundraising', () => {
    expect(mentionFor('The defence gave up 517 rushing yards.', '517').trend).toBeNull();
    expect(mentionFor('The start-up raised $5 million from investors.', '$5 million').trend).toBeNull();
    expect(mentionFor('The index closed up 2% on Monday.', '2%').trend).toBe('up');
    expect(mentionFor('The bank raised rates by 0.5%.', '0.5%').trend).toBe('up');
  });
});

describe('changes a list leaves unsaid', () => {
  it('"X was down 2.3%, Y by 2.6%" shares the change; a restatement after the noun shares it too', () => {
    const ms = extract('Shares of Alder were down 2.3%, Birchwood by 2.6% and Cedar fell 1.9%.').mentions;
    expect(ms.map((m) => [m.value, m.trend])).toEqual([[2.3, 'down'], [2.6, 'down'], [1.9, 'down']]);
    expect(ms[1]!.measure).not.toBe('birchwood');
    expect(mentionFor('Employment grew by 125,600 positions or 2.2 per cent last year.', '2.2 per cent').trend).toBe('up');
    // a new sentence does not inherit
    expect(mentionFor('Exports rose 5% in May. Imports by 2% in June.', '2%').trend).toBeNull();
  });
});

describe('a number after an article is a change only when nothing follows it', () => {
  it('"added a 30 degree homer" is no change; "rose a sharp 12 percent" is', () => {
    expect(mentionFor('Hosmer added a 30 degree homer to tie the game.', '30 degree').trend).toBeNull();
    expect(mentionFor('The board cut a 12-page report.', '12').trend).toBeNull();
    expect(mentionFor('Profits rose a sharp 12 percent.', '12 percent').trend).toBe('up');
    expect(mentionFor('Exports jumped a record 20% last year.', '20%').trend).toBe('up');
    expect(mentionFor('Sales rose a further 5% to $7bn.', '5%').trend).toBe('up');
  });
});

describe('coordinated figures share a unit', () => {
  it('"40 tonnes in May and 55 in June" repeats the unit; a noun or verb after the second number stops it', () => {
    expect(mentionFor('Output was 40 tonnes in May and 55 in June.', '55')).toMatchObject({ kind: 'measure', unit: 't' });
    expect(mentionFor('The angle was 1.4 degrees in 2018 and 2.1 last year.', '2.1').unit).toBe('deg');
    expect(mentionFor('He scored 30 points and 12 rebounds.', '12').unit).toBeNull();
    expect(mentionFor('He paid $40 for food and 5 of them left.', '5').unit).toBeNull();
    expect(mentionFor('It weighs 3 kg and 2 are spare.', '2').unit).toBeNull();
  });
});

describe('populations of a share (NewsQuant error classes, invented sentences)', () => {
  it('keeps "US" in the population and looks past "the combined 4.3M"', () => {
    expect(mentionFor('One fourth of the US population is vaccinated.', 'One fourth')).toMatchObject({ denominator: 'population', noun: 'US population' });
    expect(mentionFor('Nearly two-thirds of the combined 4.3M digital and physical sales came from discs.', 'Nearly two-thirds'))
      .toMatchObject({ denominator: 'sale', noun: 'digital physical sale' });
  });
  it('reads "her 18 month-old daughter" as an age in months', () => {
    expect(mentionFor('She lives with her 18 month-old daughter.', '18 month-old')).toMatchObject({ kind: 'duration', unit: 'month', measure: 'age' });
  });
});

describe('hedges of precision, not of source', () => {
  it('"reportedly" leaves the figure exact; "an estimated" widens it', () => {
    expect(mentionFor('The flat reportedly sold for $44 million.', '$44 million').qualifier).toBe('exact');
    expect(mentionFor('An estimated 500 people attended.', '500').qualifier).toBe('about');
  });
});

describe('direction adverbs', () => {
  it('"revised upward by" is a change up, and the adverb is no measure', () => {
    expect(mentionFor('Profit was revised upward by $40 million.', '$40 million')).toMatchObject({ trend: 'up', measure: null });
    expect(mentionFor('The forecast was revised downward by 2%.', '2%').trend).toBe('down');
  });
});

describe('the object of a change names both levels', () => {
  it('"cut the road budget from $30 billion to $6 billion" → budget, noun "road budget"', () => {
    const ms = extract('The state cut the road budget from $30 billion to $6 billion.').mentions;
    expect(ms.map((m) => [m.measure, m.noun])).toEqual([['budget', 'road budget'], ['budget', 'road budget']]);
    expect(mentionFor('The firm raised its forecast from 5% to 7%.', '7%').measure).toBe('forecast');
    // a verb before "from" names nothing; the subject does
    expect(mentionFor('Applications fell from 300,000 to 250,000.', '250,000').measure).toBe('application');
    // the words before "from" that belong to another figure are not its object
    expect(mentionFor('Revenue rose to $7.4 billion from 6.9 billion.', '6.9 billion').measure).not.toBe('billion');
  });
});

describe('two values at two times', () => {
  it('"from 20 mpg in 2008 to 29 mpg in 2020" is a change without a verb; a place is not a time', () => {
    const ms = extract('Mileage crept upward, from 20 mpg in 2008 to 29 mpg in 2020.').mentions.filter((m) => m.kind !== 'year');
    expect(ms.map((m) => [m.value, m.change, m.direction])).toEqual([[20, 'from', 'up'], [29, 'to', 'up']]);
    expect(ms[1]!.delta).toBe(9);
    expect(mentionFor('Tickets cost from $20 in May to $45 in June.', '$20').measure).toBeNull();
  });
});

describe('conversions repeat the hedge', () => {
  it('"just under 296 hp (224 kW / 300 PS)": both conversions are under', () => {
    const ms = extract('It makes just under 296 hp (224 kW / 300 PS) at 6,000 rpm.').mentions;
    expect(ms.slice(0, 3).map((m) => m.qualifier)).toEqual(['under', 'under', 'under']);
    expect(extract('The ratio was 3 / 4 at best.').mentions.every((m) => m.qualifier === 'exact')).toBe(true);
  });
});

describe('estimates', () => {
  it('"estimates of 64,900" is the estimate itself (exact, no measure); "an estimated 500" is approximate', () => {
    expect(mentionFor('Deliveries fell short of analyst estimates of 64,900.', '64,900')).toMatchObject({ qualifier: 'exact', measure: null });
    expect(mentionFor('An estimated 500 people came.', '500').qualifier).toBe('about');
  });
});

describe('titles and descriptors are not the owner', () => {
  it('a title with its dot belongs to the name, and the owner is the name without it', () => {
    expect(mentionFor('The 3,000 supporters of Mr. Vance marched.', '3,000').subject).toBe('Vance');
    expect(mentionFor('Mr. Vance has 3,000 supporters in the county.', '3,000').subject).toBe('Vance');
    expect(mentionFor('She closed one of Mr. Vance’s accounts.', 'one')).toMatchObject({ subject: 'Vance', measure: 'account', noun: 'vance account' });
    expect(mentionFor('Mr. Ames and Mr. Orr have led 200 members since 2004.', '200').subject).toBe('Ames and Orr');
    expect(mentionFor('Coastal Democratic Rep. Jane Roe won 134 votes.', '134').subject).toBe('Jane Roe');
    // a place's abbreviation stays: it is part of the name
    expect(mentionFor('St. Albans has 300,000 residents.', '300,000').subject).toBe('St. Albans');
  });
  it('a possessive name owns the noun after it only when that noun is the clause subject', () => {
    expect(mentionFor('Ms. Lee’s victory over Tim Ray, a 51-year-old lawyer, was clear.', '51-year-old').subject).toBeNull();
    expect(mentionFor('The 400 soldiers of American units left.', '400').subject).toBeNull();
    expect(mentionFor('Two Harbour Board officials said 40 boats sank.', '40').subject).toBeNull();
  });
});

describe('the event of a figure', () => {
  it('an event noun that frames the next figure after a comma is that figure\'s', () => {
    const s = 'The charge carries a penalty of up to four years in prison, a fine of up to $100,000 and three years of probation.';
    expect(mentionFor(s, 'up to four years').event).not.toBe('fine');
    expect(mentionFor(s, 'up to $100,000').event).toBe('fine');
    // without a comma the noun after the figure is still its event
    expect(mentionFor('Peacekeepers, of whom 174 have died, stayed.', '174').event).toBe('die');
  });
});

describe('words after a number that are not what it counts', () => {
  it('a title, a possessive name, a quantifier or an ordinal is never the head', () => {
    expect(mentionFor('The override, the first Mr. Doe has faced, is expected.', 'first').measure).toBeNull();
    expect(mentionFor('It is not the first time Lee’s remarks caused trouble.', 'first').measure).toBe('time');
    expect(mentionFor('He was one of Ray’s first Board picks.', 'one').measure).toBe('pick');
    expect(mentionFor('It was one of the few moments of calm.', 'one')).toMatchObject({ measure: 'moment' });
    expect(mentionFor('It was one of the few moments of calm.', 'one').noun).toBeUndefined();
    // an ordinal stays in the noun phrase: a second home is a kind of home
    expect(mentionFor('She bought three second homes.', 'three')).toMatchObject({ measure: 'home', noun: 'second home' });
  });
  it('"short of" and compass directions after a figure name no measure', () => {
    expect(mentionFor('The exit begins two days short of its fifth anniversary.', 'two days').measure).toBeNull();
    expect(mentionFor('The park lies less than 6 miles south of the city.', 'less than 6 miles').measure).toBeNull();
    expect(mentionFor('The park has 8 southern trails.', '8').measure).toBe('trail');
  });
});

describe('headlines', () => {
  it('a sentence in title case names no owner: its name runs into the verb', () => {
    expect(mentionFor('Harbour Council Votes to End Ferry Service With 9-0 Tally', '9-0 Tally').subject).toBeNull();
    expect(mentionFor('Coastal Allies Agree to Send 3,000 Troops', '3,000').subject).toBeNull();
    // the second figure of one headline: its title case is read once, when the first owner is refused (decision 0079)
    expect(mentionFor('Coastal Allies Agree to Send 3,000 Troops and 40 Ships', '40').subject).toBeNull();
    expect(mentionFor('The Harbour Board on Friday voted 9-0 to close the pier.', '9-0').subject).toBe('Harbour Board');
  });
});

describe('two coordinated figures of one thing', () => {
  it('"since 1998 and 2004": the second year is a start year too', () => {
    expect(mentionFor('The two have led the team since 1998 and 2004.', '2004').timeFrame).toBe('since');
    expect(mentionFor('Back-to-back coups in 1999 and 2000 shook the capital.', '2000')).toMatchObject({ event: 'coup', timeFrame: null });
  });
  it('"rose 5% and 7%" are two rises; a figure in another unit is not', () => {
    expect(mentionFor('Prices rose 5% and 7% in the two surveys.', '7%')).toMatchObject({ trend: 'up', change: 'by' });
    expect(mentionFor('Sales rose 5% and $7 billion came from abroad.', '$7 billion').trend).toBeNull();
  });
});
