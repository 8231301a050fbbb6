/**
 * Refuses a JSON body nested deeper than MAX_JSON_DEPTH before it is parsed: `[[[[...]]]]` 5,000
 * levels deep fits in 10 KB and overflows the stack of anything that walks it (JSON.stringify).
 */
import type { IncomingMessage } from 'node:http';
import { RequestError } from '../errors/index.js';

/** Far more than any request needs (a write nests three levels: body, documents, document). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/** express.json's `verify` hook: it gets the body as received, before JSON.parse, and the body's charset. */
export function refuseDeepNesting(_request: IncomingMessage, _response: unknown, body: Buffer, charset: string): void {
  if (charset !== 'utf-8') throw notUtf8(charset);
  if (nestsDeeperThan(MAX_JSON_DEPTH, body)) {
    throw new RequestError(`the JSON body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/**
 * Counts brackets outside strings, in one pass. In UTF-8 the bytes `"`, `\`, `[`, `{`, `]`, `}`
 * only ever stand for themselves, so no decoding is needed.
 */
export function nestsDeeperThan(limit: number, utf8: Uint8Array): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < utf8.length; i++) {
    const byte = utf8[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPENERS.has(byte)) {
      if (++depth > limit) return true;
    } else if (CLOSERS.has(byte)) depth--;
  }
  return false;
}

/**
 * body-parser decodes any `utf-*` charset; only UTF-8 can be scanned as bytes, and JSON between
 * systems is UTF-8 (RFC 8259), so the rest (UTF-16, UTF-32, UTF-7) is refused with the 415 body-parser
 * gives a charset it does not know.
 */
function notUtf8(charset: string): Error {
  return Object.assign(new Error(`unsupported charset "${charset.toUpperCase()}"; send JSON as UTF-8`), { name: 'UnsupportedMediaTypeError', status: 415, type: 'charset.unsupported' });
}
