/** What the page's graph tells of the whole graph, counted by PostgreSQL: nothing is read row by row into the server. */
import type { PoolClient } from 'pg';
import { documentDay } from '../../../graph/document-day.js';
import type { LoadedGraph } from '../../../graph/loaded-graph.js';
import type { EntityType } from '../../../types.js';
import type { WholeGraphCounts } from '../../../view/graph-payload.js';

/** The legend's counts, the size, the largest degree and the days of the whole graph; `part`'s documents give the days of its evidence. */
export async function wholeCounts(client: PoolClient, part: LoadedGraph): Promise<WholeGraphCounts> {
  const types = await client.query<{ type: EntityType; n: string }>('SELECT type, count(*) AS n FROM nodes GROUP BY type');
  const counts = new Map(types.rows.map((row) => [row.type, Number(row.n)]));
  const size = await client.query<{ nodes: string; edges: string; max_degree: number | null }>(
    'SELECT (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM edges) AS edges, (SELECT max(degree) FROM nodes) AS max_degree');
  // distinct dates, not documents: a corpus of a million articles spans a few thousand days
  const dates = await client.query<{ date: string }>('SELECT DISTINCT date FROM documents WHERE date IS NOT NULL');
  const days = [...new Set(dates.rows.map((row) => documentDay(row.date)).filter((day): day is string => day !== undefined))].sort();
  const row = size.rows[0]!;
  return {
    counts,
    total: { nodes: Number(row.nodes), edges: Number(row.edges) },
    maxDegree: row.max_degree ?? 0,
    days,
    dayOf: (doc) => documentDay(part.documents.get(doc)?.date),
  };
}
