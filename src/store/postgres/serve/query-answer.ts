/**
 * A console query answered from SQL: the names it types are resolved among the actors node_names
 * finds for them, then the part of the graph its command walks is read, frontier by frontier, and
 * handed to the one query code (query/run.ts) that answers from any LoadedGraph.
 */
import type { QueryAnswer } from '../../../api-types.js';
import { LoadedGraph } from '../../../graph/loaded-graph.js';
import type { Command } from '../../../query/ast.js';
import { runToEnd, type QueryClock } from '../../../query/clock.js';
import type { QueryLimits } from '../../../query/limits.js';
import { parseQuery } from '../../../query/parse.js';
import { renderAnswer } from '../../../query/render.js';
import { resolveActor, type NameAt } from '../../../query/resolve-actor.js';
import { MAX_QUERY_LENGTH } from '../../../query/run.js';
import { GraphPart, readPart } from './graph-part.js';
import { incidentEdges, type EdgeEnds } from './incident-edges.js';
import { nameCandidates, searchCandidates } from './names.js';
import type { Reader } from './reader.js';
import { watchReads } from './watched-reads.js';

export type AnswerOn = (loaded: LoadedGraph) => Promise<QueryAnswer>;

/** How much one query may read: a bound on its memory, whatever the size of the graph. */
export interface ReadLimits {
  /** Most actors a query's part may hold before it stops growing. */
  maxNodes: number;
  /** Most edges one read may bring (a frontier, or the edges of a relation). */
  maxEdges: number;
}

export const READ_LIMITS: ReadLimits = { maxNodes: 20_000, maxEdges: 50_000 };

const NOTHING = (): LoadedGraph => new LoadedGraph({ graph: { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes: [], edges: [] }, documents: [], merges: [], overrides: [] });

export async function answerFromSql(read: Reader, query: string, limits: QueryLimits, clock: QueryClock, answer: AnswerOn, readLimits = READ_LIMITS): Promise<QueryAnswer> {
  // a query too long or malformed gets the very error the file-backed server gives: query/run.ts throws it
  if (query.length > MAX_QUERY_LENGTH) return answer(NOTHING());
  const { command, filters } = parseQuery(query);
  const resolve = (name: NameAt): Promise<string> => read(async (client) => {
    const candidates = await readPart(client, { nodes: await nameCandidates(client, name.text) });
    return runToEnd(resolveActor(candidates, query, name, clock), clock);
  });
  switch (command.kind) {
    case 'help':
      return answer(NOTHING());
    case 'find':
      return answer(await read(async (client) => {
        const nodes = await searchCandidates(client, command.text, limits.maxResults + 1);
        // `since`/`until` keep actors named in a document of those days: the documents' dates are read, not their text
        const dated = filters.since !== undefined || filters.until !== undefined;
        const named = !dated ? [] : (await client.query<{ doc: string }>(
          `SELECT DISTINCT json_array_elements_text(attributes->'documents') AS doc FROM nodes WHERE key = ANY($1)`, [nodes])).rows.map((row) => row.doc);
        return readPart(client, { nodes, titlesOf: named });
      }));
    case 'show':
    case 'neighbors':
      return answerGrowing(read, [await resolve(command.actor)], clock, answer, readLimits, true);
    case 'edges':
      if (command.from === undefined && command.to === undefined) return answerAnyEdges(read, command, answer, readLimits);
      return answerGrowing(read, await resolveAll(resolve, [command.from, command.to]), clock, answer, readLimits, true);
    case 'path':
    case 'paths':
      return answerGrowing(read, await resolveAll(resolve, [command.from, command.to]), clock, answer, readLimits, false);
  }
}

/** In the order the query names them, as query/run.ts resolves them: the first unknown name is the one reported. */
async function resolveAll(resolve: (name: NameAt) => Promise<string>, names: readonly (NameAt | undefined)[]): Promise<string[]> {
  const keys: string[] = [];
  for (const name of names) if (name !== undefined) keys.push(await resolve(name));
  return keys;
}

/**
 * Runs the answer on the part read so far, and reads on until it needs nothing more: each round
 * reads, in one SQL query, the edges of the nodes the answer looked at whose edges were not all
 * read yet (watched-reads.ts), and answers again. A path search thus reads the frontiers its
 * bidirectional search grows (always the smaller side) and nothing beyond; a neighbourhood its
 * rings. `prefetch`: the named actors' edges are read first (show, neighbors and edges start there).
 */
async function answerGrowing(read: Reader, ends: readonly string[], clock: QueryClock, answer: AnswerOn, limits: ReadLimits, prefetch: boolean): Promise<QueryAnswer> {
  const nodes = new Set(ends);
  const edges = new Set<string>();
  const complete = new Set<string>();
  const part = new GraphPart();
  let next: ReadonlySet<string> = prefetch ? new Set(ends) : new Set();
  let capped: string | undefined;
  // the answer on the part read before the last round: what a query that must stop gives
  let previous: QueryAnswer | undefined;
  const stopWith = async (settled: QueryAnswer, why: string): Promise<QueryAnswer> => cutShort(await answerWithSentences(read, part, settled, answer), why);
  for (;;) {
    if (previous !== undefined && clock.expired()) return stopWith(previous, 'ran out of time reading the graph');
    if (next.size > 0) {
      const found = await read((client) => incidentEdges(client, [...next], limits.maxEdges, clock.remainingMs()));
      const beyond = found === null ? `reads at most ${limits.maxEdges} edges a step`
        : found === 'timed out' ? 'ran out of time reading the graph'
        : newEnds(found, nodes) + nodes.size > limits.maxNodes ? `reads at most ${limits.maxNodes} actors a query` : undefined;
      // a round past a bound is not read at all: reading it is what would overrun the budget and the memory
      if (beyond !== undefined && previous !== undefined) return stopWith(previous, beyond);
      if (beyond !== undefined) capped = beyond;
      else {
        for (const edge of found as EdgeEnds[]) {
          edges.add(edge.key);
          nodes.add(edge.source).add(edge.target);
        }
        for (const node of next) complete.add(node);
      }
    }
    // while the search grows, documents are read without their text: only the dates and titles of
    // what it passes count, and the thousands a hub cites would cost more than the search itself
    const loaded = await read(async (client) => {
      await part.read(client, { nodes, edges, cited: 'titles' });
      return part.loaded();
    });
    const missing = watchReads(loaded.graph, complete);
    const found = await answer(loaded);
    if (missing.size === 0) return answerWithSentences(read, part, found, answer);
    if (capped !== undefined) return stopWith(found, capped);
    previous = found;
    next = missing;
  }
}

/** Nodes at the ends of `found` the part does not hold yet. */
function newEnds(found: readonly EdgeEnds[], nodes: ReadonlySet<string>): number {
  const ends = new Set<string>();
  for (const edge of found) for (const end of [edge.source, edge.target]) if (!nodes.has(end)) ends.add(end);
  return ends.size;
}

/**
 * The settled answer again, with the documents its edges cite read whole: the sentences behind
 * its hops and edges are cut from their text. Nothing else changes, since no step of a search
 * reads a document's text.
 */
async function answerWithSentences(read: Reader, part: GraphPart, found: QueryAnswer, answer: AnswerOn): Promise<QueryAnswer> {
  const shown = [...found.edges.map((edge) => edge.key), ...[found.path ?? [], ...(found.paths ?? [])].flat().flatMap((path) => path.hops.map((hop) => hop.edge))];
  const documents = part.citedBy(shown);
  if (documents.length === 0) return found;
  return answer(await read(async (client) => {
    await part.read(client, { documents });
    return part.loaded();
  }));
}

/** An answer from a part the reading stopped short of completing: said to be cut short, as a walk stopped by the budget is. */
function cutShort(found: QueryAnswer, why: string): QueryAnswer {
  const { query, text: _text, ...rest } = found;
  const shown = { ...rest, truncated: true, summary: `${rest.summary} (cut short: the server ${why})` };
  return { query, ...shown, text: renderAnswer(shown) };
}

/**
 * `edges rel R` naming no actor: the best-supported edges of the relation (or of all relations),
 * at most `maxEdges` of them, chosen in SQL. The relation test is a superset of
 * query/relation-match.ts's; the answer checks each edge again.
 */
async function answerAnyEdges(read: Reader, command: Extract<Command, { kind: 'edges' }>, answer: AnswerOn, limits: ReadLimits): Promise<QueryAnswer> {
  const relation = command.relation?.toLowerCase();
  const { part, capped } = await read(async (client) => {
    const rows = await client.query<{ key: string }>(
      `SELECT key FROM edges
       WHERE $1::text IS NULL OR lower(lemma) = $1 OR left(lower(lemma), length($1) + 1) = $1 || ' ' OR lower(attributes->>'label') = $1
       ORDER BY weight DESC, key COLLATE "C" LIMIT $2`, [relation ?? null, limits.maxEdges + 1]);
    return { part: await readPart(client, { edges: rows.rows.slice(0, limits.maxEdges).map((row) => row.key) }), capped: rows.rows.length > limits.maxEdges };
  });
  const found = await answer(part);
  return capped ? cutShort(found, `reads the ${limits.maxEdges} best-supported edges of a relation`) : found;
}
