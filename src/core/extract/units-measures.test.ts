import { describe, expect, it } from 'vitest';
import { expectNone, extract, mentionFor } from './test-util.js';
import { toBase } from './units/convert.js';

describe('units', () => {
  it('reads singular and newly covered units', () => {
    expect(mentionFor('The film is 0.2 millimeter thick.', '0.2 millimeter').unit).toBe('mm');
    expect(mentionFor('Chips are made at 5 nanometer nodes.', '5 nanometer').unit).toBe('nm');
    expect(mentionFor('The beam is rated at 12 ksi.', '12 ksi').unit).toBe('ksi');
    expect(mentionFor('The grid ran at 59.8 Hz overnight.', '59.8 Hz').unit).toBe('Hz');
    expect(mentionFor('The rotor spins at 210 HZ.', '210 HZ').unit).toBe('Hz');
    expect(mentionFor('Steel yields at 250 MPa.', '250 MPa').unit).toBe('MPa');
    expect(mentionFor('The motor gives 410 Nm of torque.', '410 Nm').unit).toBe('N·m');
    expect(mentionFor('Features are 14 nm wide.', '14 nm').unit).toBe('nm');
    expect(mentionFor('It makes 190 PS at the wheels.', '190 PS').unit).toBe('PS');
    expect(mentionFor('It averages 41 mpg on the highway.', '41 mpg').unit).toBe('mpg');
    expect(mentionFor('Glaciers shed 90 gigatonnes of ice.', '90 gigatonnes').unit).toBe('Gt');
    expect(mentionFor('The boot holds 19.1 cubic feet.', '19.1 cubic feet').unit).toBe('ft3');
    expect(mentionFor('The beam is 1.5 degrees off level.', '1.5 degrees').unit).toBe('deg');
    expect(mentionFor('Patients got 20 mg to 40 mg daily.', '20 mg to 40 mg')).toMatchObject({ unit: 'mg/day', low: 20, high: 40 });
  });
  it('reads a unit over a unit, rates per second, and a fraction of one unit', () => {
    expect(mentionFor('New cars emit 118 g/km on average.', '118 g/km').unit).toBe('g/km');
    expect(mentionFor('The field reached 25 kV/cm.', '25 kV/cm').unit).toBe('kV/cm');
    expect(mentionFor('Winds gusted at 45 metres per second.', '45 metres per second')).toMatchObject({ unit: 'm/s', timeFrame: 'per second' });
    expect(mentionFor('The shop is three-quarters of a mile away.', 'three-quarters of a mile')).toMatchObject({ value: 0.75, unit: 'mi', measure: null });
    expect(mentionFor('A third of a cup is enough.', 'A third').unit).toBeNull(); // "cup" is no unit
  });
  it('reads units joined by a hyphen', () => {
    expect(mentionFor('It has a 6.7-inch screen.', '6.7-inch')).toMatchObject({ value: 6.7, unit: 'in' });
    expect(mentionFor('A 1.5-litre engine powers it.', '1.5-litre')).toMatchObject({ value: 1.5, unit: 'l' });
    expect(mentionFor('They began a 2.4 billion-mile trip.', '2.4 billion-mile')).toMatchObject({ value: 2.4e9, unit: 'mi' });
  });
  it('does not read lowercase symbols apart from their number as units', () => {
    expect(mentionFor('There were 3 ps in the word.', '3').unit).toBeNull();
  });
  it('reads currencies written with a nationality, after the number, and in wire-service spelling', () => {
    expect(mentionFor('Fares rose to 12.5 Australian dollars.', '12.5 Australian dollars').unit).toBe('AUD');
    expect(mentionFor('The phone sells for 5,999 Chinese yuan.', '5,999 Chinese yuan').unit).toBe('CNY');
    expect(mentionFor('Deposits above 3 million Danish kroner are charged.', '3 million Danish kroner').unit).toBe('DKK');
    expect(mentionFor('She paid 890€ for the bike.', '890€')).toMatchObject({ value: 890, unit: 'EUR' });
    expect(mentionFor('Shares closed at Y=4,120 in Tokyo.', 'Y=4,120')).toMatchObject({ value: 4120, unit: 'JPY' });
    expect(mentionFor('Shares rose to RM4.10 on Friday.', 'RM4.10').unit).toBe('MYR');
    expect(mentionFor('He took a PS3.4m bonus.', 'PS3.4m')).toMatchObject({ value: 3.4e6, unit: 'GBP' });
    expectNone('He bought a PS5 for his son.');
  });
  it('reads prices per item as their own unit', () => {
    expect(mentionFor('Crude traded at $71.30 per barrel.', '$71.30 per barrel').unit).toBe('USD/bbl');
    expect(mentionFor('Offices rent for $38 a square foot.', '$38 a square foot').unit).toBe('USD/ft2');
    expect(mentionFor('The offer is C$6 a share in cash.', 'C$6 a share').unit).toBe('CAD/share');
    expect(mentionFor('Space leases at $80 per sq m.', '$80 per sq m').unit).toBe('USD/m2');
  });
  it('reads "a year earlier" as a date, not a rate; "a-year" and "barrel-a-day" as rates', () => {
    expect(mentionFor('Sales were $4.1 billion, up from $3.9 billion a year earlier.', '$3.9 billion').unit).toBe('USD');
    expect(mentionFor('Fees rise by up to £24 a-year from May.', '£24 a-year').unit).toBe('GBP/year');
    expect(mentionFor('It has one 90,000 barrel-a-day refinery.', '90,000 barrel-a-day').unit).toBe('bbl/day');
  });
});

describe('measure (what is counted)', () => {
  it('looks past a partitive "of" and comparison words', () => {
    expect(mentionFor('Dozens of sailors were rescued.', 'Dozens').measure).toBe('sailor');
    expect(mentionFor('It sold 12m of its new phones.', '12m').measure).toBe('phone');
    expect(mentionFor('The club signed four more strikers.', 'four').measure).toBe('striker');
  });
  it('treats a number between a name and a singular noun as part of the name', () => {
    expect(extract('The Nikkei 225 index slipped 0.4%.').mentions.map((m) => m.text)).toEqual(['0.4%']);
    expect(mentionFor('The Delta Brigade 450 soldiers left.', '450').measure).toBe('soldier');
  });
  it('lemmatises -men plurals', () => {
    expect(mentionFor('Some 40 fishermen lost their boats.', '40').measure).toBe('fisherman');
  });
  it('lemmatises plurals of nouns in -us and -as without a stray "e", and keeps the -use nouns', () => {
    expect(mentionFor('He won 14 caucuses in the spring.', '14').measure).toBe('caucus');
    expect(mentionFor('It ran 3 surpluses in a row.', '3').measure).toBe('surplus');
    expect(mentionFor('They burned 5 gases at the plant.', '5').measure).toBe('gas');
    expect(mentionFor('She listed 6 causes of the delay.', '6').measure).toBe('cause');
    expect(mentionFor('They sold 9 houses on the street.', '9').measure).toBe('house');
  });
  it('does not take a verb, a comparative or a name as the counted noun', () => {
    expect(mentionFor('About 300 arrive from abroad each week.', 'About 300').measure).toBeNull();
    expect(mentionFor('One motion asks the council to act.', 'One').measure).toBe('motion');
    expect(mentionFor('The new car is 3k cheaper than before.', '3k').measure).toBeNull();
    expect(mentionFor('Shares of Smith Holdings fell 2% to 412.', '412').measure).toBeNull();
  });
  it('counts the noun glued by a hyphen and never a number word', () => {
    expect(mentionFor('He read a 40-page report.', '40').measure).toBe('page');
    expect(mentionFor('It has a 250-hp six-cylinder engine.', '250-hp').measure).toBeNull();
  });
  it('reads ages: apposition, "aged", "the age of", "years old"', () => {
    expect(mentionFor('Okafor, 52, runs the clinic.', '52')).toMatchObject({ kind: 'duration', unit: 'year', measure: 'age' });
    expect(mentionFor('Girls aged 14 were offered the vaccine.', '14').measure).toBe('age');
    expect(mentionFor('Players under the age of 23 are eligible.', '23').measure).toBe('age');
    expect(mentionFor('She will be 40 years old in June.', '40 years').measure).toBe('age');
  });
  it('does not read counts in lists as ages', () => {
    const m = extract('Rome, Paris, 12, and Oslo were listed.').mentions[0];
    expect(m?.measure).not.toBe('age');
  });
});

describe('noun phrases with hyphens (NewsQuant error classes, invented sentences)', () => {
  it('a hyphenated modifier is one word of the counted noun phrase', () => {
    expect(mentionFor('As many as 12 first-team players left the club.', 'As many as 12')).toMatchObject({ measure: 'player', noun: 'first-team player' });
    expect(mentionFor('The plan replaces 30 coal-fired power plants.', '30')).toMatchObject({ measure: 'plant', noun: 'coal-fired power plant' });
    expect(mentionFor('The mill announced 40 lay-offs.', '40').measure).toBe('lay-off');
    // a number word before the hyphen is a count of its own
    expect(mentionFor('It has a 250-hp six-cylinder engine.', 'six').measure).toBe('cylinder');
  });
  it('a suspended hyphen gives every member the noun of the last one', () => {
    const ms = extract('The range has four-, five- and six-cylinder engines.').mentions;
    expect(ms.map((m) => [m.value, m.measure])).toEqual([[4, 'cylinder'], [5, 'cylinder'], [6, 'cylinder']]);
    expect(extract('They let two- and three-bedroom flats.').mentions.map((m) => m.measure)).toEqual(['bedroom', 'bedroom']);
  });
  it('-ves plurals lose only the s, unless the singular ends in -f', () => {
    expect(mentionFor('The keeper made 26 saves in the game.', '26').measure).toBe('save');
    expect(mentionFor('The farm sold 40 calves.', '40').measure).toBe('calf');
    expect(mentionFor('The plant replaced 300 valves.', '300').measure).toBe('valve');
  });
});

describe('counted noun phrases (NewsQuant error classes, invented sentences)', () => {
  it('an -ing word before a plural noun modifies it', () => {
    expect(mentionFor('The council will build 900 public housing units.', '900')).toMatchObject({ measure: 'unit', noun: 'public housing unit' });
    expect(mentionFor('The city wants 400 charging points by 2030.', '400')).toMatchObject({ measure: 'point', noun: 'charging point' });
  });
  it('a capitalised plural closing the phrase is the head', () => {
    expect(mentionFor('She has played in six straight Test matches.', 'six').measure).toBe('match');
    expect(mentionFor('He has played at four straight Olympics.', 'four').measure).toBe('olympic');
  });
  it('a possessor after a partitive "of" and "other" after the number are looked past', () => {
    expect(mentionFor("Two of the mayor's aides resigned.", 'Two')).toMatchObject({ measure: 'aide', noun: 'mayor aide' });
    expect(mentionFor("Two of the mayor's aides resigned and nine other staffers left.", 'nine').measure).toBe('staffer');
  });
  it('lost superscripts and primes are units when glued', () => {
    expect(mentionFor('The studio is 32m2.', '32m2').unit).toBe('m2');
    expect(mentionFor('The flat is 32m 2 rooms wide.', '32m').unit).toBe('m');
    expect(mentionFor('The neck is 25.5″ long.', '25.5″').unit).toBe('in');
    expect(mentionFor('The kite flew at 30′ for an hour.', '30′').unit).toBe('ft');
  });
});

describe('rates and prices said after the noun or a conversion (NewsQuant error classes, invented sentences)', () => {
  it('a rate after the counted noun or after a bracketed conversion', () => {
    expect(mentionFor('The lab runs 3,000 tests a day.', '3,000')).toMatchObject({ timeFrame: 'per day', measure: 'test' });
    expect(mentionFor('The rotor spins 9,000 times a minute.', '9,000').timeFrame).toBe('per minute');
    const ms = extract('The levy raises 9 billion shekels ($2.4 billion) a year.').mentions;
    expect(ms.map((m) => m.unit)).toEqual(['ILS/year', 'USD/year']);
    // "a year ago" dates the figure
    expect(mentionFor('It sold 40 cars a year ago.', '40').timeFrame).toBeNull();
  });
  it('cents per share are a price per share, comparable with dollars per share', () => {
    const m = mentionFor('The trust posted a loss of 63 cents per share.', '63 cents');
    expect(m.unit).toBe('USD/100/share');
    expect(toBase(63, 'USD/100/share')).toMatchObject({ value: 0.63, dimension: 'money:USD/share' });
    expect(extract('The offer of C$6 (US$4.46) per share was accepted.').mentions.map((x) => x.unit)).toEqual(['CAD/share', 'USD/share']);
  });
});

describe('ages after a copula (NewsQuant error classes, invented sentences)', () => {
  it('"who was 10", "he will be 35 by …", "under the age of 5 years" are ages', () => {
    expect(mentionFor('The prize went to his daughter, who was 10.', '10')).toMatchObject({ kind: 'duration', unit: 'year', measure: 'age', low: 10, high: 10 });
    expect(mentionFor('He will be 35 by the end of the year.', '35').measure).toBe('age');
    expect(mentionFor('She turned 40 in May.', '40').measure).toBe('age');
    expect(mentionFor('Many children under the age of 5 years died.', '5 years').measure).toBe('age');
    // a noun after the number is what is counted
    expect(mentionFor('She was 10 points ahead.', '10 points').measure).not.toBe('age');
    expect(mentionFor('It is 40 in total.', '40').measure).not.toBe('age');
  });
});

describe('periods and "a N or two" (NewsQuant error classes, invented sentences)', () => {
  it('a count of periods with a modifier between is a duration', () => {
    expect(mentionFor('It rained for three consecutive days.', 'three')).toMatchObject({ kind: 'duration', unit: 'day', value: 3 });
    expect(mentionFor('The show adds to 50 previous years of archive.', '50')).toMatchObject({ kind: 'duration', unit: 'year' });
  });
  it('"another pick or two", "a day or two": the noun before "or" is counted', () => {
    expect(mentionFor('They hope to add another pick or two.', 'two').measure).toBe('pick');
    expect(mentionFor('The repair will take a day or two.', 'two')).toMatchObject({ kind: 'duration', unit: 'day' });
  });
});

describe('noun phrases around the number (NewsQuant error classes, invented sentences)', () => {
  it('a ranking word before the number belongs to the counted noun phrase', () => {
    expect(mentionFor('The top three seeds all lost.', 'three')).toMatchObject({ measure: 'seed', noun: 'top seed' });
    expect(mentionFor('Gains built on the previous two sessions.', 'two').noun).toBe('previous session');
    expect(mentionFor('Another 500 troops arrived.', '500').noun).toBeUndefined();
  });
  it('a level followed by its change in points shares the unit', () => {
    expect(mentionFor('The index closed at 4,577.10, up 64.06 points.', '4,577.10').unit).toBe('pt');
    expect(mentionFor('The index closed at 4,577.10, up 1.2%.', '4,577.10').unit).toBeNull();
  });
});

describe('dollar country suffixes and prices shared by two levels', () => {
  it('"$75 U.S. per barrel" is a price in USD/bbl; a name after "U.S." is not swallowed', () => {
    expect(mentionFor('Oil was $75 U.S. per barrel in May.', '$75')).toMatchObject({ unit: 'USD/bbl' });
    expect(mentionFor('Gold was up $31.20 US.', '$31.20')).toMatchObject({ text: '$31.20 US', unit: 'USD' });
    expect(mentionFor('He paid $5 U.S. Steel shares.', '$5').text).toBe('$5');
  });
  it('the two levels of a change share the price or rate said on one of them', () => {
    const ms = extract('Oil fell from $75 per barrel to $45.88 in December.').mentions;
    expect(ms.map((m) => m.unit)).toEqual(['USD/bbl', 'USD/bbl']);
    expect(extract('Rent rose from $900 to $1,100 a month.').mentions.map((m) => m.unit)).toEqual(['USD/month', 'USD/month']);
  });
});
