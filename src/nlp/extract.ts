/** The extractor: a document in, its sentences and triples out. The one entry point of `src/nlp`. */
import type { Document, ExtractedDocument, Triple } from '../types.js';
import { tagText } from './01-tag.js';
import { resolveCoreference } from '../coref/index.js';
import { parseSentence, type ParsedSentence } from './parse-document.js';
import { markAntecedents } from './pronoun-antecedents.js';
import type { SentenceParser } from './parse-sentence.js';
import { readTriples } from './read-triples.js';

export interface ExtractOptions {
  /** The dependency parser the clauses are read from (loaded once per process by the caller). */
  parser: SentenceParser;
  /** Words the corpus taught the tagger (lowercase word → compromise tag). */
  lexicon?: ReadonlyMap<string, string>;
  /**
   * Called when the rules fail on one sentence (a bug, not bad input): that sentence yields no
   * triples and the rest of the corpus is still read. Without it, the error is thrown.
   */
  onSentenceError?: (error: unknown, sentence: { index: number; start: number; end: number }) => void;
}

/** Any engine that turns a document into triples; a second engine implements this beside compromise. */
export interface Extractor {
  extract(doc: Document, options: ExtractOptions): ExtractedDocument;
}

export function extract(doc: Document, options: ExtractOptions): ExtractedDocument {
  const tagged = tagText(doc.text, options.lexicon);
  const triples: Triple[] = [];
  const parsed: ParsedSentence[] = [];
  for (const sentence of tagged) {
    try {
      const sentenceParse = parseSentence(options.parser, sentence);
      const { tokens, tree } = sentenceParse;
      triples.push(...readTriples({ index: sentence.index, tokens, text: doc.text, tree }));
      parsed.push(sentenceParse);
    } catch (error) {
      if (options.onSentenceError === undefined) throw error;
      options.onSentenceError(error, sentence);
    }
  }
  // pronouns across sentences: he/she read as the person named before (the triples keep the pronoun)
  markAntecedents(triples, resolveCoreference(parsed));
  return {
    ...doc,
    sentences: tagged.map(({ index, start, end }) => ({ index, start, end })),
    triples,
  };
}

export const compromiseExtractor: Extractor = { extract };
