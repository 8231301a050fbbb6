/** `kg worker` stopped by a signal: the first finishes and stores the batch in hand, a second abandons it to its lease. */
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { initialisedDatabase, paragraphFiles } from '../support/kg-database.js';
import { endsWithin, runKg, startKg, until, type RunningKg } from '../support/run-kg.js';

describe('kg worker stopped by a signal', function () {
  this.timeout(300_000);
  let cluster: PgCluster;
  let folder: string;
  let files: string[];

  before(async () => {
    cluster = await startCluster();
    ({ folder, files } = await paragraphFiles(12));
  });
  after(async () => {
    await cluster?.stop();
    if (folder !== undefined) await fs.rm(folder, { recursive: true, force: true });
  });

  async function queued(): Promise<{ env: NodeJS.ProcessEnv; store: PgStore }> {
    const url = await initialisedDatabase(cluster);
    const ingest = await runKg(['ingest', ...files], { env: { KG_STORE: url } });
    assert.equal(ingest.code, 0, ingest.stderr);
    return { env: { KG_STORE: url }, store: await PgStore.open(url) };
  }
  const leasedBy = async (store: PgStore, worker: RunningKg): Promise<number> =>
    (await store.pool.query<{ owner: string }>('SELECT lease_owner AS owner FROM ingest_queue WHERE lease_until > now()'))
      .rows.filter((row) => row.owner.split(':')[1] === String(worker.child.pid)).length;

  it('stops claiming on SIGINT, stores the batch in hand, and ends well', async () => {
    const { env, store } = await queued();
    try {
      const worker = startKg(['worker', '--batch', '2', '-w', '1'], { env });
      await until(() => /^batch 1:/m.test(worker.stdout), worker);
      worker.child.kill('SIGINT');
      const run = await endsWithin(worker, 120_000);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /SIGINT: finishing the batch in hand, then stopping/);
      const batches = Number(/stopped after (\d+) batch/.exec(run.stdout)?.[1]);
      assert.ok(batches >= 1 && batches < 6, run.stdout);
      assert.equal(await store.documentCount(), 2 * batches);
      assert.equal(await leasedBy(store, worker), 0, 'nothing left held');
      assert.equal((await store.pool.query('SELECT id FROM ingest_queue WHERE lease_until IS NULL')).rowCount, 12 - 2 * batches);
    } finally {
      await store.close();
    }
  });

  it('ends at once on a second SIGINT, leaving its batch to come back when the lease runs out', async () => {
    const { env, store } = await queued();
    try {
      const worker = startKg(['worker', '--batch', '6', '-w', '1'], { env });
      let holding = 0;
      // the first batch is still being extracted a while later: the threads load the parser first
      for (let tries = 0; holding === 0 && tries < 500; tries++) {
        holding = await leasedBy(store, worker);
        if (holding === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(holding > 0, `the worker claimed a batch; stderr: ${worker.stderr}`);
      worker.child.kill('SIGINT');
      await until(() => /finishing the batch in hand/.test(worker.stderr), worker);
      worker.child.kill('SIGINT');
      const run = await endsWithin(worker, 60_000);
      assert.equal(run.signal, 'SIGINT');
      assert.equal(await leasedBy(store, worker), holding, 'its batch is still leased, to no one alive');
      assert.equal(await store.documentCount(), 0);
    } finally {
      await store.close();
    }
  });
});
