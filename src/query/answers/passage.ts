/** How a query's walks may pass through concepts (`-concepts`, `+concepts`, or by default within one document). */
import type { LoadedGraph } from '../../graph/loaded-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { ConceptPassage, Filters } from '../ast.js';
import { conceptRule, type DocumentRule } from '../document-rule.js';
import type { NotThrough } from '../path.js';

export interface Passage {
  /** Nodes a walk may end at but not pass through: roles always, every concept under `-concepts`. */
  notThrough: NotThrough;
  /** The rule a walk keeps at concepts, by default; none under `+concepts` and `-concepts`. */
  rule?: DocumentRule<NodeAttributes, EdgeAttributes>;
}

export function passageOf(loaded: LoadedGraph, filters: Filters, mode: ConceptPassage = filters.concepts ?? 'within-document'): Passage {
  const roles = loaded.roles();
  switch (mode) {
    case 'any':
      return { notThrough: roles };
    case 'none':
      return { notThrough: { has: (node) => roles.has(node) || loaded.graph.getNodeAttribute(node, 'type') === 'concept' } };
    case 'within-document':
      return { notThrough: roles, rule: conceptRule(loaded.graph, filters) };
  }
}
