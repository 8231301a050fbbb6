/**
 * A child process for the crash test: saves two stores into one file in turn, forever, saying
 * "saving" before each save, until it is killed.
 * Usage: node save-loop.js TARGET STORE_A STORE_B
 */
import { loadStore, saveStore } from '../../src/graph/store.js';

const [target, first, second] = process.argv.slice(2) as [string, string, string];
const stores = [await loadStore(first), await loadStore(second)];
for (let i = 0; ; i++) {
  process.stdout.write('saving\n');
  await saveStore(target, stores[i % 2]!);
}
