/** A store file's graph as a GraphSource: every answer reads the one graph held in memory. */
import type { LoadedGraph } from '../graph/loaded-graph.js';
import { graphStats, type GraphStats } from '../graph/stats.js';
import type { StoreContents } from '../graph/store.js';
import type { DrawnPart, GraphSource } from './graph-source.js';
import type { GraphState } from './graph-state.js';
import type { QueryAnswer } from '../api-types.js';

export class FileSource implements GraphSource {
  constructor(readonly state: GraphState) {}

  async drawn(): Promise<DrawnPart> {
    return { loaded: this.state.loaded };
  }

  async forSearch(): Promise<LoadedGraph> {
    return this.state.loaded;
  }

  async forNode(): Promise<LoadedGraph> {
    return this.state.loaded;
  }

  async forEdge(): Promise<LoadedGraph> {
    return this.state.loaded;
  }

  async forDocument(): Promise<LoadedGraph> {
    return this.state.loaded;
  }

  answer(_query: string, _limits: unknown, _clock: unknown, answer: (loaded: LoadedGraph) => Promise<QueryAnswer>): Promise<QueryAnswer> {
    return answer(this.state.loaded);
  }

  async stats(top: number): Promise<GraphStats> {
    return graphStats(this.state.store, top);
  }

  async exportStore(): Promise<StoreContents> {
    return this.state.store;
  }
}
