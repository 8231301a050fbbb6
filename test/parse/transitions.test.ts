/** The arc-hybrid transition system and its dynamic oracle, pinned on small hand-made trees. */
import assert from 'node:assert/strict';
import { ParseState, moveSet, moveCosts, classCost, SHIFT, LEFT, RIGHT, type MoveSet } from '../../src/parse/transitions.js';

const LABELS = ['advmod', 'amod', 'det', 'iobj', 'nsubj', 'obj', 'obl', 'case', 'punct', 'root'];
const moves: MoveSet = moveSet(LABELS, LABELS, LABELS.filter((l) => l !== 'root'));

/** [sentence, heads (0 = root), labels] — projective trees. */
const trees: [string, number[], string[]][] = [
  ['The cat sat .', [2, 3, 0, 3], ['det', 'nsubj', 'root', 'punct']],
  ['She gave him a book yesterday', [2, 0, 2, 5, 2, 2], ['nsubj', 'root', 'iobj', 'det', 'obj', 'obl']],
  ['Talks resumed in Geneva on Monday .', [2, 0, 4, 2, 6, 2, 2], ['nsubj', 'root', 'case', 'obl', 'case', 'obl', 'punct']],
  ['very old big dogs', [2, 4, 4, 0], ['advmod', 'amod', 'amod', 'root']],
  ['Go', [0], ['root']],
];

/** Gold heads with the root as n + 1, and label ids, as the oracle reads them. */
function gold(heads: number[], labels: string[]): { heads: Int32Array; labels: Int32Array } {
  const n = heads.length;
  return {
    heads: Int32Array.from([0, ...heads.map((h) => (h === 0 ? n + 1 : h)), 0]),
    labels: Int32Array.from([-1, ...labels.map((l) => LABELS.indexOf(l)), -1]),
  };
}

/** Follows the first zero-cost valid class at every step; returns the costs seen and the final state. */
function followOracle(heads: number[], labels: string[]): { state: ParseState; leastCosts: number[]; moves: number[] } {
  const g = gold(heads, labels);
  const state = new ParseState(heads.length);
  const moveCost = new Int32Array(3);
  const leastCosts: number[] = [];
  const taken: number[] = [];
  while (!state.done) {
    moveCosts(state, g.heads, moveCost);
    let choice = -1;
    let least = Infinity;
    for (let c = 0; c < moves.move.length; c++) {
      if (!state.isValid(moves, c)) continue;
      const cost = classCost(state, moves, c, moveCost, g.heads, g.labels);
      if (cost < least) [least, choice] = [cost, c];
    }
    leastCosts.push(least);
    taken.push(moves.move[choice]!);
    state.apply(moves, choice);
  }
  return { state, leastCosts, moves: taken };
}

describe('arc-hybrid transitions', () => {
  for (const [sentence, heads, labels] of trees) {
    it(`the oracle's moves rebuild the tree of "${sentence}" at zero cost`, () => {
      const { state, leastCosts, moves: taken } = followOracle(heads, labels);
      const n = heads.length;
      assert.deepEqual([...state.heads.slice(1, n + 1)].map((h) => (h === n + 1 ? 0 : h)), heads, sentence);
      assert.deepEqual([...state.labels.slice(1, n + 1)].map((l) => LABELS[l]), labels, sentence);
      assert.ok(leastCosts.every((c) => c === 0), `${sentence}: costs ${leastCosts.join(',')}`);
      // Every word is shifted once and reduced once.
      assert.equal(taken.length, 2 * n, sentence);
    });
  }

  it('makes "The cat sat ." with the expected move sequence', () => {
    assert.deepEqual(followOracle([2, 3, 0, 3], ['det', 'nsubj', 'root', 'punct']).moves, [SHIFT, LEFT, SHIFT, LEFT, SHIFT, SHIFT, RIGHT, LEFT]);
  });

  it('charges a wrong move the gold arcs it makes unreachable', () => {
    // "The cat sat": after SHIFT The, shifting cat loses The ← cat.
    const g = gold([2, 3, 0], ['det', 'nsubj', 'root']);
    const state = new ParseState(3);
    state.apply(moves, 0);
    const cost = new Int32Array(3);
    moveCosts(state, g.heads, cost);
    assert.equal(cost[SHIFT], 1);
    assert.equal(cost[LEFT], 0);
    const wrongLabel = moves.label.findIndex((l, c) => moves.move[c] === LEFT && LABELS[l] === 'amod');
    assert.equal(classCost(state, moves, wrongLabel, cost, g.heads, g.labels), 1);
  });

  it('lets only the last stack item attach to the root, so there is one root', () => {
    const state = new ParseState(2);
    state.apply(moves, 0);
    state.apply(moves, 0);
    const toRoot = moves.label.findIndex((l, c) => moves.move[c] === LEFT && LABELS[l] === 'root');
    assert.equal(state.isValid(moves, toRoot), false, 'two items on the stack');
    assert.equal(state.isValid(moves, 0), false, 'nothing left to shift');
  });
});
