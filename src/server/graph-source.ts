/**
 * Where the server's answers come from. Each route asks its source for the part of the graph its
 * answer needs, as a LoadedGraph, and the same view and query code answers from it: a store file
 * hands over the whole graph it holds; PostgreSQL (store/postgres/serve/) reads only the part.
 */
import type { QueryAnswer } from '../api-types.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { GraphStats } from '../graph/stats.js';
import type { StoreContents } from '../graph/store.js';
import type { QueryClock } from '../query/clock.js';
import type { QueryLimits } from '../query/limits.js';
import type { WholeGraphCounts } from '../view/graph-payload.js';

export type Scope = 'all' | 'overview';

/** A part of the graph to draw, and what it tells of the whole when it is not all of it. */
export interface DrawnPart {
  loaded: LoadedGraph;
  whole?: WholeGraphCounts;
}

export interface GraphSource {
  /** The page's graph (`GET /api/graph`); `limit`: most nodes, for a source that cannot send them all. */
  drawn(scope: Scope, limit: number): Promise<DrawnPart>;
  /** Holds the actors whose names best match `query`, the best `limit` among them. */
  forSearch(query: string, limit: number): Promise<LoadedGraph>;
  /** Holds the actor, its edges with their evidence, the other ends, its merges and documents. */
  forNode(key: string): Promise<LoadedGraph>;
  forEdge(key: string): Promise<LoadedGraph>;
  /** Holds the document and the edges with evidence from it. */
  forDocument(id: string): Promise<LoadedGraph>;
  /**
   * Answers a console query by handing `answer` the part of the graph it needs (more than once
   * when a search must look further: paths).
   */
  answer(query: string, limits: QueryLimits, clock: QueryClock, answer: (loaded: LoadedGraph) => Promise<QueryAnswer>): Promise<QueryAnswer>;
  stats(top: number): Promise<GraphStats>;
  /** The whole store, for exports. */
  exportStore(): Promise<StoreContents>;
}
