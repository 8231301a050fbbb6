/** Maps every error to JSON `{error, detail}` with its status: one place decides what each class of error means over HTTP. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { describe, ForbiddenHostError, InvalidQueryError, KgError, NotFoundError, RequestError, StoreError } from '../errors/index.js';
import type { ApiError } from '../api-types.js';

/** What body-parser attaches to the errors it throws. */
interface ParserError {
  type?: string;
  status?: number;
}

const STORE_UNAVAILABLE = 'the store cannot be changed just now: another kg command is writing it, or it cannot be saved (the server\'s log says which); nothing was changed, try again';

export function apiError(error: unknown): { status: number; body: ApiError } {
  if (error instanceof InvalidQueryError) return { status: 400, body: { error: 'InvalidQuery', detail: error.message, position: error.position } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: 'NotFound', detail: error.message } };
  if (error instanceof RequestError) return { status: 400, body: { error: 'InvalidRequest', detail: error.message } };
  if (error instanceof ForbiddenHostError) return { status: 403, body: { error: 'ForbiddenHost', detail: error.message } };
  // the store is busy (another kg holds its lock) or cannot be written: nothing was changed. Its
  // message names files on the server's disk, so it goes to the server's log, not to the client
  if (error instanceof StoreError) return { status: 503, body: { error: 'StoreUnavailable', detail: STORE_UNAVAILABLE } };
  const parser = error as ParserError;
  if (parser.type === 'entity.too.large') return { status: 413, body: { error: 'PayloadTooLarge', detail: 'the request body is over the size limit' } };
  if (parser.type === 'entity.parse.failed') return { status: 400, body: { error: 'InvalidRequest', detail: 'the request body is not valid JSON' } };
  if (parser.status === 415) return { status: 415, body: { error: 'UnsupportedMediaType', detail: describe(error) } };
  if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500) {
    return { status: parser.status, body: { error: 'InvalidRequest', detail: describe(error) } };
  }
  if (error instanceof KgError) return { status: 400, body: { error: 'InvalidRequest', detail: error.message } };
  return { status: 500, body: { error: 'Internal', detail: 'the server failed to answer; the stored graph is untouched' } };
}

export const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
  const { status, body } = apiError(error);
  // a bug or a store problem must reach the operator's terminal; the client only learns that it happened
  if (status === 500) process.stderr.write(`kg serve: ${request.method} ${request.originalUrl}: ${error instanceof Error ? error.stack : String(error)}\n`);
  if (status === 503) process.stderr.write(`kg serve: ${request.method} ${request.originalUrl}: ${describe(error)}\n`);
  response.status(status).json(body);
};

export const unknownRoute: RequestHandler = (request, response) => {
  const body: ApiError = { error: 'NotFound', detail: `no route ${request.method} ${request.path}` };
  response.status(404).json(body);
};
