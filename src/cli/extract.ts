import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractMentions } from '../core/extract/index.js';
import type { ParsedArgs } from './args.js';

export const EXTRACT_USAGE = `Usage: crosscheck extract <FILE | ->
  Treats each input line as one text and writes JSON Lines: { "line": n, "mentions": [...] }.`;

/** One JSON object per input line (1-based), streamed so large inputs never sit in memory. */
export async function extractCommand(args: ParsedArgs): Promise<number> {
  const source = args.positional[0];
  if (!source) {
    console.error(EXTRACT_USAGE);
    return 2;
  }
  const input = source === '-' ? process.stdin : createReadStream(source, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const mentions = extractMentions(line, `line-${n}`);
    process.stdout.write(JSON.stringify({ line: n, mentions }) + '\n');
  }
  return 0;
}
