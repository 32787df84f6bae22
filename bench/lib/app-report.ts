// Reads the counts off the app's import report ("13 articles imported · 0 duplicates · 1 failure"), so the
// browser bench can tell a complete import from one that stopped early.

export interface ReportCounts {
  imported: number;
  duplicates: number;
  failures: number;
}

export function reportCounts(text: string): ReportCounts {
  const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
  return { imported: num(/(\d+) articles? imported/), duplicates: num(/(\d+) duplicates?\b/), failures: num(/(\d+) failures?\b/) };
}
