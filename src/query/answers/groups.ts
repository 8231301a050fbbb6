/**
 * How an answer's edges read best: a neighbourhood ring by ring (the actors one step out, then two),
 * each ring by relation; any other list of edges by relation. Pure data in and out, so the CLI's
 * text and the page's console group them the same way.
 */
import type { ActorSummary, EdgeView } from '../../api-types.js';

/** The edges of one relation (lemma), best supported first. */
export interface RelationEdges {
  lemma: string;
  /** The relation as read on its best-supported edge (`wrote to` for `write to`). */
  label: string;
  edges: EdgeView[];
}

/** The actors `depth` steps from the asked one, and the edges that reach them (or join two of them). */
export interface Ring {
  depth: number;
  actors: ActorSummary[];
  relations: RelationEdges[];
}

/** The relations with the most edges first, then the most evidence; each relation's edges by evidence. */
export function byRelation(edges: readonly EdgeView[]): RelationEdges[] {
  const groups = new Map<string, EdgeView[]>();
  for (const edge of edges) {
    const group = groups.get(edge.lemma);
    if (group === undefined) groups.set(edge.lemma, [edge]);
    else group.push(edge);
  }
  const weight = (list: EdgeView[]): number => list.reduce((sum, edge) => sum + edge.weight, 0);
  return [...groups]
    .map(([lemma, list]) => ({ lemma, list: [...list].sort((a, b) => b.weight - a.weight) }))
    .sort((a, b) => b.list.length - a.list.length || weight(b.list) - weight(a.list) || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0))
    .map(({ lemma, list }) => ({ lemma, label: list[0]!.label, edges: list }));
}

/**
 * The rings of a neighbourhood, nearest first. An edge belongs to the ring of its farther end: `Ann
 * → Bob` with Bob one step out is in ring 1, `Bob → Cyd` with Cyd two steps out in ring 2, and an
 * edge between two actors one step out stays in ring 1. An actor the answer did not list (there is
 * none unless the walk was cut short) counts as the farthest ring.
 */
export function byDistance(actors: readonly ActorSummary[], edges: readonly EdgeView[]): Ring[] {
  const depthOf = new Map(actors.map((actor) => [actor.key, actor.depth ?? 0]));
  const farthest = Math.max(1, ...depthOf.values());
  const ringOf = (edge: EdgeView): number =>
    Math.max(1, depthOf.get(edge.source.key) ?? farthest, depthOf.get(edge.target.key) ?? farthest);
  const rings: Ring[] = [];
  for (let depth = 1; depth <= farthest; depth++) {
    const ringActors = actors.filter((actor) => actor.depth === depth).sort(namedFirst);
    const ringEdges = edges.filter((edge) => ringOf(edge) === depth);
    if (ringActors.length > 0 || ringEdges.length > 0) rings.push({ depth, actors: ringActors, relations: byRelation(ringEdges) });
  }
  return rings;
}

/** Named actors before concepts, the best connected first: a ring of a hub holds hundreds of concepts. */
function namedFirst(a: ActorSummary, b: ActorSummary): number {
  return Number(a.type === 'concept') - Number(b.type === 'concept') || b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
