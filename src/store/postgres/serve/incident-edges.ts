/** The edges at a set of nodes, either direction, from the indexes on `edges.source` and `edges.target`: one step of every walk from SQL. */
import type { PoolClient } from 'pg';

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** Every edge with an end among `nodes`, at most `cap` of them (`null` past it: the caller says it stopped short). */
export async function incidentEdges(client: PoolClient, nodes: readonly string[], cap: number): Promise<EdgeEnds[] | null> {
  if (nodes.length === 0) return [];
  const rows = await client.query<EdgeEnds>(
    `SELECT key, source, target FROM edges WHERE source = ANY($1)
     UNION
     SELECT key, source, target FROM edges WHERE target = ANY($1)
     LIMIT $2`,
    [nodes, cap + 1]);
  return rows.rows.length > cap ? null : rows.rows;
}
