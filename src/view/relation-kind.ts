/**
 * Whether a relation tells what someone did (`wrote to`, `attack`) or what someone is or has (`be`,
 * `be mayor of`, `have`, `be in`): a card lists actions first, since they are what a reader came
 * for, and the many `is`/`has` readings after them.
 */
import type { Construction, Evidence, ExtractedDocument } from '../types.js';
import type { RelationKind } from '../api-types.js';
import { evidenceTriple } from './triple-marks.js';

/** The extractor's readings of being and having (types.ts `Construction`): `X is Y`, `X, the Y`, `X's Y`, `X in Y`. */
const STATE_CONSTRUCTIONS: ReadonlySet<Construction> = new Set(['copula', 'apposition', 'possessive', 'preposition']);

/** Lemmas that are states whatever construction read them (`Trump has a plan` is read as an active `have`). */
const STATE_LEMMAS: ReadonlySet<string> = new Set(['be', 'have', 'become', 'remain', 'seem', "'m", "'s", "'re"]);

/** A state when its lemma is one, or when most of its evidence was read from a construction of being or having. */
export function relationKind(lemma: string, evidence: readonly Evidence[], documents: ReadonlyMap<string, ExtractedDocument>): RelationKind {
  if (STATE_LEMMAS.has(lemma)) return 'state';
  let states = 0;
  let read = 0;
  for (const piece of evidence) {
    const triple = evidenceTriple(piece, documents.get(piece.doc));
    if (triple === undefined) continue;
    read++;
    if (STATE_CONSTRUCTIONS.has(triple.construction)) states++;
  }
  return read > 0 && states * 2 > read ? 'state' : 'action';
}
