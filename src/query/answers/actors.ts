/** `find TEXT`, `show A` and `neighbors A depth N`: answers about actors rather than routes between them. */
import type { Command } from '../ast.js';
import type { Steps } from '../clock.js';
import { actorAllowed, namedInRange, walkFilter } from '../filter.js';
import { neighbourhood } from '../neighbors.js';
import { resolveActor } from '../resolve-actor.js';
import { searchActors } from '../search.js';
import type { LoadedGraph } from '../../graph/loaded-graph.js';
import type { ActorSummary } from '../../api-types.js';
import { nodeRef } from '../../view/evidence.js';
import { edgeViews, type Answer, type QueryContext } from './answer.js';
import { passageOf } from './passage.js';

export function answerFind(context: QueryContext, command: Extract<Command, { kind: 'find' }>): Answer {
  const { loaded, filters, limits } = context;
  const hits = searchActors(loaded, command.text, limits.maxResults + 1)
    .filter((hit) => {
      const attributes = loaded.graph.getNodeAttributes(hit.key);
      return actorAllowed(attributes, filters) && namedInRange(attributes, filters);
    });
  const nodes = hits.slice(0, limits.maxResults).map(({ key, label, type }) => ({ key, label, type }));
  const truncated = hits.length > nodes.length;
  const summary = nodes.length === 0
    ? `no actor's name starts with ${JSON.stringify(command.text)}`
    : `${truncated ? `the first ${nodes.length}` : nodes.length} actor(s) matching ${JSON.stringify(command.text)}`;
  return { kind: 'find', summary, nodes, edges: [], actors: nodes.map(({ key }) => actorSummary(loaded, key)), truncated };
}

export function* answerShow(context: QueryContext, command: Extract<Command, { kind: 'show' }>): Steps<Answer> {
  const { loaded, query, filters, limits, clock } = context;
  const { graph } = loaded;
  const key = yield* resolveActor(loaded, query, command.actor, clock);
  const filter = walkFilter(filters, [key]);
  const edges: string[] = [];
  let expired = false;
  // a loop counts as out and in, as the card counts it
  walk: for (const entries of [graph.outEdgeEntries(key), graph.inEdgeEntries(key)]) {
    for (const entry of entries) {
      if (clock.tick()) {
        yield;
        if ((expired = clock.expired())) break walk;
      }
      if (filter.allows(entry)) edges.push(entry.edge);
    }
  }
  edges.sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1));
  const shown = yield* edgeViews(context, edges.slice(0, limits.maxResults));
  const { label, type, mentions, aliases, documents } = graph.getNodeAttributes(key);
  // most read first, as on the card
  const also = Object.entries(aliases)
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([alias]) => alias)
    .filter((alias) => alias !== label);
  const summary = `${label} (${type}): degree ${loaded.degree(key)}, ${mentions} mention(s) in ${documents.length} document(s)` +
    (also.length > 0 ? `; also ${also.join(', ')}` : '');
  return { kind: 'show', summary, nodes: [nodeRef(loaded, key)], edges: shown, actors: [actorSummary(loaded, key)], truncated: expired || edges.length > shown.length };
}

export function* answerNeighbors(context: QueryContext, command: Extract<Command, { kind: 'neighbors' }>): Steps<Answer> {
  const { loaded, query, filters, limits, clock } = context;
  const center = yield* resolveActor(loaded, query, command.actor, clock);
  const { notThrough, rule } = passageOf(loaded, filters);
  // roles stay passable here as before: only -concepts keeps the walk from going on through a concept
  const passage = { notThrough: filters.concepts === 'none' ? notThrough : undefined, rule };
  const found = yield* neighbourhood(loaded.graph, center, command.depth, { maxResults: limits.maxResults, clock, filter: walkFilter(filters, [center]), passage });
  const nodes = found.nodes.map(({ key }) => nodeRef(loaded, key));
  const summary = `${nodes.length - 1} actor(s) within ${command.depth} step(s) of ${nodes[0]!.label}, ${found.edges.length} edge(s)` +
    (found.truncated ? ' (cut short: narrow it with filters or a smaller depth)' : '');
  const actors = found.nodes.map(({ key, depth }) => actorSummary(loaded, key, depth));
  return { kind: 'neighbors', summary, nodes, edges: yield* edgeViews(context, found.edges), actors, truncated: found.truncated };
}

/** The actor with its degree and counts; `depth` only where the answer walked to it. */
export function actorSummary(loaded: LoadedGraph, key: string, depth?: number): ActorSummary {
  const { mentions, documents } = loaded.graph.getNodeAttributes(key);
  const summary: ActorSummary = { ...nodeRef(loaded, key), degree: loaded.degree(key), mentions, documents: documents.length };
  if (depth !== undefined) summary.depth = depth;
  return summary;
}
