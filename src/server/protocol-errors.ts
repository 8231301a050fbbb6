/**
 * Requests Node refuses before Express sees them (headers over its limit, a request line it cannot
 * parse, too slow to arrive, an unknown `Expect`), answered like every other error: JSON
 * `{error, detail}` with the page's security headers instead of Node's bare status line.
 */
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiError } from '../api-types.js';
import { SECURITY_HEADERS } from './security.js';

/** What Node attaches to a `clientError`: an llhttp code such as `HPE_HEADER_OVERFLOW`, or a socket error. */
interface ClientError extends Error {
  code?: string;
}

/** For the `clientError` event: the socket must be answered (when it still can be) and then closed. */
export function answerClientError(error: ClientError, socket: Duplex): void {
  // as Node's own handler: no answer when the client is gone, or when an answer to an earlier
  // request on this connection has begun (ours would land inside it)
  const inFlight = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
  const answer = refusal(error);
  if (answer !== undefined && socket.writable && inFlight?.headersSent !== true) socket.write(rawAnswer(answer));
  socket.destroy();
}

/** For the `checkExpectation` event: any `Expect` other than `100-continue`. */
export function answerExpectation(request: IncomingMessage, response: ServerResponse): void {
  const body: ApiError = { error: 'ExpectationFailed', detail: `this server cannot meet "Expect: ${String(request.headers.expect).slice(0, 100)}"` };
  response.writeHead(417, { ...Object.fromEntries(SECURITY_HEADERS), 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  response.end(JSON.stringify(body));
}

/** What to answer, or nothing for a socket error (ECONNRESET, EPIPE...): that client is gone. */
function refusal(error: ClientError): { status: number; body: ApiError } | undefined {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, body: { error: 'HeadersTooLarge', detail: `the request's headers are over ${maxHeaderSize} bytes` } };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, body: { error: 'PayloadTooLarge', detail: 'the request body\'s chunk extensions are over the size limit' } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, body: { error: 'RequestTimeout', detail: 'the request did not arrive in time' } };
    default:
      if (error.code?.startsWith('HPE_') !== true) return undefined;
      // llhttp's reason, e.g. "Parse Error: Invalid method encountered"; the raw bytes are not echoed
      return { status: 400, body: { error: 'InvalidRequest', detail: `the request is not valid HTTP/1.1 (${error.message})` } };
  }
}

/** A whole HTTP/1.1 response as bytes, for a socket with no ServerResponse around it. */
function rawAnswer({ status, body }: { status: number; body: ApiError }): string {
  const json = JSON.stringify(body);
  const headers = new Map([
    ...SECURITY_HEADERS,
    ['content-type', 'application/json; charset=utf-8'],
    ['content-length', String(Buffer.byteLength(json))],
    ['connection', 'close'],
  ]);
  const lines = [...headers].map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${json}`;
}
