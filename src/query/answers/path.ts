/** `path A -> B` and `paths A -> B k 5 max 4`: shortest paths, each hop with its sentences. */
import type { Command } from '../ast.js';
import type { Steps } from '../clock.js';
import { walkFilter } from '../filter.js';
import { kShortestPaths } from '../k-shortest.js';
import { shortestPath } from '../path.js';
import { resolveActor } from '../resolve-actor.js';
import { nodeRef } from '../../view/evidence.js';
import { documentsBehind, pathView, pathViews, type Answer, type QueryContext } from './answer.js';

type PathCommand = Extract<Command, { kind: 'path' }>;
type PathsCommand = Extract<Command, { kind: 'paths' }>;

export function* answerPath(context: QueryContext, command: PathCommand): Steps<Answer> {
  const { loaded, query, filters, clock } = context;
  const from = yield* resolveActor(loaded, query, command.from, clock);
  const to = yield* resolveActor(loaded, query, command.to, clock);
  const filter = walkFilter(filters, [from, to]);
  const [a, b] = [nodeRef(loaded, from).label, nodeRef(loaded, to).label];
  const search = { clock, filter, notThrough: loaded.roles() };
  const directed = yield* shortestPath(loaded.graph, from, to, { ...search, directed: command.directed });
  // with no path along the arrows, the link that ignores them is still what the reader wants to see
  const nodes = directed ?? (command.directed ? yield* shortestPath(loaded.graph, from, to, { ...search, directed: false }) : null);
  if (nodes === null) {
    const truncated = clock.expired();
    const summary = truncated ? `no path between ${a} and ${b} found within the time budget` : `no path between ${a} and ${b}`;
    return { kind: 'path', summary, nodes: [], edges: [], paths: [], path: null, truncated };
  }
  const { path, edges } = pathView(context, filter, nodes, directed !== null && command.directed);
  const how = directed === null ? `no path from ${a} to ${b} following edge direction; ignoring it, ` : `${a} to ${b}: `;
  const summary = `${how}${path.hops.length} hop(s), supported by ${path.documents} document(s)`;
  return { kind: 'path', summary, nodes: path.nodes, edges, paths: [path], path, truncated: false };
}

/** Ranked by length, then by how many distinct documents support the hops. */
export function* answerPaths(context: QueryContext, command: PathsCommand): Steps<Answer> {
  const { loaded, query, filters, limits, clock } = context;
  const from = yield* resolveActor(loaded, query, command.from, clock);
  const to = yield* resolveActor(loaded, query, command.to, clock);
  const filter = walkFilter(filters, [from, to]);
  const k = Math.min(command.k, limits.maxResults);
  const found = yield* kShortestPaths(loaded.graph, from, to, {
    k,
    maxLength: command.maxLength,
    directed: command.directed,
    clock,
    passable: filter.passable,
    notThrough: loaded.roles(),
    score: (path) => documentsBehind(context, filter, path, command.directed),
  });
  // the cap cut the list short only when it was reached: fewer paths than the cap are all there are
  const capped = command.k > k && found.paths.length === k;
  const views = (yield* pathViews(context, filter, found.paths, command.directed))
    .sort((p, q) => p.path.hops.length - q.path.hops.length || q.path.documents - p.path.documents);
  const paths = views.map((view) => view.path);
  const [a, b] = [nodeRef(loaded, from).label, nodeRef(loaded, to).label];
  const arrow = command.directed ? 'following edge direction' : 'in either direction';
  const summary = paths.length === 0
    ? `no path from ${a} to ${b} of at most ${command.maxLength} hop(s) ${arrow}`
    : `${paths.length} path(s) from ${a} to ${b} ${arrow}, at most ${command.maxLength} hop(s)` +
      (found.truncated ? ' (cut short by the time budget)' : capped ? ` (capped at ${k})` : '');
  const edges = [...new Map(views.flatMap((view) => view.edges).map((edge) => [edge.key, edge])).values()];
  const nodes = [...new Map(paths.flatMap((path) => path.nodes).map((node) => [node.key, node])).values()];
  return { kind: 'paths', summary, nodes, edges, paths, truncated: found.truncated || capped };
}
