/** The graph a server answers from: the store and its loaded form, swapped together when the store changes. */
import { LoadedGraph } from '../graph/loaded-graph.js';
import type { StoreContents } from '../graph/store.js';

export class GraphState {
  #store: StoreContents;
  #loaded: LoadedGraph;

  /** `loaded` saves loading the store a second time when the caller has it already. */
  constructor(store: StoreContents, loaded = new LoadedGraph(store)) {
    this.#store = store;
    this.#loaded = loaded;
  }

  get store(): StoreContents {
    return this.#store;
  }

  get loaded(): LoadedGraph {
    return this.#loaded;
  }

  replace(store: StoreContents): void {
    this.#loaded = new LoadedGraph(store);
    this.#store = store;
  }
}
