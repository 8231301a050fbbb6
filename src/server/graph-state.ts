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
    this.#loaded = indexed(loaded);
  }

  get store(): StoreContents {
    return this.#store;
  }

  get loaded(): LoadedGraph {
    return this.#loaded;
  }

  replace(store: StoreContents): void {
    this.#loaded = indexed(new LoadedGraph(store));
    this.#store = store;
  }
}

/**
 * Names are indexed and role nodes found as the graph is loaded, not by the first search or path:
 * on a large graph they take a second and a tenth of one, which no query's slices could share
 * with other requests.
 */
function indexed(loaded: LoadedGraph): LoadedGraph {
  nameIndex(loaded);
  loaded.roles();
  return loaded;
}
