/**
 * A console query answered from SQL: the names it types are resolved among the actors node_names
 * finds for them, then the part of the graph its command walks is read (growing frontier by frontier
 * for paths) and handed to the one query code (query/run.ts) that answers from any LoadedGraph.
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
import { AreaSearch, type AreaLimits } from './area-search.js';
import { readPart, type PartAsked } from './graph-part.js';
import { incidentEdges } from './incident-edges.js';
import { nameCandidates, searchCandidates } from './names.js';
import { neighbourhoodArea } from './neighbourhood-area.js';
import type { Reader } from './reader.js';

export type AnswerOn = (loaded: LoadedGraph) => Promise<QueryAnswer>;

/** How far the walks read: bounds on the memory one query takes, whatever the size of the graph. */
export const AREA_LIMITS: AreaLimits = { maxNodes: 20_000, maxEdges: 50_000 };

const NOTHING = (): LoadedGraph => new LoadedGraph({ graph: { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes: [], edges: [] }, documents: [], merges: [], overrides: [] });

export async function answerFromSql(read: Reader, query: string, limits: QueryLimits, clock: QueryClock, answer: AnswerOn, areaLimits = AREA_LIMITS): Promise<QueryAnswer> {
  // a query too long or malformed gets the very error the file-backed server gives: query/run.ts throws it
  if (query.length > MAX_QUERY_LENGTH) return answer(NOTHING());
  const { command, filters } = parseQuery(query);
  const resolve = (name: NameAt): Promise<string> => read(async (client) => {
    const candidates = await readPart(client, { nodes: await nameCandidates(client, name.text) });
    return runToEnd(resolveActor(candidates, query, name, clock), clock);
  });
  const dated = filters.since !== undefined || filters.until !== undefined;
  switch (command.kind) {
    case 'help':
      return answer(NOTHING());
    case 'find': {
      const part = await read(async (client) => {
        const nodes = await searchCandidates(client, command.text, limits.maxResults + 1);
        // `since`/`until` keep actors named in a document of those days: the documents' dates are read, not their text
        const named = !dated ? [] : (await client.query<{ doc: string }>(
          `SELECT DISTINCT json_array_elements_text(attributes->'documents') AS doc FROM nodes WHERE key = ANY($1)`, [nodes])).rows.map((row) => row.doc);
        return readPart(client, { nodes, titlesOf: named });
      });
      return answer(part);
    }
    case 'show': {
      const key = await resolve(command.actor);
      return partAnswer(read, answer, async (client) => {
        const edges = await incidentEdges(client, [key], areaLimits.maxEdges);
        return { nodes: [key], edges: (edges ?? []).map((edge) => edge.key), capped: edges === null };
      });
    }
    case 'neighbors': {
      const key = await resolve(command.actor);
      return partAnswer(read, answer, (client) => neighbourhoodArea(client, key, command.depth, areaLimits));
    }
    case 'edges':
      return answerEdges(read, command, resolve, answer, areaLimits);
    case 'path':
    case 'paths':
      return answerPath(read, command, await resolve(command.from), await resolve(command.to), clock, answer, areaLimits);
  }
}

interface CappedPart extends PartAsked {
  /** A bound stopped the reading: the answer may miss what lies beyond. */
  capped: boolean;
}

async function partAnswer(read: Reader, answer: AnswerOn, area: (client: Parameters<Parameters<Reader>[0]>[0]) => Promise<CappedPart>): Promise<QueryAnswer> {
  const { part, capped } = await read(async (client) => {
    const asked = await area(client);
    return { part: await readPart(client, asked), capped: asked.capped };
  });
  const found = await answer(part);
  return capped ? cutShort(found) : found;
}

/** An answer from a part a bound kept from growing: said to be cut short, as a walk stopped by the budget is. */
function cutShort(found: QueryAnswer): QueryAnswer {
  const { query, text: _text, ...rest } = found;
  const shown = { ...rest, truncated: true, summary: `${rest.summary} (cut short: the server reads at most ${AREA_LIMITS.maxEdges} edges a step and ${AREA_LIMITS.maxNodes} actors a query)` };
  return { query, ...shown, text: renderAnswer(shown) };
}

/** `edges from A rel R to B`: from A's out-edges, else B's in-edges, else the best-supported edges of the relation; narrowed in SQL. */
async function answerEdges(read: Reader, command: Extract<Command, { kind: 'edges' }>, resolve: (name: NameAt) => Promise<string>, answer: AnswerOn, limits: AreaLimits): Promise<QueryAnswer> {
  const from = command.from === undefined ? undefined : await resolve(command.from);
  const to = command.to === undefined ? undefined : await resolve(command.to);
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  if (from !== undefined) conditions.push(`source = ${param(from)}`);
  if (to !== undefined) conditions.push(`target = ${param(to)}`);
  if (command.relation !== undefined) {
    // a superset of query/relation-match.ts: the walk checks each edge again
    const relation = param(command.relation.toLowerCase());
    conditions.push(`(lower(lemma) = ${relation} OR left(lower(lemma), length(${relation}) + 1) = ${relation} || ' ' OR lower(attributes->>'label') = ${relation})`);
  }
  return partAnswer(read, answer, async (client) => {
    const order = from === undefined && to === undefined ? 'ORDER BY weight DESC, key COLLATE "C"' : '';
    const rows = await client.query<{ key: string }>(
      `SELECT key FROM edges WHERE ${conditions.length === 0 ? 'true' : conditions.join(' AND ')} ${order} LIMIT ${param(limits.maxEdges + 1)}`, params);
    const capped = rows.rows.length > limits.maxEdges;
    return { nodes: [from, to].filter((key): key is string => key !== undefined), edges: rows.rows.slice(0, limits.maxEdges).map((row) => row.key), capped };
  });
}

/**
 * `path`: the area grows until the two sides meet, then the path is looked for in it; a path no
 * longer than the area's radius is a shortest one (area-search.ts), else the area grows on.
 * `paths ... max N`: every path of at most N hops lies in an area of radius N.
 */
async function answerPath(read: Reader, command: Extract<Command, { kind: 'path' | 'paths' }>, from: string, to: string, clock: QueryClock, answer: AnswerOn, limits: AreaLimits): Promise<QueryAnswer> {
  const area = new AreaSearch(from, to, limits);
  for (;;) {
    const ready = !area.open || clock.expired() || (command.kind === 'paths' ? area.radius >= command.maxLength : area.met);
    if (!ready) {
      await read((client) => area.grow(client));
      continue;
    }
    const found = await answer(await read((client) => readPart(client, area)));
    // a side with nothing left to reach: every path from it lies in the area, however long
    const proven = area.exhausted || (command.kind === 'paths' ? area.radius >= command.maxLength : shortestWithin(found, area.radius, command.directed));
    if (proven) return found;
    if (!area.open || clock.expired()) return area.capped ? cutShort(found) : found;
    await read((client) => area.grow(client));
  }
}

/**
 * Whether the path found is a shortest one of the whole graph: no longer than the area's radius,
 * and, asked along the arrows, found along them (a path ignoring them is given only when none
 * along them was found, and one along them might still lie beyond the area).
 */
function shortestWithin(found: QueryAnswer, radius: number, directed: boolean): boolean {
  const path = found.path;
  if (path === null || path === undefined) return false;
  return path.hops.length <= radius && (!directed || path.hops.every((hop) => hop.forward));
}
