/** Opens the store a command names: a PostgreSQL connection string, or a store file's path. */
import { isPostgresUrl } from './postgres/connection.js';
import { PgStore } from './postgres/pg-store.js';
import { FileStore } from './file-store.js';
import type { GraphStore } from './graph-store.js';

export function openStore(target: string): Promise<GraphStore> {
  return isPostgresUrl(target) ? PgStore.open(target) : Promise.resolve(new FileStore(target));
}

/**
 * Which store a command works on: `--store` first, then a `--graph` given on the command line,
 * then `KG_STORE` (so a connection string with its password need not be typed, nor shown by
 * `ps`), then the default file.
 */
export function storeTarget(options: { store?: string; graph: string; graphGiven: boolean }, env = process.env): string {
  if (options.store !== undefined) return options.store;
  if (options.graphGiven) return options.graph;
  const fromEnv = env['KG_STORE'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : options.graph;
}
