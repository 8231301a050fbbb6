/** Reads subject–relation–object triples off a sentence: its clauses from the dependency tree, then what noun phrases state. */
import type { Triple } from '../types.js';
import { findAttribution, readClauses, readReportingClause } from './05-clauses.js';
import { readNominal } from './06-nominal.js';
import { readTitles } from './07-titles.js';
import { Sentence, type SentenceInput } from './sentence.js';
import type { DependencyTree } from './tree.js';
import { treeSetting } from './tree-setting.js';
import { TripleBuilder } from './triple.js';

export function readTriples(input: SentenceInput & { tree: DependencyTree }): Triple[] {
  const sentence = new Sentence(input);
  const tree = input.tree;
  const triples = new TripleBuilder(sentence);
  // found first, so every statement carries it, including those read before the speech verb
  triples.attribution = findAttribution(sentence, tree)?.speaker;
  triples.setting = treeSetting(sentence, tree);
  readClauses(sentence, triples);
  readReportingClause(sentence, tree, triples);
  // nominal relations come last, so a speaker named by a clause's `X said that ...` is credited with them too
  readNominal(sentence, tree, triples);
  readTitles(sentence, triples);
  return triples.triples;
}
