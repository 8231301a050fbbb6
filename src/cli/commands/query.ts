/** `kg query`: answers one console query on a stored graph, as text or JSON. */
import type { QueryAnswer } from '../../api-types.js';
import { InvalidQueryError } from '../../errors/index.js';
import { LoadedGraph } from '../../graph/loaded-graph.js';
import { QueryClock, runToEnd } from '../../query/clock.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../query/limits.js';
import { queryAnswer } from '../../query/run.js';
import type { GraphStore } from '../../store/graph-store.js';
import { PgStore } from '../../store/postgres/pg-store.js';
import { PgSource } from '../../store/postgres/serve/pg-source.js';
import { withStore } from '../with-store.js';

export async function queryCommand(query: string, options: { graph: string; json: boolean; limits?: QueryLimits; out?: NodeJS.WritableStream; err?: NodeJS.WritableStream }): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  let answer;
  try {
    answer = await withStore(options.graph, (store) => answerOn(store, query, options.limits ?? DEFAULT_LIMITS));
  } catch (error) {
    // point at the place in the query, under the query itself
    if (!(error instanceof InvalidQueryError)) throw error;
    err.write(`kg: ${error.message}\n  ${query}\n  ${' '.repeat(error.position)}^\n`);
    return 1;
  }
  out.write(options.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
  return 0;
}

/** A PostgreSQL store answers from the part of the graph the query walks, as its server does; a file is read whole. */
function answerOn(store: GraphStore, query: string, limits: QueryLimits): Promise<QueryAnswer> {
  const clock = new QueryClock(limits.timeBudgetMs);
  const answer = async (loaded: LoadedGraph): Promise<QueryAnswer> => runToEnd(queryAnswer(loaded, query, limits, clock), clock);
  if (store instanceof PgStore) return new PgSource(store).answer(query, limits, clock, answer);
  return store.load().then((contents) => answer(new LoadedGraph(contents)));
}
