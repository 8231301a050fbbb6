/** Greedy transition parsing: from the start state, apply the best-scoring valid move until done. */
import { ParseState, SHIFT, RIGHT, type MoveSet } from './transitions.js';
import { PARSER_ATOMS, PARSER_TEMPLATES, fillParserAtoms, parserFeatures, type ParserContext } from './parser-features.js';
import type { Scorer } from './tagger.js';

/**
 * Chooses the move to apply; training passes one that updates the model and may follow the oracle.
 * `best` is the highest-scoring valid class.
 */
export type Chooser = (state: ParseState, features: Uint32Array, n: number, scores: ArrayLike<number>, best: number) => number;

/** The highest-scoring class whose move is valid in `state` (validity decided once per move kind). */
export function bestValid(state: ParseState, moves: MoveSet, scores: ArrayLike<number>): number {
  const canShift = state.b0 !== state.root;
  const canRight = state.depth >= 2;
  const canLeft = state.depth >= 1 && (canShift || state.depth === 1);
  const toRoot = !canShift;
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < moves.move.length; c++) {
    const s = scores[c]!;
    if (s <= bestScore) continue;
    const move = moves.move[c]!;
    const valid = move === SHIFT ? canShift : move === RIGHT ? canRight : canLeft && (moves.label[c] === moves.root) === toRoot;
    if (valid) {
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
    // With an empty stack SHIFT is the only move: at parse time there is nothing to score.
    if (!choose && state.depth === 0) {
      state.apply(moves, 0);
      continue;
    }
    fillParserAtoms(ctx, state, atoms);
    const count = parserFeatures(atoms, features);
    const scores = score(features, count);
    const best = bestValid(state, moves, scores);
    state.apply(moves, choose ? choose(state, features, count, scores, best) : best);
  }
  return state;
}
