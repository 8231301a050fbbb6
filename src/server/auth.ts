/** The bearer token that guards write routes when the server is told to require one (`KG_TOKEN`). */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { KgError } from '../errors/index.js';
import type { ApiError } from '../api-types.js';

/** Shorter secrets can be guessed; 16 characters is the least `openssl rand -hex 8` gives. */
export const MIN_TOKEN_LENGTH = 16;

/** Hosts that only this machine reaches: there the write routes may go without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The token to require: an empty one guards nothing and counts as none; a short one is refused (without showing it). */
export function usableToken(token: string | undefined): string | undefined {
  if (token === undefined || token === '') return undefined;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new KgError(`KG_TOKEN is ${token.length} characters; use a random secret of at least ${MIN_TOKEN_LENGTH} (e.g. from \`openssl rand -hex 16\`)`);
  }
  return token;
}

/** Lets a request through when no token is set, or when it carries `Authorization: Bearer TOKEN`. */
export function requireToken(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return (request, response, next) => {
    if (expected === undefined) return next();
    const given = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
    // digests have one length, so the comparison takes the same time whatever was sent
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    const body: ApiError = { error: 'Unauthorized', detail: 'this route changes the store: send the server\'s token as "Authorization: Bearer TOKEN"' };
    response.status(401).set('WWW-Authenticate', 'Bearer').json(body);
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
