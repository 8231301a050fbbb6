/** Applies a query's filters: which evidence counts, which edges stand, which actors may be passed through. */
import type { EdgeEntry } from 'graphology-types';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.js';
import type { Filters } from './ast.js';
import type { Passable } from './bounded-bfs.js';
import { matchesRelation } from './relation-match.js';

export { matchesRelation };

export function hasFilters(filters: Filters): boolean {
  return dropsEvidence(filters) || filters.types !== undefined || filters.minEvidence !== undefined || filters.via !== undefined;
}

/** Whether any of `-hedged`, `-negated`, `-resolved`, `since`, `until` is asked for. */
export const dropsEvidence = (filters: Filters): boolean =>
  filters.hideHedged || filters.hideNegated || filters.hideResolved === true || filters.datedDocuments !== undefined;

/** Whether a piece of evidence survives `-hedged`, `-negated`, `-resolved` and the date range. */
export const keptBy = (evidence: Evidence, filters: Filters): boolean =>
  !(filters.hideHedged && evidence.flags.hedged) && !(filters.hideNegated && evidence.flags.negated) && !(filters.hideResolved === true && evidence.resolved !== undefined) &&
  (filters.datedDocuments === undefined || filters.datedDocuments.has(evidence.doc));

/** The evidence that survives `-hedged`, `-negated`, `-resolved` and the date range. */
export function keptEvidence(attributes: EdgeAttributes, filters: Filters): Evidence[] {
  if (!dropsEvidence(filters)) return attributes.evidence;
  return attributes.evidence.filter((evidence) => keptBy(evidence, filters));
}

/** Counted without building the list: this runs on every edge a filtered walk meets. */
export function edgeStands(attributes: EdgeAttributes, filters: Filters): boolean {
  if (filters.via !== undefined && !filters.via.some((relation) => matchesRelation(attributes, relation))) return false;
  const needed = filters.minEvidence ?? 1;
  if (!dropsEvidence(filters)) return attributes.evidence.length >= needed;
  let count = 0;
  for (const evidence of attributes.evidence) if (keptBy(evidence, filters) && ++count >= needed) return true;
  return false;
}

export function actorAllowed(attributes: NodeAttributes, filters: Filters): boolean {
  return filters.types === undefined || filters.types.includes(attributes.type);
}

/** For `find`: an actor named in a document within the date range (any actor when none is asked for). */
export function namedInRange(attributes: NodeAttributes, filters: Filters): boolean {
  const dated = filters.datedDocuments;
  return dated === undefined || attributes.documents.some((doc) => dated.has(doc));
}

/**
 * What the filters let a walk see, asked step by step as the walk goes: the graph is never
 * copied, so a filter over 500,000 edges costs nothing before the clock starts. A query's own
 * actors (`keep`) always stand. Without filters `passable` is undefined and walks skip the check.
 */
export interface WalkFilter {
  passable: Passable<EdgeAttributes, NodeAttributes> | undefined;
  /** The edge stands and both its ends may be passed. */
  allows(entry: EdgeEntry<NodeAttributes, EdgeAttributes>): boolean;
}

export function walkFilter(filters: Filters, keep: readonly string[] = []): WalkFilter {
  if (!hasFilters(filters)) return { passable: undefined, allows: () => true };
  const kept = new Set(keep);
  const actor = (node: string, attributes: NodeAttributes): boolean => kept.has(node) || actorAllowed(attributes, filters);
  return {
    passable: (edgeAttributes, neighbour, neighbourAttributes) => edgeStands(edgeAttributes, filters) && actor(neighbour, neighbourAttributes),
    allows: (entry) => edgeStands(entry.attributes, filters) && actor(entry.source, entry.sourceAttributes) && actor(entry.target, entry.targetAttributes),
  };
}
