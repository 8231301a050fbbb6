/** Reads subject–relation–object triples off a sentence's phrases by general rules over the tags. */
import type { Triple } from '../types.js';
import { readClauses } from './05-clauses.js';
import { readNominal } from './06-nominal.js';
import { findAttribution, readReportingClause } from './reported-speech.js';
import { Sentence, type SentenceInput } from './sentence.js';
import { TripleBuilder } from './triple.js';

export function readTriples(input: SentenceInput): Triple[] {
  const sentence = new Sentence(input);
  const triples = new TripleBuilder(sentence);
  // found first, so every statement carries it, including those read before the speech verb
  triples.attribution = findAttribution(sentence);
  readClauses(sentence, triples);
  readReportingClause(sentence, triples);
  // nominal relations come last, so a speaker named by a clause's `X said that ...` is credited with them too
  readNominal(sentence, triples);
  return triples.triples;
}
