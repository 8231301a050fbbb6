/**
 * The rule for passing through a concept: the edge into it and the edge out of it must be told by
 * one document (in the evidence the query's filters keep). Generic concepts (`call`, `people`) are
 * shared by unrelated articles; without the rule two unrelated phone calls join two leaders.
 */
import type { AbstractGraph, Attributes, EdgeEntry } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { Filters } from './ast.js';
import type { QueryClock, Steps } from './clock.js';
import { keptEvidence } from './filter.js';

export interface DocumentRule<N extends Attributes = Attributes, E extends Attributes = Attributes> {
  /** Whether the node, passed through, is held to the rule (concepts are; named actors are not). */
  held(node: string): boolean;
  /** The distinct documents an edge is told by, in the order its evidence lists them. */
  documents(attributes: E): readonly string[];
  /** The edges at a held node told by `doc`, either direction; indexed once per node and query. */
  edgesTelling(node: string, doc: string, clock: QueryClock): Steps<readonly EdgeEntry<N, E>[]>;
}

export function sharesDocument(a: readonly string[], b: readonly string[]): boolean {
  return a.some((doc) => b.includes(doc));
}

/** The rule for concepts on a knowledge graph, reading the evidence `filters` keep. */
export function conceptRule(graph: AbstractGraph<NodeAttributes, EdgeAttributes>, filters: Filters): DocumentRule<NodeAttributes, EdgeAttributes> {
  const byNode = new Map<string, Map<string, EdgeEntry<NodeAttributes, EdgeAttributes>[]>>();
  const documents = (attributes: EdgeAttributes): string[] => [...new Set(keptEvidence(attributes, filters).map((evidence) => evidence.doc))];
  return {
    held: (node) => graph.getNodeAttribute(node, 'type') === 'concept',
    documents,
    *edgesTelling(node, doc, clock) {
      let index = byNode.get(node);
      if (index === undefined) {
        index = new Map();
        for (const entry of graph.edgeEntries(node)) {
          // a hub concept has thousands of edges: the index is built a slice at a time like any walk
          if (clock.tick()) yield;
          for (const told of documents(entry.attributes)) {
            const edges = index.get(told);
            if (edges === undefined) index.set(told, [entry]);
            else edges.push(entry);
          }
        }
        byNode.set(node, index);
      }
      return index.get(doc) ?? [];
    },
  };
}
