/** The queue's state in a few lines, printed by `kg ingest` and `kg worker`. */
import type { QueueStatus } from '../../store/postgres/queue.js';

export function printQueueStatus(status: QueueStatus, out: NodeJS.WritableStream): void {
  out.write(`queue: ${status.waiting} waiting, ${status.leased} being extracted, ${status.failed.length} given up\n`);
  for (const failed of status.failed) {
    out.write(`  given up after ${failed.attempts} attempts: ${failed.source} (${failed.id}): ${failed.error}\n`);
  }
}
