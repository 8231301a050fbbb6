/** The parser model the repository ships, read from disk once per process (each worker thread loads its own). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DependencyParser } from '../parse/index.js';

/** dist/src/pipeline → the repository root, where `models/` lives. */
export const PARSER_MODEL = fileURLToPath(new URL('../../../models/ud-ewt-parser.bin', import.meta.url));

let loaded: DependencyParser | undefined;

export function shippedParser(): DependencyParser {
  loaded ??= DependencyParser.fromBytes(readFileSync(PARSER_MODEL));
  return loaded;
}
