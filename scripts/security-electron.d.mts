export interface Finding {
  check: string;
  file: string;
  line: number;
}
export interface Accepted {
  check: string;
  file: string;
  count: number;
  reason: string;
}
export const EXCLUDED_CHECKS: string[];
export function findingsFromSarif(sarif: unknown): Finding[];
export function acceptedFromDoc(markdown: string): Accepted[];
export function compareFindings(findings: Finding[], accepted: Accepted[]): { unexpected: Finding[]; stale: Accepted[] };
