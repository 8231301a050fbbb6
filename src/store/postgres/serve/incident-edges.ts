/** The edges at a set of nodes, either direction, from the indexes on `edges.source` and `edges.target`: one step of every walk from SQL. */
import type { PoolClient } from 'pg';

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** PostgreSQL's code for a statement cancelled by `statement_timeout`. */
const CANCELLED = '57014';

/**
 * Every edge with an end among `nodes`, at most `cap` of them: `null` past it, `'timed out'` when
 * the read took over `timeoutMs` (a query's budget holds for its reads too); either way the
 * caller says it stopped short.
 */
export function incidentEdges(client: PoolClient, nodes: readonly string[], cap: number): Promise<EdgeEnds[] | null>;
export function incidentEdges(client: PoolClient, nodes: readonly string[], cap: number, timeoutMs: number): Promise<EdgeEnds[] | null | 'timed out'>;
export async function incidentEdges(client: PoolClient, nodes: readonly string[], cap: number, timeoutMs?: number): Promise<EdgeEnds[] | null | 'timed out'> {
  if (nodes.length === 0) return [];
  // SET LOCAL takes no parameters; the value is a whole number kg computed
  if (timeoutMs !== undefined) await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
  const rows = await client.query<EdgeEnds>(
    `SELECT key, source, target FROM edges WHERE source = ANY($1)
     UNION
     SELECT key, source, target FROM edges WHERE target = ANY($1)
     LIMIT $2`,
    [nodes, cap + 1]).catch((error: unknown) => {
    if ((error as { code?: string }).code === CANCELLED) return 'timed out' as const;
    throw error;
  });
  if (rows === 'timed out') return rows;
  return rows.rows.length > cap ? null : rows.rows;
}
