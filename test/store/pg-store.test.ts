import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import pg from 'pg';
import { seedStore } from '../support/stores.js';
import { migrate, SCHEMA_VERSION } from '../../src/store/postgres/schema.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { connect, storeName } from '../../src/store/postgres/connection.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { runKg } from '../support/run-kg.js';
import type { StoreContents } from '../../src/graph/store.js';

describe('the PostgreSQL store', function () {
  this.timeout(300_000);
  let cluster: PgCluster;
  let seeds: StoreContents;

  before(async () => {
    cluster = await startCluster();
    seeds = await seedStore();
  });
  after(async () => cluster?.stop());

  async function initialised(): Promise<string> {
    const url = await cluster.createDatabase();
    const { pool } = await connect(url, { forInit: true });
    const client = await pool.connect();
    try {
      assert.deepEqual(await migrate(client, storeName(url)), { from: 0, to: SCHEMA_VERSION });
      assert.deepEqual(await migrate(client, storeName(url)), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    } finally {
      client.release();
      await pool.end();
    }
    return url;
  }

  it('reads back exactly what was saved: documents, lexicon, merges, hand decisions and graph', async () => {
    const store = await PgStore.open(await initialised());
    try {
      await store.save(seeds);
      const read = await store.load();
      assert.deepEqual(read.graph, seeds.graph);
      assert.equal(JSON.stringify(read.graph), JSON.stringify(seeds.graph), 'byte for byte, key order included');
      assert.deepEqual(read.merges, seeds.merges);
      assert.deepEqual(read.overrides, seeds.overrides);
      assert.deepEqual(read.lexicon, seeds.lexicon);
      assert.deepEqual(read.documents, seeds.documents);
    } finally {
      await store.close();
    }
  });

  it('refuses a database kg has not set up, naming the store but never the password', async () => {
    const url = await cluster.createDatabase();
    const password = new URL(url).password;
    await assert.rejects(PgStore.open(url), (error: Error) => {
      assert.match(error.message, /no kg tables in this database; run `kg db init/);
      assert.ok(error.message.includes(storeName(url)));
      assert.ok(!error.message.includes(password));
      return true;
    });
  });

  it('says it cannot connect, without the password, when the server is not there', async () => {
    const url = 'postgres://kg:s3cret-pass@127.0.0.1:1/kg';
    await assert.rejects(PgStore.open(url), (error: Error) => {
      assert.match(error.message, /^postgres:\/\/kg@127\.0\.0\.1:1\/kg: cannot connect/);
      assert.ok(!error.message.includes('s3cret-pass'));
      return true;
    });
  });

  it('lets one writer at a time hold the store', async () => {
    const url = await initialised();
    const [a, b] = [await PgStore.open(url), await PgStore.open(url)];
    try {
      await a.withLock('kg add x', async () => {
        await assert.rejects(b.withLock('kg add y', async () => 1), /another kg is changing this store, so `kg add y` did not start/);
      });
      assert.equal(await b.withLock('kg add y', async () => 2), 2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('`kg db init` creates the schema once and then says there is nothing to do; it refuses a store file', async () => {
    const url = await cluster.createDatabase();
    const first = await runKg(['db', 'init'], { env: { KG_STORE: url } });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `${storeName(url)}: schema created at version ${SCHEMA_VERSION}.\n`);
    const again = await runKg(['db', 'init', '--store', url]);
    assert.equal(again.stdout, `${storeName(url)}: the schema is at version ${SCHEMA_VERSION} already; nothing to do.\n`);
    const file = await runKg(['db', 'init', '--store', 'graph/x.json']);
    assert.equal(file.code, 1);
    assert.match(file.stderr, /kg db init sets up a PostgreSQL store/);
  });

  it('never prints the password of KG_STORE, whatever goes wrong', async () => {
    const url = await cluster.createDatabase();
    const password = new URL(url).password;
    const wrong = url.replace(password, 'not-the-password-1234');
    for (const [env, args] of [[{ KG_STORE: wrong }, ['stats']], [{ KG_STORE: url }, ['stats']], [{}, ['aliases', '--store', wrong]]] as const) {
      const run = await runKg([...args], { env });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^kg: postgres:\/\/kg@127\.0\.0\.1:\d+\/kg_test_\w+: (cannot connect|no kg tables)/);
      assert.ok(!run.stderr.includes(password) && !run.stderr.includes('not-the-password-1234'), run.stderr);
    }
  });

  it('runs as a role that is no superuser', async () => {
    const client = new pg.Client({ connectionString: await cluster.createDatabase() });
    await client.connect();
    try {
      const row = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
      assert.equal(row.rows[0]?.rolsuper, false);
    } finally {
      await client.end();
    }
  });
});
