/** Greedy transition parsing: from the start state, apply the best-scoring valid move until done. */
import { ParseState, type MoveSet } from './transitions.js';
import { PARSER_ATOMS, PARSER_TEMPLATES, fillParserAtoms, parserFeatures, type ParserContext } from './parser-features.js';
import type { Scorer } from './tagger.js';

/**
 * Chooses the move to apply; training passes one that updates the model and may follow the oracle.
 * `best` is the highest-scoring valid class.
 */
export type Chooser = (state: ParseState, features: Uint32Array, n: number, scores: ArrayLike<number>, best: number) => number;

export function bestValid(state: ParseState, moves: MoveSet, scores: ArrayLike<number>): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < moves.move.length; c++) {
    const s = scores[c]!;
    if (s > bestScore && state.isValid(moves, c)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

export function parseGreedy(ctx: ParserContext, moves: MoveSet, score: Scorer, choose?: Chooser): ParseState {
  const n = ctx.words.length - 2;
  const state = new ParseState(n);
  const atoms = new Int32Array(PARSER_ATOMS);
  const features = new Uint32Array(PARSER_TEMPLATES);
  while (!state.done) {
    fillParserAtoms(ctx, state, atoms);
    const count = parserFeatures(atoms, features);
    const scores = score(features, count);
    const best = bestValid(state, moves, scores);
    state.apply(moves, choose ? choose(state, features, count, scores, best) : best);
  }
  return state;
}
