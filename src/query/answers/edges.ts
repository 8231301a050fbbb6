/** `edges from A rel ask to B`: the edges matching a pattern, any part of it optional, the best supported first. */
import type { Command } from '../ast.js';
import type { Steps } from '../clock.js';
import { FixedReverseHeap } from '../fixed-reverse-heap.js';
import { matchesRelation, walkFilter } from '../filter.js';
import { resolveActor } from '../resolve-actor.js';
import { edgeViews, type Answer, type QueryContext } from './answer.js';
import { nodeRef } from '../../view/evidence.js';

type EdgesCommand = Extract<Command, { kind: 'edges' }>;

interface Match {
  edge: string;
  weight: number;
}

/** The most evidence first, then the key: the same edges in the same order on every run. */
const byWeight = (a: Match, b: Match): number => b.weight - a.weight || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0);

export function* answerEdges(context: QueryContext, command: EdgesCommand): Steps<Answer> {
  const { loaded, query, filters, limits, clock } = context;
  const { graph } = loaded;
  const from = command.from === undefined ? undefined : yield* resolveActor(loaded, query, command.from, clock);
  const to = command.to === undefined ? undefined : yield* resolveActor(loaded, query, command.to, clock);
  const filter = walkFilter(filters, [from, to].filter((key): key is string => key !== undefined));
  // only the best `maxResults` are kept while counting all matches: a pattern matching every edge costs no sort of them all
  const best = new FixedReverseHeap<Match>(Array, byWeight, limits.maxResults);
  let matching = 0;
  let expired = false;
  // start from the named end, so `edges from A` reads A's edges only
  const edges = from !== undefined ? graph.outEdgeEntries(from) : to !== undefined ? graph.inEdgeEntries(to) : graph.edgeEntries();
  for (const entry of edges) {
    if (clock.tick()) {
      yield;
      if (clock.expired()) {
        expired = true;
        break;
      }
    }
    if (command.relation !== undefined && !matchesRelation(entry.attributes, command.relation)) continue;
    if (to !== undefined && entry.target !== to) continue;
    if (!filter.allows(entry)) continue;
    matching++;
    best.push({ edge: entry.edge, weight: entry.attributes.weight });
  }
  const shown = yield* edgeViews(context, (best.consume() as Match[]).map(({ edge }) => edge));
  const truncated = expired || matching > shown.length;
  const nodes = [...new Set(shown.flatMap((edge) => [edge.source.key, edge.target.key]))].map((key) => nodeRef(loaded, key));
  const pattern = [
    from === undefined ? 'anyone' : nodeRef(loaded, from).label,
    command.relation ?? 'any relation',
    to === undefined ? 'anyone' : nodeRef(loaded, to).label,
  ].join(' | ');
  const count = truncated ? `${shown.length} of ${matching}${expired ? '+' : ''}` : String(shown.length);
  return { kind: 'edges', summary: `${count} edge(s) matching ${pattern}`, nodes, edges: shown, truncated };
}
