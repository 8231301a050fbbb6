/**
 * A PostgreSQL store as the server's GraphSource: every route reads the part of the graph its
 * answer needs, bounded whatever the graph's size, and never the whole graph (exports aside).
 * The write routes are not offered: documents reach this store through `kg ingest` and `kg worker`.
 */
import type { QueryAnswer } from '../../../api-types.js';
import { RequestError } from '../../../errors/index.js';
import type { LoadedGraph } from '../../../graph/loaded-graph.js';
import type { GraphStats } from '../../../graph/stats.js';
import type { StoreContents } from '../../../graph/store.js';
import type { QueryClock } from '../../../query/clock.js';
import type { QueryLimits } from '../../../query/limits.js';
import type { DrawnPart, GraphSource, Scope } from '../../../server/graph-source.js';
import type { PgStore } from '../pg-store.js';
import { readPart } from './graph-part.js';
import { incidentEdges } from './incident-edges.js';
import { searchCandidates } from './names.js';
import { READ_LIMITS, answerFromSql, type AnswerOn } from './query-answer.js';
import { snapshotReader, type Reader } from './reader.js';
import { storedStats } from '../stats.js';
import { wholeCounts } from './whole-counts.js';

export const READ_ONLY = 'a server on a PostgreSQL store does not take documents: add them with `kg ingest` and `kg worker`';

export class PgSource implements GraphSource {
  readonly #read: Reader;

  constructor(private readonly store: PgStore) {
    this.#read = snapshotReader(store.pool, store.name);
  }

  get name(): string {
    return this.store.name;
  }

  /**
   * The `limit` best-connected nodes (the overview's first, for `all`) and the edges among them:
   * the page draws what matters most, and `total` says how much more there is.
   */
  drawn(scope: Scope, limit: number): Promise<DrawnPart> {
    return this.#read(async (client) => {
      const nodes = (await client.query<{ key: string }>(
        `SELECT key FROM nodes ${scope === 'overview' ? 'WHERE overview' : ''} ORDER BY overview DESC, degree DESC, key COLLATE "C" LIMIT $1`, [limit])).rows.map((row) => row.key);
      const among = await client.query<{ key: string }>('SELECT key FROM edges WHERE source = ANY($1) AND target = ANY($1)', [nodes]);
      const loaded = await readPart(client, { nodes, edges: among.rows.map((row) => row.key), cited: 'titles' });
      return { loaded, whole: await wholeCounts(client, loaded) };
    });
  }

  forSearch(query: string, limit: number): Promise<LoadedGraph> {
    return this.#read(async (client) => readPart(client, { nodes: await searchCandidates(client, query, limit) }));
  }

  forNode(key: string): Promise<LoadedGraph> {
    return this.#read(async (client) => {
      const node = await client.query<{ documents: string[] }>(`SELECT attributes->'documents' AS documents FROM nodes WHERE key = $1`, [key]);
      if (node.rows.length === 0) return readPart(client, {});
      const edges = await incidentEdges(client, [key], READ_LIMITS.maxEdges);
      if (edges === null) throw new RequestError(`${key} has over ${READ_LIMITS.maxEdges} edges, more than a card reads from a PostgreSQL store; ask the console (show ${key}), which lists the best supported`, key);
      return readPart(client, { nodes: [key], edges: edges.map((edge) => edge.key), titlesOf: node.rows[0]!.documents });
    });
  }

  forEdge(key: string): Promise<LoadedGraph> {
    return this.#read((client) => readPart(client, { edges: [key] }));
  }

  forDocument(id: string): Promise<LoadedGraph> {
    return this.#read(async (client) => {
      const edges = await client.query<{ edge: string }>('SELECT DISTINCT edge FROM evidence WHERE doc_id = $1', [id]);
      return readPart(client, { edges: edges.rows.map((row) => row.edge), documents: [id], cited: 'titles' });
    });
  }

  answer(query: string, limits: QueryLimits, clock: QueryClock, answer: AnswerOn): Promise<QueryAnswer> {
    return answerFromSql(this.#read, query, limits, clock, answer);
  }

  stats(top: number): Promise<GraphStats> {
    return storedStats(this.store.pool, top);
  }

  /** Exports read the whole store, once per download. */
  exportStore(): Promise<StoreContents> {
    return this.store.load();
  }
}
