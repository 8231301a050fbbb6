/**
 * A query's clock. Walks call `tick()` at every step; it reads the time only every few steps and
 * says when the running slice is spent, so the walk pauses and other requests get their turn (see
 * server/query-turns.ts). After a pause the walk asks `expired()`: the search has used its share
 * of the budget, and stops with what it has found. The rest of the budget builds the answer.
 */

/** Steps between two readings of the time: a reading costs about as much as a step. */
const STEPS_PER_READING = 64;

/**
 * The search stops at nine tenths of the budget: building the views of 500 edges and their
 * sentences takes the rest, so the whole answer is out within the budget.
 */
const SEARCH_SHARE = 0.9;

export class QueryClock {
  readonly #searchEnd: number;
  #sliceEnd = Infinity;
  #steps = 0;

  constructor(budgetMs: number, startedAt = performance.now()) {
    this.#searchEnd = startedAt + budgetMs * SEARCH_SHARE;
  }

  /** True when the slice is spent and the walk should yield now; `steps` weighs a costly step. */
  tick(steps = 1): boolean {
    this.#steps += steps;
    if (this.#steps < STEPS_PER_READING) return false;
    this.#steps = 0;
    return performance.now() > this.#sliceEnd;
  }

  expired(): boolean {
    return performance.now() > this.#searchEnd;
  }

  /** What is left of the search's share of the budget, in milliseconds. */
  remainingMs(): number {
    return Math.max(0, this.#searchEnd - performance.now());
  }

  startSlice(sliceMs: number): void {
    this.#sliceEnd = performance.now() + sliceMs;
  }
}

/** A walk that yields (nothing) whenever its clock says to pause, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Slices of a walk run to its end at once: long, since nothing else waits, but the walk still looks at the budget between them. */
const UNBROKEN_SLICE_MS = 20;

/** Runs a walk to its end without giving way: for the command line and tests, where nothing waits on the event loop. */
export function runToEnd<T>(steps: Steps<T>, clock: QueryClock): T {
  for (;;) {
    clock.startSlice(UNBROKEN_SLICE_MS);
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
