/** `graphStats` (graph/stats.ts) counted by PostgreSQL: the same figures, without reading the graph. */
import type pg from 'pg';
import type { GraphStats } from '../../graph/stats.js';
import type { EntityType } from '../../types.js';

export async function storedStats(pool: pg.Pool, top = 10): Promise<GraphStats> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const count = async (sql: string): Promise<number> => Number((await client.query<{ n: string | null }>(sql)).rows[0]?.n ?? 0);
    const nodesByType: Record<EntityType, number> = { person: 0, organization: 0, group: 0, place: 0, concept: 0 };
    for (const row of (await client.query<{ type: EntityType; n: string }>('SELECT type, count(*) AS n FROM nodes GROUP BY type')).rows) nodesByType[row.type] = Number(row.n);
    const topActors = await client.query<{ key: string; label: string; type: EntityType; degree: number }>(
      `SELECT key, label, type, degree FROM nodes WHERE type <> 'concept' ORDER BY degree DESC, key COLLATE "C" LIMIT $1`, [top]);
    const stats: GraphStats = {
      documents: await count('SELECT count(*) AS n FROM documents'),
      sentences: await count('SELECT count(*) AS n FROM sentences'),
      triples: await count('SELECT count(*) AS n FROM triples'),
      nodes: Object.values(nodesByType).reduce((sum, n) => sum + n, 0),
      nodesByType,
      edges: await count('SELECT count(*) AS n FROM edges'),
      evidence: await count('SELECT sum(weight) AS n FROM edges'),
      resolvedMentions: await count(`SELECT sum(json_array_length(item -> 'resolved')) AS n FROM evidence WHERE item -> 'resolved' IS NOT NULL`),
      topActors: topActors.rows,
    };
    await client.query('COMMIT');
    return stats;
  } finally {
    client.release();
  }
}
