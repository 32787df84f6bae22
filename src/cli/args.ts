import { REPORT_VALUE_OPTIONS } from './reports.js';

/** Tiny argument parser: positional paths plus `--flag value` / `--flag` options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

const TAKES_VALUE = new Set(['max-bytes', 'metadata', 'time-budget', 'memory-limit', 'workers', ...REPORT_VALUE_OPTIONS]);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
    } else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else {
      const [name, inline] = arg.replace(/^--?/, '').split('=', 2);
      if (inline !== undefined) options.set(name, inline);
      else if (TAKES_VALUE.has(name)) {
        const value = argv[++i];
        if (value === undefined) throw new Error(`--${name} needs a value`);
        options.set(name, value);
      } else options.set(name, true);
    }
  }
  return { positional, options };
}
