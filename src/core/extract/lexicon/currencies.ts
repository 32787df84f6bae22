/** Currency symbols that precede the number: "$", "US$", "€". Keys are the symbol token text (after optional letters). */
import { dict } from './dict.js';
export const CURRENCY_SYMBOLS: Record<string, string> = dict({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₱': 'PHP', '₪': 'ILS', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₿': 'BTC',
});
/** Letters glued before "$": "US$", "A$", "C$", "HK$", "NZ$", "S$", "R$". */
export const DOLLAR_PREFIXES: Record<string, string> = dict({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD', r: 'BRL', nt: 'TWD', mx: 'MXN',
});
/** ISO codes written before or after the number. */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'ZAR', 'NGN', 'KES',
  'BRL', 'MXN', 'RUB', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'KRW', 'XOF', 'XAF', 'EGP', 'PKR', 'BDT', 'IDR', 'AED', 'SAR',
]);
/** Currency words after the number, as lowercase token sequences (longest first where they share a start). */
export const CURRENCY_WORDS: [string[], string][] = [
  [['cfa', 'francs'], 'XOF'], [['cfa', 'franc'], 'XOF'], [['us', 'dollars'], 'USD'], [['u', '.', 's', '.', 'dollars'], 'USD'],
  [['dollars'], 'USD'], [['dollar'], 'USD'], [['bucks'], 'USD'], [['euros'], 'EUR'], [['euro'], 'EUR'],
  [['pounds', 'sterling'], 'GBP'], [['sterling'], 'GBP'], [['yen'], 'JPY'], [['yuan'], 'CNY'], [['renminbi'], 'CNY'],
  [['rupees'], 'INR'], [['rupee'], 'INR'], [['francs'], 'CHF'], [['swiss', 'francs'], 'CHF'], [['naira'], 'NGN'],
  [['rand'], 'ZAR'], [['shillings'], 'KES'], [['pesos'], 'MXN'], [['rubles'], 'RUB'], [['roubles'], 'RUB'],
  [['won'], 'KRW'], [['lira'], 'TRY'], [['reais'], 'BRL'], [['dirhams'], 'AED'], [['riyals'], 'SAR'],
  [['cents'], 'USD/100'], [['pence'], 'GBP/100'], [['p'], 'GBP/100'],
  [['kroner'], 'DKK'], [['kronor'], 'SEK'], [['shekels'], 'ILS'], [['shekel'], 'ILS'], [['ringgit'], 'MYR'],
];
/** Nationality adjectives written before a currency word: "10.5 million Australian dollars", "7,199 Chinese yuan". */
export const CURRENCY_NATIONS: [string[], string][] = [
  [['australian', 'dollars'], 'AUD'], [['australian', 'dollar'], 'AUD'], [['canadian', 'dollars'], 'CAD'], [['canadian', 'dollar'], 'CAD'],
  [['new', 'zealand', 'dollars'], 'NZD'], [['new', 'zealand', 'dollar'], 'NZD'], [['hong', 'kong', 'dollars'], 'HKD'],
  [['singapore', 'dollars'], 'SGD'], [['singaporean', 'dollars'], 'SGD'], [['taiwan', 'dollars'], 'TWD'], [['chinese', 'yuan'], 'CNY'],
  [['japanese', 'yen'], 'JPY'], [['indian', 'rupees'], 'INR'], [['pakistani', 'rupees'], 'PKR'], [['mexican', 'pesos'], 'MXN'],
  [['danish', 'crowns'], 'DKK'], [['danish', 'kroner'], 'DKK'], [['swedish', 'kronor'], 'SEK'], [['swedish', 'crowns'], 'SEK'],
  [['norwegian', 'kroner'], 'NOK'], [['norwegian', 'crowns'], 'NOK'], [['south', 'african', 'rand'], 'ZAR'], [['swiss', 'francs'], 'CHF'],
  [['russian', 'roubles'], 'RUB'], [['russian', 'rubles'], 'RUB'], [['turkish', 'lira'], 'TRY'], [['brazilian', 'reais'], 'BRL'],
  [['nigerian', 'naira'], 'NGN'], [['kenyan', 'shillings'], 'KES'], [['israeli', 'shekels'], 'ILS'], [['malaysian', 'ringgit'], 'MYR'],
];
