/** Reads subject–relation–object triples off a sentence: its clauses from the dependency tree, then what noun phrases state. */
import type { Triple } from '../types.js';
import { readClauses } from './05-clauses.js';
import { readTreeClauses, readTreeReportingClause, treeAttribution } from './05-tree-clauses.js';
import { readNominal, readTitles } from './06-nominal.js';
import { readTreeNominal } from './06-tree-nominal.js';
import { openingSetting } from './setting.js';
import { treeSetting } from './tree-setting.js';
import { findAttribution, readReportingClause } from './reported-speech.js';
import { Sentence, type SentenceInput } from './sentence.js';
import { TripleBuilder } from './triple.js';

/**
 * `tree` reads clauses off the parse; `chunk` is the older reader over compromise's phrases; `both`
 * runs the two; `tree-alone` leaves out the phrase readings the tree reader keeps (titles, setting).
 */
export type ClauseReader = 'tree' | 'chunk' | 'both' | 'tree-alone';

export function readTriples(input: SentenceInput, reader: ClauseReader = 'tree'): Triple[] {
  const sentence = new Sentence(input);
  const triples = new TripleBuilder(sentence);
  const tree = reader === 'chunk' ? undefined : sentence.tree;
  // found first, so every statement carries it, including those read before the speech verb
  triples.attribution = tree === undefined ? findAttribution(sentence) : treeAttribution(sentence, tree)?.speaker;
  if (reader !== 'tree-alone') triples.setting = tree === undefined ? openingSetting(sentence) : treeSetting(sentence, tree);
  if (reader === 'chunk' || reader === 'both' || tree === undefined) {
    readClauses(sentence, triples);
    readReportingClause(sentence, triples);
  }
  if (tree !== undefined) {
    readTreeClauses(sentence, triples);
    readTreeReportingClause(sentence, tree, triples);
  }
  // nominal relations come last, so a speaker named by a clause's `X said that ...` is credited with them too
  if (tree === undefined || reader === 'both') readNominal(sentence, triples);
  else {
    readTreeNominal(sentence, tree, triples);
    if (reader !== 'tree-alone') readTitles(sentence, triples);
  }
  return triples.triples;
}
