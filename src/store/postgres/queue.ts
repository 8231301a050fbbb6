/**
 * The ingest queue: documents waiting to be extracted, claimed by `kg worker`s under a lease.
 * A claim skips rows another worker holds (FOR UPDATE SKIP LOCKED), so no two workers take the
 * same document; a worker that dies holds its batch only until the lease runs out.
 *
 * `attempts` counts claims. A document that failed (`last_error` set) is given up after
 * MAX_ATTEMPTS of them and stays in the queue for a person to see; one whose worker vanished
 * without a word (killed, its lease run out) is always claimed again: that was not its fault.
 */
import type pg from 'pg';
import type { Document, ExtractedDocument } from '../../types.js';
import { inTransaction } from './connection.js';
import { bumpDocumentsVersion } from './coverage.js';
import { insertDocuments } from './documents.js';

export const MAX_ATTEMPTS = 3;

export interface QueuedDocument {
  seq: number;
  doc: Document;
  /** Claims so far, this one included. */
  attempts: number;
}

/** A row that can be claimed: no live lease, and not given up. */
const CLAIMABLE = `(lease_until IS NULL OR lease_until < now()) AND (last_error IS NULL OR attempts < ${MAX_ATTEMPTS})`;

/** Takes up to `size` documents, oldest first, for `owner` until `leaseSeconds` from now. */
export async function claimBatch(pool: pg.Pool, owner: string, size: number, leaseSeconds: number): Promise<QueuedDocument[]> {
  const rows = await pool.query<{ seq: string; source: Document; attempts: number }>(
    `UPDATE ingest_queue SET lease_owner = $1, lease_until = now() + make_interval(secs => $2), attempts = attempts + 1
     WHERE id IN (SELECT id FROM ingest_queue WHERE ${CLAIMABLE} ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING seq, source, attempts`,
    [owner, leaseSeconds, size],
  );
  return rows.rows.map((row) => ({ seq: Number(row.seq), doc: row.source, attempts: row.attempts }))
    .sort((a, b) => a.seq - b.seq);
}

/** Moves the lease on while a batch is still being extracted; a batch another worker has since taken is left to it. */
export async function renewLease(pool: pg.Pool, owner: string, ids: readonly string[], leaseSeconds: number): Promise<void> {
  await pool.query(
    'UPDATE ingest_queue SET lease_until = now() + make_interval(secs => $3) WHERE id = ANY($2) AND lease_owner = $1',
    [owner, ids, leaseSeconds],
  );
}

export interface FailedDocument {
  id: string;
  error: string;
}

/**
 * In one transaction: stores the extracted documents (one another worker stored first is
 * skipped), records why the failed ones failed and frees them for another try, and takes the
 * stored ones off the queue. Returns the ids this call stored.
 */
export function completeBatch(pool: pg.Pool, batch: readonly QueuedDocument[], extracted: readonly ExtractedDocument[], failed: readonly FailedDocument[]): Promise<string[]> {
  return inTransaction(pool, async (client) => {
    const stored = await insertDocuments(client, extracted);
    // a document takes its place in the corpus from when it was enqueued, not from which worker
    // finished first: the graph's evidence is in that order, as `kg build` of the same inputs has it
    await client.query(
      'UPDATE documents SET seq = q.seq FROM unnest($1::text[], $2::bigint[]) AS q(id, seq) WHERE documents.id = q.id',
      [stored, stored.map((id) => batch.find((item) => item.doc.id === id)!.seq)],
    );
    for (const failure of failed) {
      await client.query('UPDATE ingest_queue SET lease_owner = NULL, lease_until = NULL, last_error = $2 WHERE id = $1', [failure.id, failure.error]);
    }
    await client.query('DELETE FROM ingest_queue WHERE id = ANY($1)', [extracted.map((doc) => doc.id)]);
    if (stored.length > 0) await bumpDocumentsVersion(client);
    return stored;
  });
}

/** Gives a batch back at once (a worker that cannot go on), rather than when its lease runs out. */
export async function releaseBatch(pool: pg.Pool, owner: string, batch: readonly QueuedDocument[]): Promise<void> {
  await pool.query(
    'UPDATE ingest_queue SET lease_owner = NULL, lease_until = NULL WHERE id = ANY($2) AND lease_owner = $1',
    [owner, batch.map((item) => item.doc.id)],
  );
}

export interface QueueStatus {
  /** Documents no worker holds, ready to be claimed. */
  waiting: number;
  /** Documents a worker holds under a live lease. */
  leased: number;
  /** Documents given up after MAX_ATTEMPTS failures, with the last error. */
  failed: { id: string; source: string; attempts: number; error: string }[];
}

export async function queueStatus(pool: pg.Pool): Promise<QueueStatus> {
  const counts = await pool.query<{ waiting: string; leased: string }>(
    `SELECT count(*) FILTER (WHERE ${CLAIMABLE}) AS waiting, count(*) FILTER (WHERE lease_until >= now()) AS leased FROM ingest_queue`);
  const failed = await pool.query<{ id: string; source: string; attempts: number; error: string }>(
    `SELECT id, source->>'source' AS source, attempts, last_error AS error FROM ingest_queue
     WHERE last_error IS NOT NULL AND attempts >= ${MAX_ATTEMPTS} AND (lease_until IS NULL OR lease_until < now()) ORDER BY seq`);
  return { waiting: Number(counts.rows[0]?.waiting ?? 0), leased: Number(counts.rows[0]?.leased ?? 0), failed: failed.rows };
}
