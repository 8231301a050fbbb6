/** Starts the server on a host and port (0 = any free port) and hands back its address and a way to stop it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { StoreContents } from '../graph/store.js';
import { KgError } from '../errors/index.js';
import type { ApiOptions } from './api.js';
import { createApp } from './app.js';
import { isLoopback, usableToken } from './auth.js';
import { FileSource } from './file-source.js';
import type { GraphSource } from './graph-source.js';
import { GraphState } from './graph-state.js';
import { answerClientError, answerExpectation } from './protocol-errors.js';
import { StoreUpdates } from './store-updates.js';

export interface ListenOptions extends ApiOptions {
  /** Required as a bearer token by the write routes; needed to listen on anything but loopback. At least 16 characters. */
  token?: string;
  /** Names the API answers to besides the address it is reached at (`--allowed-host`), e.g. the name of a host listening on 0.0.0.0. */
  allowedHosts?: readonly string[];
  host?: string;
  port?: number;
}

export interface ServerOptions extends ListenOptions {
  store: StoreContents;
  /** The store already loaded, when the caller has it. */
  loaded?: LoadedGraph;
  /** The store's file: given, the write routes add and remove documents in it; without it the server is read-only. */
  graphFile?: string;
}

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

export interface RunningServer extends ListeningServer {
  state: GraphState;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

/** Serves a store file's graph, held in memory; writes go to the file when `graphFile` is given. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  refuseOpenWithoutToken(options);
  const state = new GraphState(options.store, options.loaded);
  const updates = options.graphFile === undefined ? undefined : new StoreUpdates(options.graphFile, state);
  return { ...(await serveSource(new FileSource(state), options, updates)), state };
}

function refuseOpenWithoutToken(options: ListenOptions): void {
  const host = options.host ?? DEFAULT_HOST;
  if (!isLoopback(host) && usableToken(options.token) === undefined) {
    throw new KgError(`refusing to listen on ${host} without a token: anyone who reaches it could change the store. ` +
      'Set KG_TOKEN to a long random secret (write routes then need "Authorization: Bearer TOKEN"), or keep the default host 127.0.0.1', host);
  }
}

/** Serves the answers of any source (a PostgreSQL store: store/postgres/serve/); without `updates` the write routes answer 405. */
export async function serveSource(source: GraphSource, options: ListenOptions & { readOnly?: string }, updates?: StoreUpdates): Promise<ListeningServer> {
  refuseOpenWithoutToken(options);
  const host = options.host ?? DEFAULT_HOST;
  const token = usableToken(options.token);
  const app = createApp(source, options, {
    ...(updates === undefined ? {} : { updates }),
    ...(token === undefined ? {} : { token }),
    ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
  }, options.allowedHosts);
  const port = options.port ?? DEFAULT_PORT;
  // Host is checked by the app, which answers in JSON (Node's own check sends a bare 400)
  const server = createServer({ requireHostHeader: false }, app);
  server.on('clientError', answerClientError);
  server.on('checkExpectation', answerExpectation);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new KgError(`${host}:${port} is in use; choose another port with --port`, String(port)));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new KgError(`cannot listen on ${host}: no such address on this machine`, host));
      else reject(error);
    });
    server.listen(port, host);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
