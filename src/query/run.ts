/** Runs a console query on a loaded graph: parse, then hand the command to its answer, a walk that can pause. */
import { InvalidQueryError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { QueryAnswer } from '../api-types.js';
import { documentsWithin } from '../graph/document-day.js';
import type { Command } from './ast.js';
import { answerFind, answerNeighbors, answerShow } from './answers/actors.js';
import type { Answer, QueryContext } from './answers/answer.js';
import { answerEdges } from './answers/edges.js';
import { answerPath, answerPaths } from './answers/path.js';
import { QueryClock, runToEnd, type Steps } from './clock.js';
import { HELP_TEXT } from './help.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { parseQuery } from './parse.js';
import { renderAnswer } from './render.js';

export const MAX_QUERY_LENGTH = 1000;

/** Answers at once, pausing for nothing: for the command line and tests. */
export function runQuery(loaded: LoadedGraph, query: string, limits: QueryLimits = DEFAULT_LIMITS): QueryAnswer {
  const clock = new QueryClock(limits.timeBudgetMs);
  return runToEnd(queryAnswer(loaded, query, limits, clock), clock);
}

/**
 * The answer as a walk that yields whenever `clock` says to pause; the server runs it a slice at a
 * time (server/query-turns.ts). Errors (a malformed query, an unknown actor) are thrown at once.
 */
export function* queryAnswer(loaded: LoadedGraph, query: string, limits: QueryLimits, clock: QueryClock): Steps<QueryAnswer> {
  if (query.length > MAX_QUERY_LENGTH) throw new InvalidQueryError(query.slice(0, 80), MAX_QUERY_LENGTH, `a query is at most ${MAX_QUERY_LENGTH} characters`);
  const { command, filters } = parseQuery(query);
  if (filters.since !== undefined || filters.until !== undefined) filters.datedDocuments = documentsWithin(loaded.documents.values(), filters.since, filters.until);
  const answer = yield* answerCommand({ loaded, query, filters, limits, clock }, command);
  return { query, ...answer, text: renderAnswer(answer) };
}

function* answerCommand(context: QueryContext, command: Command): Steps<Answer> {
  switch (command.kind) {
    case 'help':
      return { kind: 'help', summary: HELP_TEXT, nodes: [], edges: [], truncated: false };
    case 'find':
      return answerFind(context, command);
    case 'show':
      return yield* answerShow(context, command);
    case 'neighbors':
      return yield* answerNeighbors(context, command);
    case 'path':
      return yield* answerPath(context, command);
    case 'paths':
      return yield* answerPaths(context, command);
    case 'edges':
      return yield* answerEdges(context, command);
  }
}
