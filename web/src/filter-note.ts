/**
 * What of a console answer the page's filters hide right now, and the note that says so: a lit hop
 * the legend hides would otherwise show as a gap in the path. The decision is filters.ts's, the one
 * the reducers use, so the note, the console and the graph agree.
 */
import type { EdgeView, Hop, NodeRef, QueryAnswer } from '../../src/api-types.js';
import { edgeFilteredOut, evidenceLeft, nodeFilteredOut } from './filters.js';
import type { PageGraph } from './graph-data.js';
import type { ViewState } from './view-state.js';

/** The whole view state, so whatever filters.ts comes to ask of it reaches it. */
type Filters = ViewState;

/** How many hidden parts the note names before "and N more". */
const NAMED = 3;

export interface HiddenParts {
  /** Each hidden edge of the answer (hops included) with why it is hidden. */
  edges: Map<string, string>;
  /** Each hidden actor of the answer with why. */
  actors: Map<string, string>;
  /** The note to show, or null when nothing of the answer is hidden. */
  note: string | null;
}

export function hiddenParts(answer: QueryAnswer, graph: PageGraph, filters: Filters): HiddenParts {
  const edges = new Map<string, string>();
  const actors = new Map<string, string>();
  const edgeKeys = [...answer.edges.map((edge) => edge.key), ...(answer.paths ?? []).flatMap((path) => path.hops.map((hop) => hop.edge))];
  for (const key of edgeKeys) {
    if (graph.hasEdge(key) && edgeFilteredOut(graph, key, filters)) edges.set(key, whyEdgeHidden(graph, key, filters));
  }
  for (const actor of answer.nodes) {
    if (graph.hasNode(actor.key) && nodeFilteredOut(graph.getNodeAttributes(actor.key), filters)) actors.set(actor.key, `${actor.type} hidden`);
  }
  return { edges, actors, note: noteFor(answer, edges, actors) };
}

function noteFor(answer: QueryAnswer, edges: Map<string, string>, actors: Map<string, string>): string | null {
  if (edges.size === 0 && actors.size === 0) return null;
  const paths = answer.paths ?? [];
  if (paths.length > 0) {
    // counted hop by hop: a hop two paths share is hidden in each
    const hops = paths.flatMap((path) => path.hops.filter((hop) => edges.has(hop.edge)));
    const named = [...new Map(hops.map((hop) => [hop.edge, hop])).values()].map((hop) => `${hopText(hop)} (${edges.get(hop.edge)})`);
    return `${hops.length} hop${hops.length === 1 ? '' : 's'} hidden by the filters: ${listed(named)}`;
  }
  const parts: string[] = [];
  if (edges.size > 0) {
    const shown = new Map(answer.edges.map((edge) => [edge.key, edge]));
    const named = [...edges].map(([key, why]) => `${edgeText(shown.get(key))} (${why})`);
    parts.push(`${edges.size} of ${shown.size} edge${shown.size === 1 ? '' : 's'} hidden by the filters: ${listed(named)}`);
  }
  if (actors.size > 0) {
    const byKey = new Map(answer.nodes.map((actor): [string, NodeRef] => [actor.key, actor]));
    const named = [...actors].map(([key, why]) => `${byKey.get(key)?.label ?? key} (${why})`);
    parts.push(`${actors.size} of ${byKey.size} actor${byKey.size === 1 ? '' : 's'} hidden by the filters: ${listed(named)}`);
  }
  return parts.join('; ');
}

/** An end whose type the legend hides, else the relation it keeps to, else the evidence filters that leave it no sentence. */
function whyEdgeHidden(graph: PageGraph, edge: string, filters: Filters): string {
  for (const end of [graph.source(edge), graph.target(edge)]) {
    const type = graph.getNodeAttribute(end, 'entityType');
    if (filters.hiddenTypes.has(type)) return `${type} hidden`;
  }
  const relation = graph.getEdgeAttribute(edge, 'lemma');
  if (filters.relation !== null && relation !== filters.relation) return `only “${filters.relation}” shown`;
  // sentences the flags leave, but none of them in the date range
  if (filters.dateWindow !== null && evidenceLeft(graph.getEdgeAttributes(edge), { ...filters, dateWindow: null }) > 0) return 'no sentence in the date range';
  const flags = [filters.hideHedged ? 'hedged' : '', filters.hideNegated ? 'negated' : '', filters.hideResolved ? 'read through a pronoun' : ''].filter(Boolean);
  return flags.length > 0 ? `every sentence ${flags.join(' or ')}` : 'no sentence left by the filters';
}

function hopText(hop: Hop): string {
  return hop.forward ? `${hop.from.label} —${hop.label}→ ${hop.to.label}` : `${hop.from.label} ←${hop.label}— ${hop.to.label}`;
}

function edgeText(edge: EdgeView | undefined): string {
  return edge === undefined ? '?' : `${edge.source.label} —${edge.label}→ ${edge.target.label}`;
}

function listed(named: string[]): string {
  const rest = named.length - NAMED;
  return named.slice(0, NAMED).join('; ') + (rest > 0 ? `; and ${rest} more` : '');
}
