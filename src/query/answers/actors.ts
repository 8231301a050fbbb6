/** `find TEXT`, `show A` and `neighbors A depth N`: answers about actors rather than routes between them. */
import type { Command } from '../ast.js';
import { actorAllowed, filteredGraph } from '../filter.js';
import { neighbourhood } from '../neighbors.js';
import { resolveActor } from '../resolve-actor.js';
import { searchActors } from '../search.js';
import { nodeRef } from '../../view/evidence.js';
import { nodeCard } from '../../view/node-card.js';
import { filteredEdgeView, type Answer, type QueryContext } from './answer.js';

export function answerFind(context: QueryContext, command: Extract<Command, { kind: 'find' }>): Answer {
  const { loaded, filters, limits } = context;
  const hits = searchActors(loaded, command.text, limits.maxResults + 1)
    .filter((hit) => actorAllowed(loaded.graph.getNodeAttributes(hit.key), filters));
  const nodes = hits.slice(0, limits.maxResults).map(({ key, label, type }) => ({ key, label, type }));
  const truncated = hits.length > nodes.length;
  const summary = nodes.length === 0
    ? `no actor's name starts with ${JSON.stringify(command.text)}`
    : `${truncated ? `the first ${nodes.length}` : nodes.length} actor(s) matching ${JSON.stringify(command.text)}`;
  return { kind: 'find', summary, nodes, edges: [], truncated };
}

export function answerShow(context: QueryContext, command: Extract<Command, { kind: 'show' }>): Answer {
  const { loaded, query, filters, limits } = context;
  const key = resolveActor(loaded, query, command.actor);
  const card = nodeCard(loaded, key);
  const graph = filteredGraph(loaded.graph, filters, [key]);
  const edges = [...graph.outEdges(key), ...graph.inEdges(key)]
    .sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1));
  const shown = edges.slice(0, limits.maxResults).map((edge) => filteredEdgeView(context, edge));
  const aliases = card.aliases.map((a) => a.alias).filter((alias) => alias !== card.label);
  const summary = `${card.label} (${card.type}): degree ${card.degree}, ${card.mentions} mention(s) in ${card.documents.length} document(s)` +
    (aliases.length > 0 ? `; also ${aliases.join(', ')}` : '');
  return { kind: 'show', summary, nodes: [nodeRef(loaded, key)], edges: shown, truncated: edges.length > shown.length };
}

export function answerNeighbors(context: QueryContext, command: Extract<Command, { kind: 'neighbors' }>): Answer {
  const { loaded, query, filters, limits } = context;
  const center = resolveActor(loaded, query, command.actor);
  const graph = filteredGraph(loaded.graph, filters, [center]);
  const found = neighbourhood(graph, center, command.depth, limits);
  const nodes = found.nodes.map(({ key }) => nodeRef(loaded, key));
  const summary = `${nodes.length - 1} actor(s) within ${command.depth} step(s) of ${nodes[0]!.label}, ${found.edges.length} edge(s)` +
    (found.truncated ? ' (cut short: narrow it with filters or a smaller depth)' : '');
  return { kind: 'neighbors', summary, nodes, edges: found.edges.map((edge) => filteredEdgeView(context, edge)), truncated: found.truncated };
}
