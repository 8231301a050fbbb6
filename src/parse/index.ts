/** Public API of the tagger and dependency parser: tokens in, UPOS tags and a dependency tree out. */
export { DependencyParser } from './dependency-parser.js';
export type { Parse, TreebankSentence, TreebankWord } from './types.js';
export { readConllu } from './conllu.js';
export { encodeModel, decodeModel, MODEL_VERSION } from './model-file.js';
