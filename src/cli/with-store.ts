/** Opens the store a command names, runs the command on it, and closes it however the command ends. */
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/graph-store.js';

export async function withStore<T>(target: string, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
