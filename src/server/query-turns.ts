/**
 * Runs console queries a slice at a time, one slice per turn of the event loop, the queries in
 * turn: between two slices Node answers whatever else has arrived, so a heavy query never holds
 * up a search, a card or another query. We chose this over a worker thread because a worker
 * needs its own copy of the graph (twice the memory for the largest graphs, and a second reload
 * after every write), while a paused walk costs nothing and shares the one graph.
 */
import type { QueryClock, Steps } from '../query/clock.js';

/** Long enough that pausing costs nothing measurable, short enough that a search waits at most this. */
const SLICE_MS = 4;

export class QueryTurns {
  readonly #waiting: (() => void)[] = [];
  #scheduled = false;

  constructor(private readonly sliceMs = SLICE_MS) {}

  async run<T>(steps: Steps<T>, clock: QueryClock): Promise<T> {
    for (;;) {
      await this.#turn();
      clock.startSlice(this.sliceMs);
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }

  /** Settles on a later turn of the event loop, after the queries that asked before. */
  #turn(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(this.#giveTurn);
      }
    });
  }

  /** One query's slice per turn: what it resolves runs as soon as this returns, before the loop goes on. */
  readonly #giveTurn = (): void => {
    const next = this.#waiting.shift();
    if (this.#waiting.length > 0) setImmediate(this.#giveTurn);
    else this.#scheduled = false;
    next?.();
  };
}
