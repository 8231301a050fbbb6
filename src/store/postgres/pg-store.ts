/**
 * The PostgreSQL store: documents and the derived graph in tables (schema.ts), written in
 * transactions, so a reader sees a whole state and a killed writer leaves nothing half-written.
 * The same documents give the same graph as the file store: the graph is derived by the same
 * code (graph/corpus.ts) from the documents read back in full.
 */
import type pg from 'pg';
import { NotFoundError, StoreError } from '../../errors/index.js';
import { derivedGraph } from '../../graph/corpus.js';
import { STORE_VERSION, type StoreContents } from '../../graph/store-contents.js';
import type { AliasOverride, ExtractedDocument } from '../../types.js';
import { storeNow, type AddedDocuments, type ExtractionState, type GraphStore, type Storing } from '../graph-store.js';
import { connect, inTransaction, type Connection } from './connection.js';
import { readDerived, writeDerived } from './derived.js';
import { bumpDocumentsVersion, recordResolvedVersion } from './coverage.js';
import type { GraphStats } from '../../graph/stats.js';
import { storedStats } from './stats.js';
import { documentIds, insertDocuments, mergeLexicon, readDocuments, readLexicon } from './documents.js';

/** The advisory lock every writer of the graph takes (build, add, remove, merge, resolve). */
const WRITER_LOCK = 'kg writer';

export class PgStore implements GraphStore {
  private constructor(private readonly connection: Connection) {}

  static async open(url: string): Promise<PgStore> {
    return new PgStore(await connect(url));
  }

  get name(): string {
    return this.connection.name;
  }

  get pool(): pg.Pool {
    return this.connection.pool;
  }

  async exists(): Promise<boolean> {
    return true; // open() refuses a database without kg's tables
  }

  async load(): Promise<StoreContents> {
    return inTransaction(this.pool, async (client) => {
      // one snapshot: the documents and the graph derived from them agree
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const documents = await readDocuments(client);
      const { graph, merges } = await readDerived(client);
      return { format: 'kg-store', version: STORE_VERSION, documents, lexicon: await readLexicon(client), merges, overrides: await readOverrides(client), graph };
    });
  }

  async save(contents: StoreContents): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM documents');
      await client.query('DELETE FROM lexicon');
      await client.query('DELETE FROM overrides');
      await insertDocuments(client, contents.documents);
      await mergeLexicon(client, contents.lexicon);
      await writeOverrides(client, contents.overrides);
      await writeDerived(client, contents.graph, contents.merges);
      await bumpDocumentsVersion(client);
      await recordResolvedVersion(client);
    });
  }

  async extractionState(fresh = false): Promise<ExtractionState> {
    if (fresh) return { knownIds: new Set(), lexicon: {} };
    const client = await this.pool.connect();
    try {
      return { knownIds: await documentIds(client), lexicon: await readLexicon(client) };
    } finally {
      client.release();
    }
  }

  async addDocuments(documents: readonly ExtractedDocument[], lexicon: Record<string, string>, replace = false): Promise<AddedDocuments> {
    const added = await inTransaction(this.pool, async (client) => {
      if (replace) {
        await client.query('DELETE FROM documents');
        await client.query('DELETE FROM lexicon');
      }
      const ids = await insertDocuments(client, documents);
      await mergeLexicon(client, lexicon);
      await bumpDocumentsVersion(client);
      return ids;
    });
    const stored = added.length > 0 || replace ? await this.resolve() : await this.documentCount();
    return { added, documents: stored };
  }

  /**
   * Rebuilds the derived graph from every stored document, as the file store does on each change;
   * returns how many documents it was built from. Deterministic: the same documents and hand
   * decisions give the same graph, whoever stored them in whatever order.
   */
  async resolve(): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      // the documents read and the graph written are one snapshot; writers of documents go on
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const documents = await readDocuments(client);
      const { graph, merges } = derivedGraph(documents, await readOverrides(client));
      await writeDerived(client, graph, merges);
      await recordResolvedVersion(client);
      return documents.length;
    });
  }

  stats(top?: number): Promise<GraphStats> {
    return storedStats(this.pool, top);
  }

  /**
   * Deletes by id, so documents workers store meanwhile stay (loading the store and saving it back
   * would lose them), then resolves.
   */
  async removeDocuments(ids: readonly string[], storing: Storing = storeNow): Promise<number> {
    return storing(() => this.deleteAndResolve(ids));
  }

  private async deleteAndResolve(ids: readonly string[]): Promise<number> {
    await inTransaction(this.pool, async (client) => {
      const found = new Set((await client.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1) FOR UPDATE', [ids])).rows.map((row) => row.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing !== undefined) throw new NotFoundError(`no document with id ${JSON.stringify(missing)} in this graph`, missing);
      await client.query('DELETE FROM documents WHERE id = ANY($1)', [ids]);
      await bumpDocumentsVersion(client);
    });
    return this.resolve();
  }

  async addOverride(override: AliasOverride): Promise<void> {
    await this.pool.query('INSERT INTO overrides (decision) VALUES ($1)', [JSON.stringify(override)]);
    await this.resolve();
  }

  async documentCount(): Promise<number> {
    const rows = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM documents');
    return Number(rows.rows[0]?.n ?? 0);
  }

  async overrides(): Promise<AliasOverride[]> {
    const client = await this.pool.connect();
    try {
      return await readOverrides(client);
    } finally {
      client.release();
    }
  }

  /**
   * A session-level advisory lock on a client of its own, held while `work` runs. A writer killed
   * outright loses its connection, and PostgreSQL drops the lock with it: no lock is ever left behind.
   */
  async withLock<T>(command: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const taken = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [WRITER_LOCK]);
      if (taken.rows[0]?.ok !== true) {
        throw new StoreError(this.name, `another kg is changing this store, so \`${command}\` did not start; try again when it has finished`);
      }
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [WRITER_LOCK]).catch(() => undefined);
      }
    } finally {
      client.release();
    }
  }

  releaseNow(): void {
    // the server drops a session's advisory locks when its connection goes, as it does when this process ends
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function readOverrides(client: pg.PoolClient): Promise<AliasOverride[]> {
  return (await client.query<{ decision: AliasOverride }>('SELECT decision FROM overrides ORDER BY seq')).rows.map((row) => row.decision);
}

async function writeOverrides(client: pg.PoolClient, overrides: readonly AliasOverride[]): Promise<void> {
  for (const decision of overrides) await client.query('INSERT INTO overrides (decision) VALUES ($1)', [JSON.stringify(decision)]);
}

