/**
 * Whether the derived graph covers every stored document. Workers store documents without the
 * writer lock, so a resolve may start before the last batch commits; two counters in kg_meta say
 * when another resolve is needed: `documents version`, moved on by every batch a worker stores,
 * and `resolved version`, the documents version a resolve read its documents at.
 */
import type pg from 'pg';

/** Moves the documents version on, in the caller's transaction (last in it: the row is held until commit). */
export async function bumpDocumentsVersion(client: pg.PoolClient): Promise<void> {
  await client.query(
    `INSERT INTO kg_meta (key, value) VALUES ('documents version', '1')
     ON CONFLICT (key) DO UPDATE SET value = to_json((kg_meta.value::text)::bigint + 1)`);
}

/** Records, in a resolve's transaction, the documents version its snapshot saw. */
export async function recordResolvedVersion(client: pg.PoolClient): Promise<void> {
  await client.query(
    `INSERT INTO kg_meta (key, value)
     SELECT 'resolved version', coalesce((SELECT value FROM kg_meta WHERE key = 'documents version'), '0')
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
}

/** True when no worker has stored a document since the last resolve read the documents. */
export async function graphIsCurrent(pool: pg.Pool): Promise<boolean> {
  const rows = await pool.query<{ stored: string | null; resolved: string | null }>(
    `SELECT (SELECT value::text FROM kg_meta WHERE key = 'documents version') AS stored,
            (SELECT value::text FROM kg_meta WHERE key = 'resolved version') AS resolved`);
  const row = rows.rows[0];
  return Number(row?.stored ?? 0) === Number(row?.resolved ?? 0);
}
