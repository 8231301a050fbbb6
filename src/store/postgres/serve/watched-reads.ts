/**
 * Notes the nodes whose edges an answer reads on a part of the graph, among the nodes whose edges
 * the part may not hold in full. An answer that read no such node saw exactly what it would have
 * seen on the whole graph (the same edges at every node it looked at, in the same order), so it is
 * the whole graph's answer; otherwise the nodes noted are the frontier to read next.
 */
import type { KgGraph } from '../../../graph/build.js';

/** The graphology methods the view and query code reach a node's edges by (`degree` too: the concept rule asks it before reading them). */
const EDGE_READS = ['edgeEntries', 'outEdgeEntries', 'inEdgeEntries', 'edges', 'outEdges', 'inEdges', 'degree', 'outDegree', 'inDegree'] as const;

export function watchReads(graph: KgGraph, complete: ReadonlySet<string>): ReadonlySet<string> {
  const missing = new Set<string>();
  const methods = graph as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of EDGE_READS) {
    const original = methods[name]!.bind(graph);
    methods[name] = (...args: unknown[]) => {
      // `outEdgeEntries(a, b)`: the edges between two nodes are all there when either node's are
      const nodes = args.slice(0, 2).filter((arg): arg is string => typeof arg === 'string');
      if (!nodes.some((node) => complete.has(node))) for (const node of nodes) missing.add(node);
      return original(...args);
    };
  }
  return missing;
}
