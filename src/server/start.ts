/** Starts the server on a host and port (0 = any free port) and hands back its address and a way to stop it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { StoreContents } from '../graph/store.js';
import { KgError } from '../errors/index.js';
import type { ApiOptions } from './api.js';
import { createApp } from './app.js';
import { GraphState } from './graph-state.js';

export interface ServerOptions extends ApiOptions {
  store: StoreContents;
  /** The store already loaded, when the caller has it. */
  loaded?: LoadedGraph;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  state: GraphState;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const state = new GraphState(options.store, options.loaded);
  const app = createApp(state, options);
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const server = createServer(app);
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
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
