/** `kg stats`: counts of a stored graph, as a short text or JSON. */
import type { GraphStats } from '../../graph/stats.js';
import { withStore } from '../with-store.js';

export async function statsCommand(target: string, options: { json: boolean; top: number; out?: NodeJS.WritableStream }): Promise<number> {
  const out = options.out ?? process.stdout;
  const stats = await withStore(target, (store) => store.stats(options.top));
  if (options.json) out.write(`${JSON.stringify(stats, null, 2)}\n`);
  else printStats(stats, out);
  return 0;
}

export function printStats(stats: GraphStats, out: NodeJS.WritableStream): void {
  const types = Object.entries(stats.nodesByType).map(([type, n]) => `${n} ${type}`).join(', ');
  out.write(
    `documents ${stats.documents}  sentences ${stats.sentences}  triples ${stats.triples}\n` +
      `nodes ${stats.nodes} (${types})\n` +
      `edges ${stats.edges} with ${stats.evidence} pieces of evidence\n` +
      `pronouns and descriptions read as the actors they stand for ${stats.resolvedMentions}\n`,
  );
  if (stats.topActors.length === 0) return;
  out.write('top actors by degree:\n');
  for (const actor of stats.topActors) out.write(`  ${String(actor.degree).padStart(4)}  ${actor.label} (${actor.type})\n`);
}
