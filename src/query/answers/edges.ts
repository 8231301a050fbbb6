/** `edges from A rel ask to B`: the edges matching a pattern, any part of it optional, the best supported first. */
import type { Command } from '../ast.js';
import { edgeStands, filteredGraph, matchesRelation } from '../filter.js';
import { deadline } from '../limits.js';
import { resolveActor } from '../resolve-actor.js';
import { filteredEdgeView, type Answer, type QueryContext } from './answer.js';
import { nodeRef } from '../../view/evidence.js';

type EdgesCommand = Extract<Command, { kind: 'edges' }>;

export function answerEdges(context: QueryContext, command: EdgesCommand): Answer {
  const { loaded, query, filters, limits } = context;
  const from = command.from === undefined ? undefined : resolveActor(loaded, query, command.from);
  const to = command.to === undefined ? undefined : resolveActor(loaded, query, command.to);
  const graph = filteredGraph(loaded.graph, filters, [from, to].filter((key): key is string => key !== undefined));
  const expired = deadline(limits);
  const matching: string[] = [];
  let truncated = false;
  const consider = (edge: string): void => {
    const attributes = graph.getEdgeAttributes(edge);
    if (command.relation !== undefined && !matchesRelation(attributes, command.relation)) return;
    if (to !== undefined && graph.target(edge) !== to) return;
    if (edgeStands(attributes, filters)) matching.push(edge);
  };
  // start from the named end, so `edges from A` reads A's edges only
  const edges = from !== undefined ? graph.outEdges(from) : to !== undefined ? graph.inEdges(to) : graph.edges();
  for (const edge of edges) {
    if (expired()) {
      truncated = true;
      break;
    }
    consider(edge);
  }
  matching.sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1));
  if (matching.length > limits.maxResults) truncated = true;
  const shown = matching.slice(0, limits.maxResults).map((edge) => filteredEdgeView(context, edge));
  const nodes = [...new Set(shown.flatMap((edge) => [edge.source.key, edge.target.key]))].map((key) => nodeRef(loaded, key));
  const pattern = [
    from === undefined ? 'anyone' : nodeRef(loaded, from).label,
    command.relation ?? 'any relation',
    to === undefined ? 'anyone' : nodeRef(loaded, to).label,
  ].join(' | ');
  const count = truncated ? `${shown.length} of ${matching.length}${expired() ? '+' : ''}` : String(shown.length);
  return { kind: 'edges', summary: `${count} edge(s) matching ${pattern}`, nodes, edges: shown, truncated };
}
