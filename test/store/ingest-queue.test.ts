/**
 * The ingest queue on a real PostgreSQL server: what `kg ingest` enqueues, how workers claim,
 * store and give back batches, and when the derived graph needs resolving again.
 */
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import { wordCount } from '../../src/cli/first-pass.js';
import { ExtractorFailedError } from '../../src/errors/index.js';
import { readInputs, toDocument } from '../../src/ingest/index.js';
import { learnLexicon } from '../../src/nlp/lexicon.js';
import { ClaimedBatch } from '../../src/store/postgres/claimed-batch.js';
import { graphIsCurrent } from '../../src/store/postgres/coverage.js';
import { enqueueInputs } from '../../src/store/postgres/enqueue-inputs.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { claimBatch, completeBatch, MAX_ATTEMPTS, queueStatus, type QueuedDocument } from '../../src/store/postgres/queue.js';
import { resolveUntilCurrent } from '../../src/store/postgres/resolve-current.js';
import type { Document, ExtractedDocument } from '../../src/types.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { initialisedDatabase, paragraphFiles } from '../support/kg-database.js';
import { runKg } from '../support/run-kg.js';

describe('the ingest queue', function () {
  this.timeout(120_000);
  let cluster: PgCluster;
  let folder: string;
  let files: string[];
  const stores: PgStore[] = [];

  before(async () => {
    cluster = await startCluster();
    ({ folder, files } = await paragraphFiles(12));
  });
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await cluster?.stop();
    if (folder !== undefined) await fs.rm(folder, { recursive: true, force: true });
  });

  /** A store on a fresh database, and a second store on the same database (another worker). */
  async function freshStore(): Promise<PgStore> {
    return (await freshStores())[0];
  }
  async function freshStores(): Promise<[PgStore, PgStore]> {
    const url = await initialisedDatabase(cluster);
    const pair: [PgStore, PgStore] = [await PgStore.open(url), await PgStore.open(url)];
    stores.push(...pair);
    return pair;
  }
  const enqueue = (store: PgStore, paths: string[]): ReturnType<typeof enqueueInputs> =>
    enqueueInputs(store.pool, paths, { onError: (error) => assert.fail(error) });
  const queuedIds = async (store: PgStore): Promise<string[]> =>
    (await store.pool.query<{ id: string }>('SELECT id FROM ingest_queue ORDER BY seq')).rows.map((row) => row.id);
  const documentsOf = async (paths: string[]): Promise<Document[]> => {
    const documents: Document[] = [];
    for await (const source of readInputs(paths, { onError: (error) => assert.fail(error) })) documents.push(toDocument(source));
    return documents;
  };
  /** What a worker would store, without the extractor: the queue does not look inside. */
  const unread = (batch: readonly QueuedDocument[]): ExtractedDocument[] => batch.map((item) => ({ ...item.doc, sentences: [], triples: [] }));

  it('enqueues each new document once, in input order, skipping ids stored, queued or repeated, and stores their lexicon', async () => {
    const store = await freshStore();
    const [first, second, third] = [files.slice(0, 3), files.slice(3, 6), files.slice(6, 8)];
    const words = (await documentsOf(first)).reduce((sum, doc) => sum + wordCount(doc.text), 0);
    assert.deepEqual(await enqueue(store, first), { enqueued: 3, known: 0, words });
    // a worker stores the first two, so they leave the queue and enter the documents
    const batch = await claimBatch(store.pool, 'worker a', 2, 60);
    await completeBatch(store.pool, batch, unread(batch), []);
    const run = await enqueue(store, [...first, ...second, second[0]!]);
    assert.equal(run.enqueued, 3);
    assert.equal(run.known, 4, 'two stored, one queued, one repeated in the inputs');
    assert.deepEqual(await queuedIds(store), (await documentsOf([first[2]!, ...second])).map((doc) => doc.id));
    await enqueue(store, third);
    const lexicon = await store.extractionState();
    assert.deepEqual(lexicon.lexicon, {
      ...Object.fromEntries(learnLexicon((await documentsOf(first)).map((doc) => doc.text))),
      ...Object.fromEntries(learnLexicon((await documentsOf(second)).map((doc) => doc.text))),
      ...Object.fromEntries(learnLexicon((await documentsOf(third)).map((doc) => doc.text))),
    });
    assert.ok(Object.keys(lexicon.lexicon).length > 0, 'the paragraphs teach some names');
  });

  it('never gives two workers the same document, and skips rows another holds instead of waiting for them', async () => {
    const [store, other] = await freshStores();
    await enqueue(store, files);
    // a transaction holding the oldest three rows locked, as a claim in progress does
    const holder = await other.pool.connect();
    try {
      await holder.query('BEGIN');
      const held = (await holder.query<{ id: string }>('SELECT id FROM ingest_queue ORDER BY seq LIMIT 3 FOR UPDATE')).rows.map((row) => row.id);
      const next = await claimBatch(store.pool, 'worker a', 3, 60);
      assert.deepEqual(next.map((item) => item.doc.id), (await queuedIds(store)).slice(3, 6));
      assert.ok(next.every((item) => !held.includes(item.doc.id)));
      await holder.query('ROLLBACK');
    } finally {
      holder.release();
    }
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => claimBatch(i % 2 === 0 ? store.pool : other.pool, `worker ${i}`, 2, 60)));
    const ids = claims.flat().map((item) => item.doc.id);
    assert.equal(new Set(ids).size, ids.length, 'no document claimed twice');
    assert.equal(ids.length, files.length - 3, 'every document left was claimed');
  });

  it('returns a batch to the queue when its lease runs out, and the next claim counts another attempt', async () => {
    const store = await freshStore();
    await enqueue(store, files.slice(0, 2));
    const first = await claimBatch(store.pool, 'worker a', 5, 1);
    assert.equal(first.length, 2);
    assert.deepEqual(await claimBatch(store.pool, 'worker b', 5, 1), [], 'held while the lease runs');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await claimBatch(store.pool, 'worker b', 5, 60);
    assert.deepEqual(again.map((item) => item.doc.id), first.map((item) => item.doc.id));
    assert.deepEqual(again.map((item) => item.attempts), [2, 2]);
  });

  it(`gives a document up after ${MAX_ATTEMPTS} failed attempts and reports its error, while the others are stored`, async () => {
    const store = await freshStore();
    await enqueue(store, files.slice(0, 2));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const batch = await claimBatch(store.pool, 'worker a', 5, 60);
      const [bad, ...good] = batch;
      assert.ok(bad !== undefined, `attempt ${attempt} claims the failing document`);
      await completeBatch(store.pool, batch, unread(good), [{ id: bad.doc.id, error: `RangeError: attempt ${attempt}` }]);
    }
    assert.deepEqual(await claimBatch(store.pool, 'worker a', 5, 60), []);
    const status = await queueStatus(store.pool);
    assert.equal(status.waiting, 0);
    assert.deepEqual(status.failed.map((failed) => [failed.source, failed.attempts, failed.error]), [[files[0], MAX_ATTEMPTS, `RangeError: attempt ${MAX_ATTEMPTS}`]]);
    assert.equal(await store.documentCount(), 1);
  });

  it('a claimed batch, as the store addSources adds to, knows no id, records why the extractor failed on a document, and completes a batch that read nothing', async () => {
    const store = await freshStore();
    await enqueue(store, files.slice(0, 3));
    const batch = await claimBatch(store.pool, 'worker a', 5, 60);
    const [bad, ...good] = batch;
    assert.ok(bad !== undefined);
    const claimed = new ClaimedBatch(store.pool, batch);
    assert.equal((await claimed.extractionState()).knownIds.size, 0, 'a document another worker stored first is extracted and skipped when stored');
    claimed.noteProblem(new ExtractorFailedError(bad.doc.source, bad.doc.id, 'RangeError: too deep'));
    const { added } = await claimed.addDocuments(unread(good));
    assert.deepEqual(added, good.map((item) => item.doc.id));
    assert.deepEqual((await claimed.outcome()).failed, [{ id: bad.doc.id, error: 'RangeError: too deep' }]);
    const left = await store.pool.query<{ id: string; last_error: string }>('SELECT id, last_error FROM ingest_queue');
    assert.deepEqual(left.rows, [{ id: bad.doc.id, last_error: 'RangeError: too deep' }]);

    // every document failed: addSources adds nothing, so asking for the outcome completes the batch
    const again = new ClaimedBatch(store.pool, await claimBatch(store.pool, 'worker a', 5, 60));
    assert.deepEqual(await again.outcome(), { stored: [], extracted: [], failed: [{ id: bad.doc.id, error: 'the extractor gave no answer' }] });
    assert.equal((await queueStatus(store.pool)).waiting, 1, 'left for another try');
  });

  it('stores a document once when two workers complete it, in the order it was enqueued whoever finishes first', async () => {
    const store = await freshStore();
    await enqueue(store, files.slice(0, 4));
    const early = await claimBatch(store.pool, 'worker a', 2, 1);
    const late = await claimBatch(store.pool, 'worker b', 2, 60);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // worker a's lease ran out: worker c took its batch, and both finish it, after worker b
    const retaken = await claimBatch(store.pool, 'worker c', 2, 60);
    assert.deepEqual(retaken.map((item) => item.doc.id), early.map((item) => item.doc.id));
    assert.deepEqual(await completeBatch(store.pool, late, unread(late), []), late.map((item) => item.doc.id));
    assert.deepEqual(await completeBatch(store.pool, retaken, unread(retaken), []), early.map((item) => item.doc.id));
    assert.deepEqual(await completeBatch(store.pool, early, unread(early), []), [], 'already stored');
    const duplicates = await store.pool.query('SELECT id FROM documents GROUP BY id HAVING count(*) > 1');
    assert.equal(duplicates.rowCount, 0);
    const stored = (await store.pool.query<{ id: string }>('SELECT id FROM documents ORDER BY seq')).rows.map((row) => row.id);
    assert.deepEqual(stored, (await documentsOf(files.slice(0, 4))).map((doc) => doc.id));
    assert.deepEqual(await queuedIds(store), []);
  });

  it('knows when stored documents are missing from the graph, and resolves until none is; a held lock leaves it to the holder', async () => {
    const [store, other] = await freshStores();
    await enqueue(store, files.slice(0, 3));
    assert.equal(await graphIsCurrent(store.pool), true, 'nothing stored yet');
    const batch = await claimBatch(store.pool, 'worker a', 2, 60);
    await completeBatch(store.pool, batch, unread(batch), []);
    assert.equal(await graphIsCurrent(store.pool), false);
    const refused = await other.withLock('kg resolve', () => resolveUntilCurrent(store, 'kg worker: resolve'));
    assert.deepEqual(refused, { documents: undefined, leftToAnother: true });
    assert.deepEqual(await resolveUntilCurrent(store, 'kg worker: resolve'), { documents: 2, leftToAnother: false });
    assert.equal(await graphIsCurrent(store.pool), true);
    assert.deepEqual(await resolveUntilCurrent(store, 'kg worker: resolve'), { documents: undefined, leftToAnother: false }, 'current: nothing to do');
  });

  it('refuses a store file, or no store, without echoing what was given', async () => {
    for (const command of ['ingest', 'worker', 'resolve']) {
      const args = command === 'ingest' ? [command, files[0]!] : [command];
      const file = await runKg([...args, '--store', 'graph/secret-name.json'], { env: { KG_STORE: '' } });
      assert.equal(file.code, 1);
      assert.match(file.stderr, new RegExp(`^kg: kg ${command} works on a PostgreSQL store: give --store postgres://`));
      assert.ok(!file.stderr.includes('secret-name'));
      const none = await runKg(args, { env: { KG_STORE: '' } });
      assert.equal(none.code, 1);
      assert.match(none.stderr, /works on a PostgreSQL store/);
    }
  });

});
