/** The graph a server answers from: the store and its loaded form, swapped together when the store changes. */
import { LoadedGraph } from '../graph/loaded-graph.js';
import type { StoreContents } from '../graph/store.js';
import { nameIndex } from '../query/names.js';

export class GraphState {
  #store: StoreContents;
  #loaded: LoadedGraph;

  /** `loaded` saves loading the store a second time when the caller has it already. */
  constructor(store: StoreContents, loaded = new LoadedGraph(store)) {
    this.#store = store;
    this.#loaded = withNames(loaded);
  }

  get store(): StoreContents {
    return this.#store;
  }

  get loaded(): LoadedGraph {
    return this.#loaded;
  }

  replace(store: StoreContents): void {
    this.#loaded = withNames(new LoadedGraph(store));
    this.#store = store;
  }
}

/**
 * Names are indexed as the graph is loaded, not by the first search: on a large graph the index
 * takes a second, which no query's slices could share with other requests.
 */
function withNames(loaded: LoadedGraph): LoadedGraph {
  nameIndex(loaded);
  return loaded;
}
