/**
 * The store cut down to a view of the page (shared-view.ts): the nodes it takes in and the filters
 * let stand, the edges between them with the evidence the filters (the date range too) keep, and the documents that
 * evidence cites. Every export format reads it as it reads a whole store.
 */
import { documentsWithin } from '../graph/document-day.js';
import { inOverview } from '../graph/overview.js';
import type { StoreContents } from '../graph/store.js';
import { actorAllowed, edgeStands, keptEvidence } from '../query/filter.js';
import type { NodeAttributes } from '../types.js';
import type { SharedView } from '../view/shared-view.js';

export function viewStore(store: StoreContents, view: SharedView): StoreContents {
  const { graph } = store;
  const filters = view.filters.since === undefined && view.filters.until === undefined
    ? view.filters
    : { ...view.filters, datedDocuments: documentsWithin(store.documents, view.filters.since, view.filters.until) };
  const brought = new Set(view.also);
  if (view.focus !== null) {
    brought.add(view.focus);
    for (const { source, target } of graph.edges) {
      if (source === view.focus) brought.add(target);
      if (target === view.focus) brought.add(source);
    }
  }
  const inScope = (key: string, attributes: NodeAttributes): boolean => view.concepts || brought.has(key) || inOverview(attributes);
  const nodes = graph.nodes.filter(({ key, attributes }) => inScope(key, attributes!) && actorAllowed(attributes!, filters));
  const kept = new Set(nodes.map(({ key }) => key));
  const edges = graph.edges
    .filter(({ source, target, attributes }) => kept.has(source) && kept.has(target) && edgeStands(attributes!, filters))
    .map((edge) => ({ ...edge, attributes: { ...edge.attributes!, evidence: keptEvidence(edge.attributes!, filters) } }))
    .map((edge) => ({ ...edge, attributes: { ...edge.attributes, weight: edge.attributes.evidence.length } }));
  const cited = new Set(edges.flatMap(({ attributes }) => attributes.evidence.map((evidence) => evidence.doc)));
  return {
    ...store,
    documents: store.documents.filter((doc) => cited.has(doc.id)),
    merges: store.merges.filter((merge) => kept.has(merge.node)),
    graph: { ...graph, nodes, edges },
  };
}
