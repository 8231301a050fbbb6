/**
 * Distributed ingest survives workers killed outright: 40 corpus articles enqueued, `kg worker`
 * processes SIGKILLed at random moments and replaced until the queue drains, then `kg resolve`.
 * The store must hold what a clean `kg build` of the same articles holds, each document once.
 */
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { initialisedDatabase } from '../support/kg-database.js';
import { endsWithin, runKg, startKg, type RunningKg } from '../support/run-kg.js';
import { seededRandom } from '../support/seeded-random.js';
import { buildStore, CORPUS } from '../support/stores.js';

/** Workers running at once, and how many of them are killed along the way. */
const WORKERS = 3;
const KILLS = 6;

describe('kg worker killed mid-batch', function () {
  this.timeout(600_000);
  let cluster: PgCluster;
  let folder: string;
  let articles: string;
  let url: string;

  before(async () => {
    cluster = await startCluster();
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-kill-'));
    articles = path.join(folder, 'corpus-40.jsonl');
    const lines = (await fs.readFile(CORPUS, 'utf8')).split('\n').slice(0, 40);
    await fs.writeFile(articles, `${lines.join('\n')}\n`);
    url = await initialisedDatabase(cluster);
  });
  after(async () => {
    await cluster?.stop();
    if (folder !== undefined) await fs.rm(folder, { recursive: true, force: true });
  });

  it('loses nothing and stores nothing twice: the graph, merges and documents equal a clean build', async () => {
    const env = { KG_STORE: url };
    const ingest = await runKg(['ingest', articles], { env });
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.match(ingest.stdout, /^Enqueued 40 document\(s\)/);

    const store = await PgStore.open(url);
    try {
      const random = seededRandom(20_190_101);
      const start = (): RunningKg => startKg(['worker', '--drain', '--batch', '3', '--lease', '3', '-w', '1'], { env });
      const running = new Set(Array.from({ length: WORKERS }, start));
      let abandoned = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        await new Promise((resolve) => setTimeout(resolve, 500 + random() * 2500));
        const live = [...running].filter((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
        if (live.length === 0) break;
        // a worker holding a batch, when one comes within a while: a kill between batches would prove little
        const holding = await holdersWithin(store, live, 30_000);
        const pool = holding.length > 0 ? holding : live;
        const victim = pool[Math.floor(random() * pool.length)]!;
        victim.child.kill('SIGKILL');
        await victim.done;
        abandoned += await leasedBy(store, victim);
        running.delete(victim);
        running.add(start());
      }
      for (const worker of running) {
        const run = await endsWithin(worker, 300_000);
        assert.equal(run.code, 0, `a worker that was not killed ends well: ${run.stderr}`);
      }
      assert.ok(abandoned > 0, 'some kill left a batch leased, to come back when its lease ran out');
      assert.equal((await store.pool.query('SELECT id FROM ingest_queue')).rowCount, 0, 'the queue drained');

      const resolve = await runKg(['resolve'], { env });
      assert.equal(resolve.code, 0, resolve.stderr);
      const duplicates = await store.pool.query('SELECT id FROM documents GROUP BY id HAVING count(*) > 1');
      assert.equal(duplicates.rowCount, 0, 'no document stored twice');

      const [stored, clean] = [await store.load(), await buildStore([articles])];
      assert.equal(JSON.stringify(stored.graph), JSON.stringify(clean.graph), 'the same graph, byte for byte');
      assert.deepEqual(stored.merges, clean.merges);
      const byId = (documents: typeof clean.documents): typeof clean.documents => [...documents].sort((a, b) => a.id.localeCompare(b.id));
      assert.deepEqual(byId(stored.documents), byId(clean.documents));
      assert.deepEqual(stored.lexicon, clean.lexicon);
    } finally {
      await store.close();
    }
  });
});

/** The workers of `live` holding a batch, as soon as one does (a loaded machine starts them slowly); none if none does by `ms`. */
async function holdersWithin(store: PgStore, live: RunningKg[], ms: number): Promise<RunningKg[]> {
  const until = performance.now() + ms;
  for (;;) {
    const holding = await holdersOf(store, live.filter((worker) => worker.child.exitCode === null));
    if (holding.length > 0 || performance.now() > until) return holding;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The workers of `live` that hold a batch right now. */
async function holdersOf(store: PgStore, live: RunningKg[]): Promise<RunningKg[]> {
  const owners = (await store.pool.query<{ owner: string }>('SELECT DISTINCT lease_owner AS owner FROM ingest_queue WHERE lease_until > now()')).rows;
  return live.filter((worker) => owners.some((row) => row.owner.split(':')[1] === String(worker.child.pid)));
}

/** Documents a (killed) worker still holds under a live lease. */
async function leasedBy(store: PgStore, worker: RunningKg): Promise<number> {
  const rows = await store.pool.query<{ owner: string }>('SELECT lease_owner AS owner FROM ingest_queue WHERE lease_until > now()');
  return rows.rows.filter((row) => row.owner.split(':')[1] === String(worker.child.pid)).length;
}
