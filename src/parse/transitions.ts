/**
 * Arc-hybrid transitions (Kuhlmann et al. 2011) with the root at the end of the buffer, and the
 * dynamic oracle of Goldberg & Nivre (2013): the cost of a move is the number of gold arcs it makes
 * unreachable. Words are 1..n; the root is n + 1 until the output, where it becomes 0.
 *
 *   SHIFT      push b0 onto the stack
 *   LEFT(l)    pop s0, arc b0 → s0 with label l    (only to the root when s0 is the last item)
 *   RIGHT(l)   pop s0, arc s1 → s0 with label l
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** The labelled moves a model chooses between: class 0 is SHIFT, then LEFT(l) and RIGHT(l) classes. */
export interface MoveSet {
  labels: readonly string[];
  /** Per class: SHIFT, LEFT or RIGHT. */
  move: Uint8Array;
  /** Per class: index into `labels` (-1 for SHIFT). */
  label: Int32Array;
  /** Index of `root` in `labels`. */
  root: number;
}

/** Builds the classes: LEFT only with labels seen on leftward arcs, RIGHT with those seen rightward. */
export function moveSet(labels: readonly string[], leftLabels: readonly string[], rightLabels: readonly string[]): MoveSet {
  const root = labels.indexOf('root');
  if (root < 0) throw new Error('transitions: the label set has no `root`');
  const move = [SHIFT];
  const label = [-1];
  for (const l of leftLabels) {
    move.push(LEFT);
    label.push(labels.indexOf(l));
  }
  for (const l of rightLabels) {
    if (l === 'root') continue;
    move.push(RIGHT);
    label.push(labels.indexOf(l));
  }
  if (label.some((l, c) => c > 0 && l < 0)) throw new Error('transitions: a move label is not in the label set');
  return { labels, move: Uint8Array.from(move), label: Int32Array.from(label), root };
}

/** A parser configuration, plus what the features read: children and valencies so far. */
export class ParseState {
  readonly n: number;
  readonly root: number;
  readonly stack: Int32Array;
  depth = 0;
  b0 = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost, second-leftmost, rightmost, second-rightmost child (0 = none). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets (mod 32) of the labels of left and right children. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.root = n + 1;
    const size = n + 2;
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
  }

  get done(): boolean {
    return this.b0 === this.root && this.depth === 0;
  }

  /** Stack item k from the top (0 = s0), or 0 when the stack is shorter. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k]! : 0;
  }

  isValid(moves: MoveSet, c: number): boolean {
    const move = moves.move[c]!;
    if (move === SHIFT) return this.b0 !== this.root;
    if (move === LEFT) {
      if (this.depth === 0) return false;
      const toRoot = this.b0 === this.root;
      // Only the last stack item may hang on the root, so the result is a single tree.
      return toRoot ? this.depth === 1 && moves.label[c] === moves.root : moves.label[c] !== moves.root;
    }
    return this.depth >= 2;
  }

  apply(moves: MoveSet, c: number): void {
    const move = moves.move[c]!;
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b0++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = move === LEFT ? this.b0 : this.stack[this.depth - 1]!;
    this.addArc(head, dependent, moves.label[c]!);
  }

  private addArc(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (dependent < head) {
      this.leftCount[head]!++;
      this.leftLabels[head]! |= 1 << (label & 31);
      if (this.left1[head] === 0 || dependent < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dependent;
      } else if (this.left2[head] === 0 || dependent < this.left2[head]!) this.left2[head] = dependent;
    } else {
      this.rightCount[head]!++;
      this.rightLabels[head]! |= 1 << (label & 31);
      if (dependent > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dependent;
      } else if (dependent > this.right2[head]!) this.right2[head] = dependent;
    }
  }
}

/**
 * Costs of the three unlabelled moves against gold heads (root = n + 1), written to `out`
 * (index SHIFT, LEFT, RIGHT); an invalid move's cost is meaningless.
 */
export function moveCosts(state: ParseState, goldHeads: Int32Array, out: Int32Array): void {
  const { b0, depth, stack, root } = state;
  const s0 = state.s(0);
  const s1 = state.s(1);
  // SHIFT: b0 can no longer take a dependent from the stack, nor a head below s0.
  let shift = 0;
  if (b0 !== root) {
    for (let k = 0; k < depth; k++) {
      const item = stack[k]!;
      if (goldHeads[item] === b0) shift++;
      if (goldHeads[b0] === item && item !== s0) shift++;
    }
  }
  out[SHIFT] = shift;
  if (depth === 0) {
    out[LEFT] = 0;
    out[RIGHT] = 0;
    return;
  }
  // Popping s0 loses its dependents still in the buffer.
  let lostChildren = 0;
  for (let d = b0; d < root; d++) if (goldHeads[d] === s0) lostChildren++;
  const h = goldHeads[s0]!;
  const headInBuffer = h >= b0;
  out[LEFT] = lostChildren + (h !== b0 && ((s1 !== 0 && h === s1) || headInBuffer) ? 1 : 0);
  out[RIGHT] = lostChildren + (h !== s1 && headInBuffer ? 1 : 0);
}

/** The cost of a labelled class: its move's cost plus one if it makes the gold arc with a wrong label. */
export function classCost(state: ParseState, moves: MoveSet, c: number, moveCost: Int32Array, goldHeads: Int32Array, goldLabels: Int32Array): number {
  const move = moves.move[c]!;
  const cost = moveCost[move]!;
  if (move === SHIFT) return cost;
  const s0 = state.s(0);
  const head = move === LEFT ? state.b0 : state.s(1);
  return cost + (goldHeads[s0] === head && goldLabels[s0] !== moves.label[c] ? 1 : 0);
}
