/** The Express app: security headers, the JSON API under /api (for its own Host only; writes behind a token), the page from dist/web, errors as JSON. */
import express, { type Express } from 'express';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostGuard, hostRequired } from './allowed-hosts.js';
import { apiRouter, type ApiOptions } from './api.js';
import { errorHandler, unknownRoute } from './errors.js';
import type { GraphSource } from './graph-source.js';
import { securityHeaders } from './security.js';
import { writeRouter, type WriteOptions } from './write-routes.js';

/** Where `npm run build` puts the bundled page: dist/web, beside dist/src. */
export const PAGE_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

/** `allowedHosts`: names besides the server's own address that the API answers to (`--allowed-host`). */
export function createApp(source: GraphSource, options: ApiOptions = {}, writes: WriteOptions = {}, allowedHosts: readonly string[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders, hostRequired);
  // reads too: a rebinding page that may not write could still read every document in the store.
  // Writes first: they take bigger bodies than the reading routes' parser allows
  app.use('/api', hostGuard(allowedHosts), writeRouter(writes), apiRouter(source, options), unknownRoute);
  app.use(express.static(PAGE_FOLDER, { index: 'index.html' }));
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
