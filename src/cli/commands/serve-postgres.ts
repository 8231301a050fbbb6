/** `kg serve --store postgres://…`: serves a PostgreSQL store, reading from it per request; the graph is never loaded whole. */
import { once } from 'node:events';
import type { QueryLimits } from '../../query/limits.js';
import { serveSource } from '../../server/start.js';
import { PgStore } from '../../store/postgres/pg-store.js';
import { PgSource, READ_ONLY } from '../../store/postgres/serve/pg-source.js';
import { exportName } from '../../store/export-name.js';
import { runStoppable } from '../stop-signals.js';

/** What `kg serve` passes on (serve.ts); a store file's options do not apply. */
export interface PostgresServeOptions {
  host: string;
  port: number;
  allowedHosts?: string[];
  limits?: QueryLimits;
  out?: NodeJS.WritableStream;
}

export async function servePostgres(url: string, options: PostgresServeOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  const store = await PgStore.open(url);
  try {
    const token = process.env['KG_TOKEN'] || undefined;
    const server = await serveSource(new PgSource(store), {
      host: options.host, port: options.port, readOnly: READ_ONLY,
      ...(token === undefined ? {} : { token }),
      ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
      exportName: exportName(url),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    });
    // the store's name, never the connection string: it carries the password
    out.write(`Serving ${store.name} at ${server.url}  — Ctrl-C to stop\n`);
    out.write('Read-only: documents reach this store through `kg ingest` and `kg worker`.\n');
    return await runStoppable(store, async (stop) => {
      await once(stop, 'abort');
      await server.close();
      return 0;
    });
  } finally {
    await store.close();
  }
}
