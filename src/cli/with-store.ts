/** Opens the store a command names, runs the command on it, and closes it however the command ends. */
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/graph-store.js';

export function withStore<T>(target: string, work: (store: GraphStore) => Promise<T>): Promise<T> {
  return withOpened(() => openStore(target), work);
}

/** The same for any store `open` gives (a PostgreSQL store, for the queue's commands). */
export async function withOpened<S extends { close(): Promise<void> }, T>(open: () => Promise<S>, work: (store: S) => Promise<T>): Promise<T> {
  const store = await open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
