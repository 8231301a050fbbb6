/** The routes that change the store: add documents (POST /api/documents) and remove one (DELETE /api/documents/:id). */
import express, { Router } from 'express';
import { RequestError } from '../errors/index.js';
import { parseJsonlRecord } from '../ingest/index.js';
import type { SourceDocument } from '../types.js';
import type { ApiError } from '../api-types.js';
import { requireToken } from './auth.js';
import { refuseDeepNesting } from './json-depth.js';
import type { StoreUpdates } from './store-updates.js';

export interface WriteOptions {
  /** The store to write to; without it the server is read-only. */
  updates?: StoreUpdates;
  token?: string;
  /** Why a server without `updates` is read-only, as its 405 says; by default, that it has no store file. */
  readOnly?: string;
  /** Largest body a write takes; documents are bigger than queries. */
  bodyLimit?: string | number;
}

/** Documents one request may add. */
export const MAX_DOCUMENTS_PER_REQUEST = 100;

export function writeRouter(options: WriteOptions): Router {
  const router = Router();
  const guard = [requireToken(options.token), express.json({ limit: options.bodyLimit ?? '2mb', verify: refuseDeepNesting })];
  router.post('/documents', ...guard, async (request, response) => {
    const updates = writable(options, response);
    if (updates === undefined) return;
    if (!request.is('application/json')) throw new RequestError('POST /api/documents takes a JSON body: {"text": "...", "title": "...", "date": "..."} or {"documents": [...]}');
    const sources = documentsIn(request.body);
    const result = await updates.add(sources);
    response.status(result.added.length > 0 ? 201 : 200).json(result);
  });
  router.delete('/documents/:id', requireToken(options.token), async (request, response) => {
    const updates = writable(options, response);
    if (updates === undefined) return;
    response.json(await updates.remove([String(request.params['id'] ?? '')]));
  });
  return router;
}

function writable(options: WriteOptions, response: express.Response): StoreUpdates | undefined {
  if (options.updates !== undefined) return options.updates;
  const body: ApiError = { error: 'ReadOnly', detail: options.readOnly ?? 'this server was started without a store file to write to' };
  response.status(405).json(body);
  return undefined;
}

/** One document or a list of them, each read like a JSONL line: `text` required; `title`, `date`, `id` optional. */
function documentsIn(body: unknown): SourceDocument[] {
  const list = Array.isArray((body as { documents?: unknown } | undefined)?.documents) ? (body as { documents: unknown[] }).documents : [body];
  if (list.length === 0) throw new RequestError('"documents" is empty');
  if (list.length > MAX_DOCUMENTS_PER_REQUEST) throw new RequestError(`at most ${MAX_DOCUMENTS_PER_REQUEST} documents a request; this one has ${list.length}`);
  return list.map((item, i) => {
    const source = `POST /api/documents #${i + 1}`;
    const read = parseJsonlRecord(JSON.stringify(item ?? null), source);
    if ('problem' in read) throw new RequestError(`${source}: ${read.problem}`);
    return read;
  });
}
