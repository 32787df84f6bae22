/**
 * A publication date printed in a dateline or byline near the top ("March 3, 2024", "3 March 2024", "2024-03-03",
 * "Published: Tue 9 Apr 2031 14:05"). Only explicit day + month + year are accepted; "2 hours ago" or a bare
 * month is not a date we can place. Result: ISO `YYYY-MM-DD`.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MON = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MON},?\s+(\d{4})\b`, 'i');
const MDY = new RegExp(String.raw`\b${MON}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

export function parsePrintedDate(line: string): string | null {
  let m = line.match(ISO);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = line.match(DMY);
  if (m) return iso(+m[3], month(m[2]), +m[1]);
  m = line.match(MDY);
  if (m) return iso(+m[3], month(m[1]), +m[2]);
  return null;
}
