/**
 * The PostgreSQL store's tables, created and migrated by kg itself (`kg db init`). Each migration
 * runs once, in order, in one transaction, and `kg_schema` records the version reached, so a
 * store made by an older kg is brought forward and a newer one is refused rather than misread.
 *
 * What is stored, and by whom:
 * - the documents, their sentences and triples (with their mentions), the lexicon: written by
 *   `kg worker` (or `kg build`/`add`), one transaction per batch; the graph is derived from these;
 * - the ingest queue: documents enqueued by `kg ingest`, claimed by workers under a lease;
 * - overrides: merges and unmerges decided by hand;
 * - the derived graph (nodes, names, edges, evidence, merges, graph attributes): replaced as a
 *   whole, in one transaction, by `kg resolve`; servers read it without loading it.
 */
import type { PoolClient } from 'pg';
import { StoreError } from '../../errors/index.js';

/**
 * The derived graph's secondary indexes and foreign keys, as migration `version` leaves them (by
 * default the latest): what a bulk load drops first and builds again after, which halves its time
 * (withoutDerivedLinks). A migration that changes one changes it here too, for its version on, and
 * drops and creates it itself; the first migration creates them as they were then.
 */
function derivedLinks(version: 1 | 2 = 2): { create: string; drop: string }[] {
  const index = (name: string, definition: string): { create: string; drop: string } => ({ create: `CREATE INDEX ${name} ON ${definition}`, drop: `DROP INDEX ${name}` });
  const foreignKey = (table: string, name: string, definition: string): { create: string; drop: string } =>
    ({ create: `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`, drop: `ALTER TABLE ${table} DROP CONSTRAINT ${name}` });
  return [
    index('nodes_degree', 'nodes (degree DESC, key)'),
    ...(version === 1 ? [
      index('node_names_prefix', 'node_names (name text_pattern_ops)'),
      index('node_names_trigram', 'node_names USING gin (name gin_trgm_ops)'),
    ] : [
      // search and the console's names (store/postgres/serve/names.ts): by prefix, and by trigram for a word inside a name or a misspelt one
      index('node_names_normal', 'node_names (normal text_pattern_ops)'),
      index('node_names_normal_trigram', 'node_names USING gin (normal gin_trgm_ops)'),
    ]),
    // path search expands a frontier both ways
    index('edges_source', 'edges (source)'),
    index('edges_target', 'edges (target)'),
    // a document's edges, for its page
    index('evidence_doc', 'evidence (doc_id)'),
    foreignKey('node_names', 'node_names_node', 'FOREIGN KEY (node) REFERENCES nodes (key) ON DELETE CASCADE'),
    foreignKey('edges', 'edges_source_node', 'FOREIGN KEY (source) REFERENCES nodes (key) ON DELETE CASCADE'),
    foreignKey('edges', 'edges_target_node', 'FOREIGN KEY (target) REFERENCES nodes (key) ON DELETE CASCADE'),
    foreignKey('evidence', 'evidence_edge', 'FOREIGN KEY (edge) REFERENCES edges (key) ON DELETE CASCADE'),
  ];
}

/**
 * Runs a bulk load of the derived tables (in the caller's transaction) with their secondary
 * indexes and foreign keys dropped, then builds them again, which checks every key the load wrote.
 * The tables are locked for the whole transaction: for loading a store nobody is reading yet.
 */
export async function withoutDerivedLinks<T>(client: PoolClient, load: () => Promise<T>): Promise<T> {
  const links = derivedLinks();
  for (const link of [...links].reverse()) await client.query(link.drop);
  const loaded = await load();
  for (const link of links) await client.query(link.create);
  return loaded;
}

/** The migrations in order; the schema's version is how many have run. Never edit one that shipped: add another. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  CREATE TABLE kg_meta (key text PRIMARY KEY, value json NOT NULL);

  CREATE TABLE documents (
    id text PRIMARY KEY,
    seq bigserial UNIQUE,
    title text NOT NULL,
    source text NOT NULL,
    date text,
    external_id text,
    url text,
    text text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX documents_date ON documents (date, id);

  CREATE TABLE sentences (
    doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx integer NOT NULL,
    start_at integer NOT NULL,
    end_at integer NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );

  -- the triple as extracted, mentions included. Columns kg reads back whole are json, not jsonb:
  -- json keeps the text as written, key order included, so a store reads back exactly as saved
  CREATE TABLE triples (
    doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx integer NOT NULL,
    sentence integer NOT NULL,
    lemma text NOT NULL,
    subject_name text NOT NULL,
    object_name text NOT NULL,
    reading json NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );

  CREATE TABLE lexicon (word text PRIMARY KEY, tag text NOT NULL);

  CREATE TABLE overrides (seq bigserial PRIMARY KEY, decision json NOT NULL);

  CREATE TABLE ingest_queue (
    id text PRIMARY KEY,
    seq bigserial UNIQUE,
    source json NOT NULL,
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    lease_owner text,
    lease_until timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    last_error text
  );

  CREATE TABLE nodes (
    key text PRIMARY KEY,
    seq integer NOT NULL UNIQUE,
    label text NOT NULL,
    type text NOT NULL,
    degree integer NOT NULL,
    role boolean NOT NULL,
    overview boolean NOT NULL,
    attributes json NOT NULL
  );

  -- every name an actor goes by, lowercased: search by prefix and by trigram similarity
  CREATE TABLE node_names (
    node text NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (node, name)
  );

  CREATE TABLE edges (
    key text PRIMARY KEY,
    seq integer NOT NULL UNIQUE,
    source text NOT NULL,
    target text NOT NULL,
    lemma text NOT NULL,
    weight integer NOT NULL,
    attributes json NOT NULL
  );

  CREATE TABLE evidence (
    edge text NOT NULL,
    idx integer NOT NULL,
    doc_id text NOT NULL,
    item json NOT NULL,
    PRIMARY KEY (edge, idx)
  );

  CREATE TABLE merges (
    seq integer PRIMARY KEY,
    node text NOT NULL,
    merge json NOT NULL
  );
  CREATE INDEX merges_node ON merges (node);
  ${derivedLinks(1).map((link) => link.create).join(';\n')};
  `,
  // names as search and the console compare them (query/names.ts: no case, accents or dots), so a
  // server finds an actor by an index rather than by loading every name. `kg resolve` writes them
  // exactly; a graph written before this migration gets this approximation (accents kept) until then
  `
  ALTER TABLE node_names ADD COLUMN normal text NOT NULL DEFAULT '';
  UPDATE node_names SET normal = btrim(regexp_replace(replace(name, '.', ''), '[^[:alnum:]]+', ' ', 'g'));
  DROP INDEX node_names_prefix;
  DROP INDEX node_names_trigram;
  CREATE INDEX node_names_normal ON node_names (normal text_pattern_ops);
  CREATE INDEX node_names_normal_trigram ON node_names USING gin (normal gin_trgm_ops);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The version a database is at: 0 when kg has never run there. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const found = await client.query<{ present: boolean }>(`SELECT to_regclass('kg_schema') IS NOT NULL AS present`);
  if (found.rows[0]?.present !== true) return 0;
  const row = await client.query<{ version: number }>('SELECT max(version) AS version FROM kg_schema');
  return row.rows[0]?.version ?? 0;
}

/**
 * Brings the schema to this kg's version; returns the versions it moved between. An advisory
 * lock keeps two `kg db init` from migrating at once.
 */
export async function migrate(client: PoolClient, store: string): Promise<{ from: number; to: number }> {
  await client.query('SELECT pg_advisory_lock(hashtext($1))', ['kg schema']);
  try {
    const from = await schemaVersion(client);
    if (from > SCHEMA_VERSION) throw newerSchema(store, from);
    await client.query('CREATE TABLE IF NOT EXISTS kg_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[version - 1]!);
        await client.query('INSERT INTO kg_schema (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return { from, to: SCHEMA_VERSION };
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['kg schema']);
  }
}

/** Refuses a database kg has not set up, or one set up by another version, with what to run. */
export async function requireSchema(client: PoolClient, store: string): Promise<void> {
  const version = await schemaVersion(client);
  if (version === SCHEMA_VERSION) return;
  if (version > SCHEMA_VERSION) throw newerSchema(store, version);
  throw new StoreError(store, version === 0
    ? 'no kg tables in this database; run `kg db init --store URL` (with KG_STORE set) first'
    : `the schema is at version ${version}, this kg needs ${SCHEMA_VERSION}; run \`kg db init\` to migrate it`);
}

function newerSchema(store: string, version: number): StoreError {
  return new StoreError(store, `the schema is at version ${version}, newer than this kg knows (${SCHEMA_VERSION}); upgrade kg`);
}
