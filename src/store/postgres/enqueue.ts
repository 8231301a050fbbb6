/** Putting documents on the ingest queue: ids only known by now are skipped, and nothing is extracted. */
import type pg from 'pg';
import type { Document } from '../../types.js';

/** Ids stored or already waiting: enqueuing them again would only repeat work. */
export async function storedOrQueuedIds(client: pg.PoolClient): Promise<Set<string>> {
  const rows = await client.query<{ id: string }>('SELECT id FROM documents UNION SELECT id FROM ingest_queue');
  return new Set(rows.rows.map((row) => row.id));
}

/**
 * Enqueues `documents` in the order given, in the caller's transaction; returns how many were new
 * to the queue. Their `seq` comes from the documents' own sequence, so a worker can give a stored
 * document its place in input order without ever meeting a seq another document holds.
 */
export async function enqueueDocuments(client: pg.PoolClient, documents: readonly Document[]): Promise<number> {
  if (documents.length === 0) return 0;
  const drawn = await client.query<{ seq: string }>(
    `SELECT nextval(pg_get_serial_sequence('documents', 'seq')) AS seq FROM generate_series(1, $1)`, [documents.length]);
  const seqs = drawn.rows.map((row) => BigInt(row.seq)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
  const inserted = await client.query(
    `INSERT INTO ingest_queue (id, seq, source) SELECT * FROM unnest($1::text[], $2::bigint[], $3::json[])
     ON CONFLICT (id) DO NOTHING`,
    [documents.map((doc) => doc.id), seqs, documents.map((doc) => JSON.stringify(doc))],
  );
  return inserted.rowCount ?? 0;
}
