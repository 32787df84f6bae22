import type { MentionKind } from '../../model/mention.js';
import { dict, WordMap } from './dict.js';

/** A unit written after a number, as lowercase token sequences ("km²" tokenizes to "km" + "²"). */
export interface UnitEntry {
  seq: string[];
  unit: string;
  kind: MentionKind;
}

const E = (words: string, unit: string, kind: MentionKind = 'measure'): UnitEntry => ({ seq: words.split(' '), unit, kind });

/** Longest sequences first within each start word (the lookup sorts them). */
export const UNIT_ENTRIES: UnitEntry[] = [
  E('%', '%', 'percent'), E('per cent', '%', 'percent'), E('percent', '%', 'percent'), E('pct', '%', 'percent'), E('pc', '%', 'percent'),
  E('percentage points', 'pp', 'percent'), E('percentage point', 'pp', 'percent'), E('per cent points', 'pp', 'percent'),
  E('% points', 'pp', 'percent'), E('% point', 'pp', 'percent'), E('pp', 'pp', 'percent'), E('basis points', 'bp', 'percent'), E('points', 'pt'), E('point', 'pt'), E('pts', 'pt'), E('bps', 'bp', 'percent'),
  E('km ²', 'km2'), E('km 2', 'km2'), E('km2', 'km2'), E('sq km', 'km2'), E('sq . km', 'km2'), E('square kilometres', 'km2'),
  E('square kilometers', 'km2'), E('square kilometre', 'km2'), E('square kilometer', 'km2'), E('square km', 'km2'),
  E('square miles', 'mi2'), E('square mile', 'mi2'), E('sq mi', 'mi2'), E('sq miles', 'mi2'), E('mi2', 'mi2'),
  E('square metres', 'm2'), E('square meters', 'm2'), E('m2', 'm2'), E('m ²', 'm2'), E('square feet', 'ft2'), E('sq ft', 'ft2'),
  E('hectares', 'ha'), E('hectare', 'ha'), E('ha', 'ha'), E('acres', 'acre'), E('acre', 'acre'),
  E('kilometres', 'km'), E('kilometers', 'km'), E('kilometre', 'km'), E('kilometer', 'km'), E('km', 'km'), E('kms', 'km'),
  E('nautical miles', 'nmi'), E('miles', 'mi'), E('mile', 'mi'), E('mi', 'mi'), E('metres', 'm'), E('m', 'm'), E('meters', 'm'), E('metre', 'm'),
  E('meter', 'm'), E('centimetres', 'cm'), E('centimeters', 'cm'), E('cm', 'cm'), E('millimetres', 'mm'), E('millimeters', 'mm'),
  E('mm', 'mm'), E('feet', 'ft'), E('foot', 'ft'), E('ft', 'ft'), E('inches', 'in'), E('inch', 'in'), E('yards', 'yd'), E('yard', 'yd'),
  E('kilograms', 'kg'), E('kilogrammes', 'kg'), E('kilogram', 'kg'), E('kilos', 'kg'), E('kilo', 'kg'), E('kg', 'kg'), E('kgs', 'kg'),
  E('grams', 'g'), E('gram', 'g'), E('g', 'g'), E('milligrams', 'mg'), E('mg', 'mg'), E('metric tons', 't'), E('metric tonnes', 't'), E('tonnes', 't'),
  E('tonne', 't'), E('tons', 't'), E('ton', 't'), E('lbs', 'lb'), E('lb', 'lb'), E('pounds', 'lb'), E('pound', 'lb'), E('ounces', 'oz'), E('oz', 'oz'),
  E('° c', '°C', 'measure'), E('°c', '°C'), E('° f', '°F'), E('degf', '°F'), E('degc', '°C'), E('deg f', '°F'), E('deg c', '°C'), E('deg', 'deg'), E('sq m', 'm2'), E('sq . m', 'm2'), E('nm', 'N·m'), E('nm', 'nm'), E('nanometres', 'nm'), E('nanometers', 'nm'), E('μm', 'μm'), E('micrometres', 'μm'), E('microns', 'μm'), E('mah', 'mAh'), E('degrees celsius', '°C'), E('degrees centigrade', '°C'), E('degrees fahrenheit', '°F'),
  E('degrees c', '°C'), E('degrees f', '°F'), E('celsius', '°C'), E('fahrenheit', '°F'), E('degrees', 'deg'), E('°', 'deg'),
  E('l', 'l'), E('min', 'min', 'duration'), E('bhp', 'hp'), E('mbps', 'Mbps'), E('kbps', 'kbps'), E('gbps', 'Gbps'), E('khz', 'kHz'), E('hz', 'Hz'), E('litres', 'l'), E('liters', 'l'), E('litre', 'l'), E('liter', 'l'), E('millilitres', 'ml'), E('milliliters', 'ml'), E('ml', 'ml'),
  E('gallons', 'gal'), E('gallon', 'gal'), E('barrels', 'bbl'), E('barrel', 'bbl'), E('bbl', 'bbl'), E('cubic metres', 'm3'), E('cubic meters', 'm3'),
  E('seconds', 's', 'duration'), E('second', 's', 'duration'), E('secs', 's', 'duration'), E('minutes', 'min', 'duration'), E('minute', 'min', 'duration'),
  E('mins', 'min', 'duration'), E('hours', 'h', 'duration'), E('hour', 'h', 'duration'), E('hrs', 'h', 'duration'), E('days', 'day', 'duration'),
  E('day', 'day', 'duration'), E('weeks', 'week', 'duration'), E('week', 'week', 'duration'), E('months', 'month', 'duration'),
  E('month', 'month', 'duration'), E('years', 'year', 'duration'), E('year', 'year', 'duration'), E('yrs', 'year', 'duration'),
  E('decades', 'decade', 'duration'), E('decade', 'decade', 'duration'), E('centuries', 'century', 'duration'), E('century', 'century', 'duration'),
  E('mph', 'mph'), E('km / h', 'km/h'), E('kph', 'km/h'), E('kilometres per hour', 'km/h'), E('kilometers per hour', 'km/h'), E('miles per hour', 'mph'),
  E('knots', 'kn'), E('megawatts', 'MW'), E('mw', 'MW'), E('gigawatts', 'GW'), E('gw', 'GW'), E('kilowatts', 'kW'), E('kw', 'kW'),
  E('kwh', 'kWh'), E('mwh', 'MWh'), E('gwh', 'GWh'), E('twh', 'TWh'), E('watts', 'W'), E('volts', 'V'), E('volt', 'V'),
  E('gb', 'GB'), E('tb', 'TB'), E('mb', 'MB'), E('gigabytes', 'GB'), E('megabytes', 'MB'), E('terabytes', 'TB'), E('ghz', 'GHz'), E('mhz', 'MHz'),
  E('ppm', 'ppm'), E('ppb', 'ppb'), E('calories', 'kcal'), E('kcal', 'kcal'), E('rpm', 'rpm'), E('hp', 'hp'), E('horsepower', 'hp'),
  // Singular forms ("0.03 millimeter", "a 7 nanometer chip") and units that were missing.
  E('millimetre', 'mm'), E('millimeter', 'mm'), E('centimetre', 'cm'), E('centimeter', 'cm'), E('nanometre', 'nm'), E('nanometer', 'nm'),
  E('micrometre', 'μm'), E('micrometer', 'μm'), E('milligram', 'mg'), E('milligrams', 'mg'), E('ounce', 'oz'), E('kilowatt', 'kW'),
  E('megawatt', 'MW'), E('gigawatt', 'GW'), E('watt', 'W'), E('w', 'W'), E('kilometre per hour', 'km/h'), E('km / hr', 'km/h'), E('km / hour', 'km/h'),
  E('mile per hour', 'mph'), E('miles an hour', 'mph'), E('m . p . h', 'mph'), E('mpg', 'mpg'), E('miles per gallon', 'mpg'),
  E('cubic feet', 'ft3'), E('cubic foot', 'ft3'), E('cubic metre', 'm3'), E('cubic meter', 'm3'), E('basis point', 'bp', 'percent'),
  E('ksi', 'ksi'), E('mpa', 'MPa'), E('gpa', 'GPa'), E('kpa', 'kPa'), E('psi', 'psi'), E('kv', 'kV'), E('ps', 'PS'),
  E('lb - ft', 'lbft'), E('pound - feet', 'lbft'), E('pound - foot', 'lbft'), E('newton metres', 'N·m'), E('newton meters', 'N·m'),
  E('gigatonnes', 'Gt'), E('gigatons', 'Gt'), E('gt', 'Gt'), E('megatonnes', 'Mt'), E('megatons', 'Mt'), E('hertz', 'Hz'), E('kilohertz', 'kHz'),
  E('megahertz', 'MHz'), E('gigahertz', 'GHz'), E('knot', 'kn'), E('kt', 'kn'), E('kts', 'kn'), E('parts per million', 'ppm'), E('parts per billion', 'ppb'),
  E('ppg', 'pt/game'), E('rpg', 'rebound/game'), E('apg', 'assist/game'), E('degree', 'deg'),
  // "32m2", "400ft2" (the superscript lost in transcription), and primes glued to the number: 25.5″ (inches), 30′ (feet)
  E('m 2', 'm2'), E('ft 2', 'ft2'), E('m 3', 'm3'), E('\u2033', 'in'), E('\u2032', 'ft'),
  E('pints', 'pint'), E('pint', 'pint'), E('quarts', 'qt'), E('quart', 'qt'), E('calorie', 'kcal'), E('gallons', 'gal'), E('tablespoons', 'tbsp'), E('teaspoons', 'tsp'),
];

/**
 * Units whose case carries the meaning: "Nm" is newton metres but "nm" nanometres; "PS" is metric horsepower,
 * "ps" nothing. Keyed by the unit, the exact spelling the text must have.
 */
export const CASED_UNITS: Record<string, string> = { 'N·m': 'Nm', PS: 'PS', Gt: 'Gt', kV: 'kV', W: 'W' };
/**
 * An ambiguous unit written apart from its number still counts when its spelling is a unit's own mixed case and
 * no English word: "300 Hz", "61.4 MPa", "8.5 kW", "500 mg" (lowercase two-letter symbols need the digits glued).
 */
export const CASED_SYMBOL = /^(?:[kMGT]?(?:Hz|W|Wh)|[KMG]?HZ|[KMG]WH?|[kMG]Pa|kV|mAh|MB|GB|TB|Nm|nm|PS|Gt|mg|ml|mL)$/;

/**
 * Unit entries indexed by first token, longest first. A WordMap: it is asked about the token after every number, and
 * most of those words are no unit's first token, so the shape pre-test rejects them unhashed (decision 0076).
 */
export const UNITS_BY_FIRST: WordMap<UnitEntry[]> = (() => {
  const m = dict<UnitEntry[]>({});
  for (const e of UNIT_ENTRIES) (m[e.seq[0]!] ??= []).push(e);
  for (const list of Object.values(m)) list.sort((a, b) => b.seq.length - a.seq.length);
  return new WordMap(m);
})();

/** Units that are also common English words or letters: they need the number glued or a clear numeric context. */
export const AMBIGUOUS_UNITS = new Set(['in', 'g', 'ha', 'mi', 'ft', 'mb', 'pp', 'won', 'rand', 'p', 'second', 'gb', 'l', 'm', 't', 'yd', 'oz', 'mg', 'ml', 'mw', 'gw', 'kw', 'tb', 'pc', 'min', 'hz', 'nm', 'deg', 'w', 'ps', 'bar', 'gt', 'kt', 'kv', '\u2033', '\u2032']);
