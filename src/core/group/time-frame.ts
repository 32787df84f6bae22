// Time-frame compatibility: "a year" (rate), "so far this year", "over the past decade" (cumulative) and
// explicit years are different windows; a count in one window is not the same quantity as in another.

export interface Frame {
  cls: 'rate' | 'ytd' | 'cumulative' | null;
  years: number[];
}

export function frameOf(timeFrame: string | null): Frame {
  if (!timeFrame) return { cls: null, years: [] };
  const t = timeFrame.toLowerCase();
  const years = [...t.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  let cls: Frame['cls'] = null;
  if (/\bthis year\b|\bso far\b|\byear to date\b/.test(t)) cls = 'ytd';
  else if (/\bdecade\b|\bsince\b|\bover (?:the|its) (?:past|last)?|\d+-year\b|\btotal\b|\bin all\b|\bexistence\b/.test(t)) cls = 'cumulative';
  else if (/\b(?:a|per|each|every) (?:year|month|week|day)\b|\bannual|\byearly\b|\bmonthly\b|\bdaily\b/.test(t)) cls = 'rate';
  return { cls, years };
}

export function framesCompatible(a: Frame, b: Frame): boolean {
  if (a.cls && b.cls && a.cls !== b.cls) return false;
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return false;
  return true;
}
