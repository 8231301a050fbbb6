/** `path A -> B` and `paths A -> B k 5 max 4`: shortest paths, each hop with its sentences. */
import type { Command, ConceptPassage } from '../ast.js';
import type { Steps } from '../clock.js';
import { walkFilter } from '../filter.js';
import { kShortestPaths } from '../k-shortest.js';
import { documentsEntering } from '../hops.js';
import { shortestPath } from '../path.js';
import { resolveActor } from '../resolve-actor.js';
import { nodeRef } from '../../view/evidence.js';
import { documentsBehind, pathView, pathViews, type Answer, type PathWalk, type QueryContext } from './answer.js';
import { passageOf, type Passage } from './passage.js';

type PathCommand = Extract<Command, { kind: 'path' }>;
type PathsCommand = Extract<Command, { kind: 'paths' }>;

export function* answerPath(context: QueryContext, command: PathCommand): Steps<Answer> {
  const { loaded, query, filters, clock } = context;
  const from = yield* resolveActor(loaded, query, command.from, clock);
  const to = yield* resolveActor(loaded, query, command.to, clock);
  const filter = walkFilter(filters, [from, to]);
  const [a, b] = [nodeRef(loaded, from).label, nodeRef(loaded, to).label];
  const passage = passageOf(loaded, filters);
  const find = (directed: boolean, through: Passage, maxLength?: number): Steps<string[] | null> =>
    shortestPath(loaded.graph, from, to, { clock, filter, directed, notThrough: through.notThrough, rule: through.rule, ...(maxLength === undefined ? {} : { maxLength }) });
  const directed = yield* find(command.directed, passage);
  // with no path along the arrows, the link that ignores them is still what the reader wants to see
  const nodes = directed ?? (command.directed ? yield* find(false, passage) : null);
  if (nodes === null) {
    const truncated = clock.expired();
    let summary = truncated ? `no path between ${a} and ${b} found within the time budget` : `no path between ${a} and ${b}`;
    if (!truncated) {
      // say why: a path the concept rule refused is one the reader can still ask for
      const loose = passageOf(loaded, filters, 'any');
      const along = filters.concepts === 'any' ? null : yield* find(command.directed, loose);
      const refused = along ?? (filters.concepts !== 'any' && command.directed ? yield* find(false, loose) : null);
      const ignoring = along === null && command.directed ? ' ignoring edge direction' : '';
      if (refused !== null) summary = `no path between ${a} and ${b} ${heldBack(filters.concepts)}; +concepts finds one of ${refused.length - 1} hop(s)${ignoring}`;
    }
    return { kind: 'path', summary, nodes: [], edges: [], paths: [], path: null, truncated };
  }
  const walk: PathWalk = { filter, directed: directed !== null && command.directed, rule: passage.rule };
  const { path, edges } = pathView(context, walk, nodes);
  const how = directed === null ? `no path from ${a} to ${b} following edge direction; ignoring it, ` : `${a} to ${b}: `;
  const summary = `${how}${path.hops.length} hop(s), supported by ${path.documents} document(s)`;
  return { kind: 'path', summary, nodes: path.nodes, edges, paths: [path], path, truncated: false };
}

/** How the concepts were held back, when that is why no path was found. */
function heldBack(concepts: ConceptPassage | undefined): string {
  return concepts === 'none'
    ? 'passing no concept (-concepts)'
    : 'through named actors (a concept only where one document tells both its hops)';
}

/** Ranked by length, then by how many distinct documents support the hops. */
export function* answerPaths(context: QueryContext, command: PathsCommand): Steps<Answer> {
  const { loaded, query, filters, limits, clock } = context;
  const from = yield* resolveActor(loaded, query, command.from, clock);
  const to = yield* resolveActor(loaded, query, command.to, clock);
  const filter = walkFilter(filters, [from, to]);
  const passage = passageOf(loaded, filters);
  const walk: PathWalk = { filter, directed: command.directed, rule: passage.rule };
  const k = Math.min(command.k, limits.maxResults);
  const found = yield* kShortestPaths(loaded.graph, from, to, {
    k,
    maxLength: command.maxLength,
    directed: command.directed,
    clock,
    passable: filter.passable,
    notThrough: passage.notThrough,
    score: (path) => documentsBehind(context, walk, path),
    withinDocuments: passage.rule === undefined ? undefined : {
      rule: passage.rule,
      entering: (root) => documentsEntering(loaded.graph, root, command.directed, passage.rule!, filter),
    },
  });
  // the cap cut the list short only when it was reached: fewer paths than the cap are all there are
  const capped = command.k > k && found.paths.length === k;
  const views = (yield* pathViews(context, walk, found.paths))
    .sort((p, q) => p.path.hops.length - q.path.hops.length || q.path.documents - p.path.documents);
  const paths = views.map((view) => view.path);
  const [a, b] = [nodeRef(loaded, from).label, nodeRef(loaded, to).label];
  const arrow = command.directed ? 'following edge direction' : 'in either direction';
  let summary = paths.length === 0
    ? `no path from ${a} to ${b} of at most ${command.maxLength} hop(s) ${arrow}`
    : `${paths.length} path(s) from ${a} to ${b} ${arrow}, at most ${command.maxLength} hop(s)` +
      (found.truncated ? ' (cut short by the time budget)' : capped ? ` (capped at ${k})` : '');
  if (paths.length === 0 && !found.truncated && filters.concepts !== 'any') {
    const loose = passageOf(loaded, filters, 'any');
    const refused = yield* shortestPath(loaded.graph, from, to, { clock, filter, directed: command.directed, notThrough: loose.notThrough, maxLength: command.maxLength });
    if (refused !== null) summary = `${summary} ${heldBack(filters.concepts)}; +concepts finds one of ${refused.length - 1} hop(s)`;
  }
  const edges = [...new Map(views.flatMap((view) => view.edges).map((edge) => [edge.key, edge])).values()];
  const nodes = [...new Map(paths.flatMap((path) => path.nodes).map((node) => [node.key, node])).values()];
  return { kind: 'paths', summary, nodes, edges, paths, truncated: found.truncated || capped };
}
