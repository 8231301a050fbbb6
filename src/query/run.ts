/** Runs a console query on a loaded graph: parse, resolve names, apply filters, answer with evidence. */
import { InvalidQueryError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { KgGraph } from '../graph/build.js';
import type { EdgeView, NodeRef, PathView, QueryAnswer } from '../server/api-types.js';
import { edgeView, evidenceView, nodeRef } from '../view/evidence.js';
import { nodeCard } from '../view/node-card.js';
import type { Command, Filters } from './ast.js';
import { actorAllowed, filteredGraph, hasFilters, keptEvidence } from './filter.js';
import { HELP_TEXT } from './help.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { neighbourhood } from './neighbors.js';
import { parseQuery } from './parse.js';
import { hopsOf, shortestPath } from './path.js';
import { resolveActor } from './resolve-actor.js';
import { searchActors } from './search.js';
import { renderAnswer } from './render.js';

export const MAX_QUERY_LENGTH = 1000;

export function runQuery(loaded: LoadedGraph, query: string, limits: QueryLimits = DEFAULT_LIMITS): QueryAnswer {
  if (query.length > MAX_QUERY_LENGTH) throw new InvalidQueryError(query.slice(0, 80), MAX_QUERY_LENGTH, `a query is at most ${MAX_QUERY_LENGTH} characters`);
  const { command, filters } = parseQuery(query);
  const answer = answerCommand(loaded, query, command, filters, limits);
  return { query, ...answer, text: renderAnswer(answer) };
}

type Answer = Omit<QueryAnswer, 'query' | 'text'>;

function answerCommand(loaded: LoadedGraph, query: string, command: Command, filters: Filters, limits: QueryLimits): Answer {
  switch (command.kind) {
    case 'help':
      return { kind: 'help', summary: HELP_TEXT, nodes: [], edges: [], truncated: false };
    case 'find': {
      const hits = searchActors(loaded, command.text, limits.maxResults + 1)
        .filter((hit) => actorAllowed(loaded.graph.getNodeAttributes(hit.key), filters));
      const nodes = hits.slice(0, limits.maxResults).map(({ key, label, type }) => ({ key, label, type }));
      const summary = nodes.length === 0 ? `no actor's name starts with ${JSON.stringify(command.text)}` : `${hits.length > nodes.length ? `the first ${nodes.length}` : nodes.length} actor(s) matching ${JSON.stringify(command.text)}`;
      return { kind: 'find', summary, nodes, edges: [], truncated: hits.length > nodes.length };
    }
    case 'show': {
      const key = resolveActor(loaded, query, command.actor);
      const card = nodeCard(loaded, key);
      const graph = filteredGraph(loaded.graph, filters, [key]);
      const edges = [...graph.outEdges(key), ...graph.inEdges(key)]
        .sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1))
        .slice(0, limits.maxResults)
        .map((edge) => filteredEdgeView(loaded, graph, edge, filters));
      const aliases = card.aliases.map((a) => a.alias).filter((alias) => alias !== card.label);
      const summary = `${card.label} (${card.type}): degree ${card.degree}, ${card.mentions} mention(s) in ${card.documents.length} document(s)` +
        (aliases.length > 0 ? `; also ${aliases.join(', ')}` : '');
      return { kind: 'show', summary, nodes: [nodeRef(loaded, key)], edges, truncated: graph.degree(key) > edges.length };
    }
    case 'path': {
      const from = resolveActor(loaded, query, command.from);
      const to = resolveActor(loaded, query, command.to);
      const graph = filteredGraph(loaded.graph, filters, [from, to]);
      const skeleton = hasFilters(filters) ? undefined : () => loaded.undirected();
      const [a, b] = [nodeRef(loaded, from).label, nodeRef(loaded, to).label];
      const directed = shortestPath(graph, from, to, command.directed, skeleton);
      // with no path along the arrows, the link that ignores them is still what the reader wants to see
      const nodes = directed ?? (command.directed ? shortestPath(graph, from, to, false, skeleton) : null);
      if (nodes === null) {
        return { kind: 'path', summary: `no path between ${a} and ${b}`, nodes: [], edges: [], paths: [], path: null, truncated: false };
      }
      const path = pathView(loaded, graph, nodes, directed !== null && command.directed, filters);
      const how = directed === null ? `no path from ${a} to ${b} following edge direction; ignoring it, ` : `${a} to ${b}: `;
      const summary = `${how}${path.hops.length} hop(s), supported by ${path.documents} document(s)`;
      return { kind: 'path', summary, nodes: path.nodes, edges: path.hops.map((hop) => filteredEdgeView(loaded, graph, hop.edge, filters)), paths: [path], path, truncated: false };
    }
    case 'neighbors': {
      const center = resolveActor(loaded, query, command.actor);
      const graph = filteredGraph(loaded.graph, filters, [center]);
      const found = neighbourhood(graph, center, command.depth, limits);
      const nodes = found.nodes.map(({ key }) => nodeRef(loaded, key));
      const summary = `${nodes.length - 1} actor(s) within ${command.depth} step(s) of ${nodes[0]!.label}, ${found.edges.length} edge(s)` +
        (found.truncated ? ' (cut short: narrow it with filters or a smaller depth)' : '');
      return { kind: 'neighbors', summary, nodes, edges: found.edges.map((edge) => filteredEdgeView(loaded, graph, edge, filters)), truncated: found.truncated };
    }
  }
}

function pathView(loaded: LoadedGraph, graph: KgGraph, nodes: readonly string[], directed: boolean, filters: Filters): PathView {
  const hops = hopsOf(graph, nodes, directed).map((hop) => {
    const attributes = graph.getEdgeAttributes(hop.edge);
    return {
      edge: hop.edge,
      from: nodeRef(loaded, hop.from),
      to: nodeRef(loaded, hop.to),
      label: attributes.label,
      forward: hop.forward,
      evidence: keptEvidence(attributes, filters).map((evidence) => evidenceView(loaded, evidence)),
    };
  });
  const documents = new Set(hops.flatMap((hop) => hop.evidence.map((evidence) => evidence.doc))).size;
  return { nodes: nodes.map((key): NodeRef => nodeRef(loaded, key)), hops, documents };
}

/** An edge with only the evidence the filters keep (the filtered graph already holds just that). */
function filteredEdgeView(loaded: LoadedGraph, graph: KgGraph, edge: string, filters: Filters): EdgeView {
  const view = edgeView(loaded, edge);
  if (graph === loaded.graph) return view;
  const evidence = keptEvidence(loaded.graph.getEdgeAttributes(edge), filters).map((e) => evidenceView(loaded, e));
  return { ...view, weight: evidence.length, evidence };
}
