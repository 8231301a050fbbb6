/** `kg resolve`: rebuilds a PostgreSQL store's alias merges and derived graph from every stored document. */
import { resolveUntilCurrent } from '../../store/postgres/resolve-current.js';
import { withPostgresStore } from '../postgres-target.js';
import { printStats } from './stats.js';

export function resolveCommand(target: string | undefined, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return withPostgresStore(target, 'kg resolve', async (store) => {
    const { documents } = await resolveUntilCurrent(store, 'kg resolve', true);
    out.write(`Resolved the graph of ${documents ?? 0} document(s) → ${store.name}\n`);
    printStats(await store.stats(), out);
    return 0;
  });
}
