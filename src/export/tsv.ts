/** Every raw triple of every document in the OpenIE/CaRB tabbed layout, each with its whole sentence. */
import { openieLine } from './openie-tsv.js';
import type { ExportInput } from './input.js';

/** The triples as read, before alias merging: the layout OpenIE scorers and `kg extract --format tsv` use. */
export function* tsvPieces(input: ExportInput): Generator<string> {
  for (const doc of input.documents) {
    for (const triple of doc.triples) {
      const sentence = doc.sentences[triple.sentence];
      yield openieLine(sentence === undefined ? doc.text : doc.text.slice(sentence.start, sentence.end), triple);
    }
  }
}
