/** The JSON API: the graph, search, actors, edges, documents, queries, stats and exports (shapes in src/api-types.ts). */
import express, { Router, type Request } from 'express';
import { RequestError } from '../errors/index.js';
import { graphStats } from '../graph/stats.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../query/limits.js';
import { QueryClock } from '../query/clock.js';
import { queryAnswer } from '../query/run.js';
import { searchActors } from '../query/search.js';
import { documentView } from '../view/document-view.js';
import { edgeView } from '../view/evidence.js';
import { graphPayload } from '../view/graph-payload.js';
import { nodeCard } from '../view/node-card.js';
import { exportDownload } from './export-download.js';
import type { GraphState } from './graph-state.js';
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

export function apiRouter(state: GraphState, options: ApiOptions = {}): Router {
  const router = Router();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const turns = new QueryTurns();
  router.use(express.json({ limit: options.bodyLimit ?? '64kb', verify: refuseDeepNesting }));

  router.get('/graph', (request, response) => {
    const scope = request.query['scope'] ?? 'all';
    if (scope !== 'all' && scope !== 'overview') throw new RequestError('the query parameter "scope" must be "all" or "overview"');
    response.json(graphPayload(state.loaded, scope));
  });
  router.get('/search', (request, response) => {
    const query = textParam(request, 'q');
    const limit = countParam(request, 'limit', 10, MAX_SEARCH_RESULTS);
    response.json({ query, results: searchActors(state.loaded, query, limit) });
  });
  router.get('/nodes/:id', (request, response) => {
    response.json(nodeCard(state.loaded, request.params['id'] ?? ''));
  });
  router.get('/edges/:id', (request, response) => {
    response.json(edgeView(state.loaded, request.params['id'] ?? ''));
  });
  router.get('/documents/:id', (request, response) => {
    response.json(documentView(state.loaded, request.params['id'] ?? ''));
  });
  router.post('/query', async (request, response) => {
    // the budget counts from here, waiting for turns included: that is the time the reader waits
    const clock = new QueryClock(limits.timeBudgetMs);
    if (!request.is('application/json')) throw new RequestError('POST /api/query takes a JSON body: {"query": "path A -> B"}');
    const query: unknown = (request.body as Record<string, unknown> | undefined)?.['query'];
    if (typeof query !== 'string' || query.trim() === '') throw new RequestError('the JSON body needs a "query" string, e.g. {"query": "path US -> Afghanistan"}');
    response.json(await turns.run(queryAnswer(state.loaded, query, limits, clock), clock));
  });
  router.get('/stats', (request, response) => {
    response.json(graphStats(state.store, countParam(request, 'top', 10, 1000)));
  });
  router.get('/export/:file', exportDownload(state, options.exportName ?? 'graph'));
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
