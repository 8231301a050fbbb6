/** The JSON API: the graph, search, actors, edges, documents, queries, stats and exports (shapes in src/api-types.ts). */
import express, { Router, type Request } from 'express';
import { RequestError } from '../errors/index.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../query/limits.js';
import { QueryClock } from '../query/clock.js';
import { queryAnswer } from '../query/run.js';
import { searchActors } from '../query/search.js';
import { documentView } from '../view/document-view.js';
import { edgeView } from '../view/evidence.js';
import { graphPayload } from '../view/graph-payload.js';
import { nodeCard } from '../view/node-card.js';
import { exportDownload } from './export-download.js';
import type { GraphSource } from './graph-source.js';
import { refuseDeepNesting } from './json-depth.js';
import { QueryTurns } from './query-turns.js';

export interface ApiOptions {
  limits?: QueryLimits;
  /** Largest request body accepted (bytes or a size such as '64kb'). */
  bodyLimit?: string | number;
  /** Names the downloads of `/api/export/` (`seeds.gexf`); the store file's name without `.json`. */
  exportName?: string;
}

const MAX_SEARCH_RESULTS = 50;

/** Nodes `GET /api/graph` sends from a source that cannot send them all (PostgreSQL); `?limit=` asks for another number. */
export const DRAWN_NODES = 1000;
const MAX_DRAWN_NODES = 20_000;

export function apiRouter(source: GraphSource, options: ApiOptions = {}): Router {
  const router = Router();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const turns = new QueryTurns();
  router.use(express.json({ limit: options.bodyLimit ?? '64kb', verify: refuseDeepNesting }));

  router.get('/graph', async (request, response) => {
    const scope = request.query['scope'] ?? 'all';
    if (scope !== 'all' && scope !== 'overview') throw new RequestError('the query parameter "scope" must be "all" or "overview"');
    const { loaded, whole } = await source.drawn(scope, countParam(request, 'limit', DRAWN_NODES, MAX_DRAWN_NODES));
    response.json(graphPayload(loaded, scope, whole));
  });
  router.get('/search', async (request, response) => {
    const query = textParam(request, 'q');
    const limit = countParam(request, 'limit', 10, MAX_SEARCH_RESULTS);
    response.json({ query, results: searchActors(await source.forSearch(query, limit), query, limit) });
  });
  router.get('/nodes/:id', async (request, response) => {
    const key = request.params['id'] ?? '';
    response.json(nodeCard(await source.forNode(key), key));
  });
  router.get('/edges/:id', async (request, response) => {
    const key = request.params['id'] ?? '';
    response.json(edgeView(await source.forEdge(key), key));
  });
  router.get('/documents/:id', async (request, response) => {
    const id = request.params['id'] ?? '';
    response.json(documentView(await source.forDocument(id), id));
  });
  router.post('/query', async (request, response) => {
    // the budget counts from here, waiting for turns included: that is the time the reader waits
    const clock = new QueryClock(limits.timeBudgetMs);
    if (!request.is('application/json')) throw new RequestError('POST /api/query takes a JSON body: {"query": "path A -> B"}');
    const query: unknown = (request.body as Record<string, unknown> | undefined)?.['query'];
    if (typeof query !== 'string' || query.trim() === '') throw new RequestError('the JSON body needs a "query" string, e.g. {"query": "path US -> Afghanistan"}');
    response.json(await source.answer(query, limits, clock, (loaded) => turns.run(queryAnswer(loaded, query, limits, clock), clock)));
  });
  router.get('/stats', async (request, response) => {
    response.json(await source.stats(countParam(request, 'top', 10, 1000)));
  });
  router.get('/export/:file', exportDownload(source, options.exportName ?? 'graph'));
  return router;
}

function textParam(request: Request, name: string): string {
  const value = request.query[name];
  if (typeof value !== 'string' || value.trim() === '') throw new RequestError(`the query parameter "${name}" is required, e.g. ?${name}=blinken`);
  if (value.length > 200) throw new RequestError(`the query parameter "${name}" is over 200 characters`);
  return value;
}

function countParam(request: Request, name: string, fallback: number, max: number): number {
  const value = request.query[name];
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new RequestError(`the query parameter "${name}" must be a whole number from 1 to ${max}`);
  return n;
}
