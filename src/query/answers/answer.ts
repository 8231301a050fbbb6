/** What every command's answer shares: the context it runs in and the views of edges and paths it returns. */
import type { LoadedGraph } from '../../graph/loaded-graph.js';
import type { EdgeView, NodeRef, PathView, QueryAnswer } from '../../api-types.js';
import { EVIDENCE_IN_SUMMARIES, edgeView, evidenceView, nodeRef } from '../../view/evidence.js';
import type { Filters } from '../ast.js';
import type { QueryClock, Steps } from '../clock.js';
import { dropsEvidence, keptEvidence, type WalkFilter } from '../filter.js';
import type { QueryLimits } from '../limits.js';
import { hopsOf } from '../hops.js';
import type { DocumentRule } from '../document-rule.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';

export type Answer = Omit<QueryAnswer, 'query' | 'text'>;

export interface QueryContext {
  loaded: LoadedGraph;
  query: string;
  filters: Filters;
  limits: QueryLimits;
  clock: QueryClock;
}

/**
 * An edge with only the evidence the filters keep: the first few pieces, `weight` counting them all.
 * Evidence from `firstFrom` documents comes first: a hop through a concept shows the document that
 * tells both of its hops.
 */
export function filteredEdgeView(context: QueryContext, edge: string, firstFrom?: readonly string[]): EdgeView {
  const { loaded, filters } = context;
  if (!dropsEvidence(filters) && firstFrom === undefined) return edgeView(loaded, edge, EVIDENCE_IN_SUMMARIES);
  let kept = keptEvidence(loaded.graph.getEdgeAttributes(edge), filters);
  if (firstFrom !== undefined) kept = [...kept.filter((e) => firstFrom.includes(e.doc)), ...kept.filter((e) => !firstFrom.includes(e.doc))];
  const evidence = kept.slice(0, EVIDENCE_IN_SUMMARIES).map((e) => evidenceView(loaded, e));
  return { ...edgeView(loaded, edge, 0), weight: kept.length, evidence };
}

/** A view costs as much as this many steps of a walk (its sentences are sliced out of the documents). */
const VIEW_STEPS = 8;

/** The views of many edges, pausing between them: for 500 edges, the longest part of an answer after the search. */
export function* edgeViews(context: QueryContext, edges: readonly string[]): Steps<EdgeView[]> {
  const views: EdgeView[] = [];
  for (const edge of edges) {
    if (context.clock.tick(VIEW_STEPS)) yield;
    views.push(filteredEdgeView(context, edge));
  }
  return views;
}

/** How a path's hops were walked: the filter's edges, and the rule at concepts when there is one. */
export interface PathWalk {
  filter: WalkFilter;
  directed: boolean;
  rule?: DocumentRule<NodeAttributes, EdgeAttributes> | undefined;
}

/** The views of paths, pausing between them. */
export function* pathViews(context: QueryContext, walk: PathWalk, paths: readonly string[][]): Steps<{ path: PathView; edges: EdgeView[] }[]> {
  const views: { path: PathView; edges: EdgeView[] }[] = [];
  for (const nodes of paths) {
    if (context.clock.tick(VIEW_STEPS * nodes.length)) yield;
    views.push(pathView(context, walk, nodes));
  }
  return views;
}

/** A path's hops, each with the best-supported edge between its two actors; `edges` holds those edges' views, made once. */
export function pathView(context: QueryContext, walk: PathWalk, nodes: readonly string[]): { path: PathView; edges: EdgeView[] } {
  const { loaded } = context;
  const edges: EdgeView[] = [];
  const hops = hopsOf(loaded.graph, nodes, walk.directed, walk.filter, walk.rule).map((hop) => {
    const edge = filteredEdgeView(context, hop.edge, hop.toldBy);
    edges.push(edge);
    return { edge: hop.edge, from: nodeRef(loaded, hop.from), to: nodeRef(loaded, hop.to), label: edge.label, forward: hop.forward, evidence: edge.evidence };
  });
  const documents = new Set(hops.flatMap((hop) => hop.evidence.map((evidence) => evidence.doc))).size;
  return { path: { nodes: nodes.map((key): NodeRef => nodeRef(loaded, key)), hops, documents }, edges };
}

/** The distinct documents behind a path's hops (the evidence the filters keep), counted without building its view (to rank paths). */
export function documentsBehind(context: QueryContext, walk: PathWalk, nodes: readonly string[]): number {
  const { graph } = context.loaded;
  const docs = new Set<string>();
  for (const hop of hopsOf(graph, nodes, walk.directed, walk.filter, walk.rule)) {
    for (const evidence of keptEvidence(graph.getEdgeAttributes(hop.edge), context.filters)) docs.add(evidence.doc);
  }
  return docs.size;
}
