/**
 * The rule for passing through a concept: the edge into it and the edge out of it must be told by
 * one document (in the evidence the query's filters keep). Generic concepts (`call`, `people`) are
 * shared by unrelated articles; without the rule two unrelated phone calls join two leaders.
 */
import type { AbstractGraph, Attributes, EdgeEntry } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { Filters } from './ast.js';
import type { QueryClock, Steps } from './clock.js';
import { keptBy, keptEvidence } from './filter.js';

export interface DocumentRule<N extends Attributes = Attributes, E extends Attributes = Attributes> {
  /** Whether the node, passed through, is held to the rule (concepts are; named actors are not). */
  held(node: string): boolean;
  /** The distinct documents an edge is told by, in the order its evidence lists them. */
  documents(attributes: E): readonly string[];
  /** Whether the edge is told by `doc`: checked edge by edge as a walk leaves a concept, so it allocates nothing. */
  tells(attributes: E, doc: string): boolean;
  /** Whether a held node has so many edges that a walk should read them from `edgesTelling` rather than check each one. */
  indexed(node: string): boolean;
  /**
   * The edges at a held node told by `doc`, either direction; indexed once per node and query.
   * Null when the budget ran out while indexing (the walk stops).
   */
  edgesTelling(node: string, doc: string, clock: QueryClock): Steps<readonly EdgeEntry<N, E>[] | null>;
}

/**
 * Above this many edges a concept's edges are indexed by document: a hub reached in many documents
 * would otherwise be read whole for each. Below it reading them is cheaper than building the index.
 */
const INDEX_FROM_DEGREE = 64;

export function sharesDocument(a: readonly string[], b: readonly string[]): boolean {
  return a.some((doc) => b.includes(doc));
}

/** The rule for concepts on a knowledge graph, reading the evidence `filters` keep (`indexFromDegree` lets tests index every concept). */
export function conceptRule(graph: AbstractGraph<NodeAttributes, EdgeAttributes>, filters: Filters, indexFromDegree = INDEX_FROM_DEGREE): DocumentRule<NodeAttributes, EdgeAttributes> {
  const byNode = new Map<string, Map<string, EdgeEntry<NodeAttributes, EdgeAttributes>[]>>();
  const documents = (attributes: EdgeAttributes): string[] => {
    const kept = keptEvidence(attributes, filters);
    // most edges have one piece of evidence: no set to build
    return kept.length === 1 ? [kept[0]!.doc] : [...new Set(kept.map((evidence) => evidence.doc))];
  };
  return {
    held: (node) => graph.getNodeAttribute(node, 'type') === 'concept',
    documents,
    tells: (attributes, doc) => attributes.evidence.some((evidence) => evidence.doc === doc && keptBy(evidence, filters)),
    indexed: (node) => graph.degree(node) > indexFromDegree,
    *edgesTelling(node, doc, clock) {
      let index = byNode.get(node);
      if (index === undefined) {
        index = new Map();
        for (const entry of graph.edgeEntries(node)) {
          // a hub concept has thousands of edges: the index is built a slice at a time like any walk
          if (clock.tick()) {
            yield;
            if (clock.expired()) return null;
          }
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
