/** `kg query`: answers one console query on a stored graph, as text or JSON. */
import { InvalidQueryError } from '../../errors/index.js';
import { LoadedGraph } from '../../graph/loaded-graph.js';
import { withStore } from '../with-store.js';
import type { QueryLimits } from '../../query/limits.js';
import { runQuery } from '../../query/run.js';

export async function queryCommand(query: string, options: { graph: string; json: boolean; limits?: QueryLimits; out?: NodeJS.WritableStream; err?: NodeJS.WritableStream }): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const loaded = new LoadedGraph(await withStore(options.graph, (store) => store.load()));
  let answer;
  try {
    answer = runQuery(loaded, query, options.limits);
  } catch (error) {
    // point at the place in the query, under the query itself
    if (!(error instanceof InvalidQueryError)) throw error;
    err.write(`kg: ${error.message}\n  ${query}\n  ${' '.repeat(error.position)}^\n`);
    return 1;
  }
  out.write(options.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
  return 0;
}
