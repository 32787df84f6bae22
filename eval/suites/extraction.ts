/** Extraction eval: NewsQuant (CQE scoring), Recognizers-Text specs, quantulum3 sentences, phone negatives. */
import type { EvalRow } from '../types.js';
import { scoreNewsQuant } from './extraction-newsquant.js';
import { scoreQuantulum } from './extraction-quantulum.js';
import { scoreRecognizers } from './extraction-recognizers.js';

export async function run(): Promise<EvalRow[]> {
  return [...scoreNewsQuant().rows, ...scoreRecognizers(), ...scoreQuantulum()];
}
