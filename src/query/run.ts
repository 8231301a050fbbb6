/** Runs a console query on a loaded graph: parse, then hand the command to its answer. */
import { InvalidQueryError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { QueryAnswer } from '../server/api-types.js';
import type { Command } from './ast.js';
import { answerFind, answerNeighbors, answerShow } from './answers/actors.js';
import type { Answer, QueryContext } from './answers/answer.js';
import { answerEdges } from './answers/edges.js';
import { answerPath, answerPaths } from './answers/path.js';
import { HELP_TEXT } from './help.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { parseQuery } from './parse.js';
import { renderAnswer } from './render.js';

export const MAX_QUERY_LENGTH = 1000;

export function runQuery(loaded: LoadedGraph, query: string, limits: QueryLimits = DEFAULT_LIMITS): QueryAnswer {
  if (query.length > MAX_QUERY_LENGTH) throw new InvalidQueryError(query.slice(0, 80), MAX_QUERY_LENGTH, `a query is at most ${MAX_QUERY_LENGTH} characters`);
  const { command, filters } = parseQuery(query);
  const answer = answerCommand({ loaded, query, filters, limits }, command);
  return { query, ...answer, text: renderAnswer(answer) };
}

function answerCommand(context: QueryContext, command: Command): Answer {
  switch (command.kind) {
    case 'help':
      return { kind: 'help', summary: HELP_TEXT, nodes: [], edges: [], truncated: false };
    case 'find':
      return answerFind(context, command);
    case 'show':
      return answerShow(context, command);
    case 'neighbors':
      return answerNeighbors(context, command);
    case 'path':
      return answerPath(context, command);
    case 'paths':
      return answerPaths(context, command);
    case 'edges':
      return answerEdges(context, command);
  }
}
