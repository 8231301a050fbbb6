/** The PostgreSQL store a queue command (ingest, worker, resolve) works on: `--store`, else KG_STORE. */
import { KgError } from '../errors/index.js';
import { isPostgresUrl } from '../store/postgres/connection.js';
import { PgStore } from '../store/postgres/pg-store.js';
import { withOpened } from './with-store.js';

export function postgresTarget(store: string | undefined, env = process.env): string | undefined {
  return store ?? (env['KG_STORE'] === '' ? undefined : env['KG_STORE']);
}

/** Opens it, or refuses a store file or no store at all; the target itself is never printed, since it may hold a password. */
export async function openPostgresStore(target: string | undefined, command: string): Promise<PgStore> {
  if (target === undefined || !isPostgresUrl(target)) {
    throw new KgError(`${command} works on a PostgreSQL store: give --store postgres://USER@HOST/DATABASE or set KG_STORE` +
      `${target === undefined ? '' : ' (what was given is not a postgres:// URL; a store file takes kg add instead)'}`, command);
  }
  return PgStore.open(target);
}

/** Runs `work` on the store and closes it however the work ends. */
export function withPostgresStore<T>(target: string | undefined, command: string, work: (store: PgStore) => Promise<T>): Promise<T> {
  return withOpened(() => openPostgresStore(target, command), work);
}
