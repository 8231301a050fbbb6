/** One read of the stored graph: a short read-only transaction, so a part is read from one state even while `kg resolve` replaces the graph. */
import type pg from 'pg';
import { KgError, StoreError } from '../../../errors/index.js';
import { inTransaction } from '../connection.js';

export type Reader = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** `store` names the store in errors: a database that fails or goes away is a StoreError (503), never a crash. */
export function snapshotReader(pool: pg.Pool, store: string): Reader {
  return async (work) => {
    try {
      return await inTransaction(pool, async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        return work(client);
      });
    } catch (error) {
      // errors of PostgreSQL and of the connection carry a code; kg's own and programming errors pass as they are
      if (error instanceof KgError || !(error instanceof Error) || !('code' in error)) throw error;
      throw new StoreError(store, error.message);
    }
  };
}
