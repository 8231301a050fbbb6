/**
 * The whole graph as JSON: graphology's serialised form plus the documents (texts, sentences, raw
 * triples), the lexicon, the alias merges and those decided by hand. It is a kg store, checksum
 * and all, so `loadStore` reads it back and `kg serve --graph` serves it; nothing is flattened and
 * every character is kept.
 */
import { withChecksum } from '../graph/store-checksum.js';
import { STORE_VERSION } from '../graph/store-contents.js';
import type { ExportInput } from './input.js';

export function jsonPieces(input: ExportInput): Generator<string> {
  return withChecksum(storePieces(input));
}

/** One array element a line, as the store itself is written, so a large graph never becomes one string. */
function* storePieces(input: ExportInput): Generator<string> {
  yield `{"format":"kg-store","version":${STORE_VERSION},\n"documents":`;
  yield* array(input.documents);
  yield `,\n"lexicon":${JSON.stringify(input.lexicon)},\n"merges":`;
  yield* array(input.merges);
  yield ',\n"overrides":';
  yield* array(input.overrides);
  yield `,\n"graph":{"options":${JSON.stringify(input.options)},"attributes":${JSON.stringify(input.attributes)},\n"nodes":`;
  yield* array(input.nodes());
  yield ',\n"edges":';
  yield* array(input.edges());
  yield '},\n';
}

function* array(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item) ?? 'null'}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
