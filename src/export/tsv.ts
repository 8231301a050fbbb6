/** Every raw triple of every document in the OpenIE/CaRB tabbed layout, each with its whole sentence. */
import { openieLine, tripleSentence } from './openie-tsv.js';
import type { ExportInput } from './input.js';
import type { ExportOptions } from './options.js';

/**
 * The triples as read, before alias merging: the layout OpenIE scorers and `kg extract --format tsv`
 * use. A TSV opens in a spreadsheet as readily as a CSV, so its cells are neutralised unless `raw`.
 */
export function* tsvPieces(input: ExportInput, options: ExportOptions): Generator<string> {
  const lineOptions = { neutralise: options.raw !== true };
  for (const doc of input.documents) {
    for (const triple of doc.triples) yield openieLine(tripleSentence(doc, triple), triple, lineOptions);
  }
}
