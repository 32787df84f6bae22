/** Command-line entry: `crosscheck analyze ...` and `crosscheck extract ...`, running the same core pipeline as the app. */
import { analyzeCommand, ANALYZE_USAGE } from './analyze.js';
import { parseArgs } from './args.js';
import { extractCommand, EXTRACT_USAGE } from './extract.js';
import { configureNodePdf } from './node-pdf.js';

const [command, ...rest] = process.argv.slice(2);

async function run(): Promise<number> {
  const args = parseArgs(rest);
  switch (command) {
    case 'analyze':
      await configureNodePdf();
      return analyzeCommand(args);
    case 'extract':
      return extractCommand(args);
    default:
      console.log(`${ANALYZE_USAGE}\n\n${EXTRACT_USAGE}`);
      return command ? 2 : 0;
  }
}

run().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`crosscheck: ${(err as Error).message}`); process.exitCode = 1; },
);
