/** Extraction on worker threads: the same store whatever the number of workers, the same graph whatever the input order. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractDocuments } from '../../src/cli/extract-documents.js';
import { addDocuments, emptyStore } from '../../src/graph/corpus.js';
import type { StoreContents } from '../../src/graph/store.js';
import { runKg } from '../support/run-kg.js';

const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';

async function build(paths: string[], workers: number): Promise<StoreContents> {
  const errors: unknown[] = [];
  const run = await extractDocuments(paths, { knownIds: new Set(), lexicon: {}, onError: (e) => errors.push(e), workers });
  assert.deepEqual(errors, []);
  return addDocuments(emptyStore(), run.documents, run.lexicon).store;
}

describe('extraction on worker threads', function () {
  this.timeout(180000);
  let folder: string;
  let sample: string;
  let reversed: string;

  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-workers-'));
    // 40 articles of the corpus: enough to share names across documents, quick enough to build three times
    const lines = readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, 40);
    sample = path.join(folder, 'sample.jsonl');
    reversed = path.join(folder, 'reversed.jsonl');
    writeFileSync(sample, `${lines.join('\n')}\n`);
    writeFileSync(reversed, `${[...lines].reverse().join('\n')}\n`);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('1 worker and 4 workers give the same store, byte for byte', async () => {
    const [one, four] = [await build([sample], 1), await build([sample], 4)];
    assert.ok(one.graph.edges.length > 300, String(one.graph.edges.length));
    assert.equal(JSON.stringify(four), JSON.stringify(one));
  });

  it('the input in reverse order gives the same graph and the same lexicon', async () => {
    const [forward, backward] = [await build([sample], 2), await build([reversed], 2)];
    assert.equal(JSON.stringify(backward.graph), JSON.stringify(forward.graph));
    assert.deepEqual(backward.lexicon, forward.lexicon);
    assert.deepEqual(backward.documents.map((d) => d.id).reverse(), forward.documents.map((d) => d.id));
  });

  it('keeps the documents in input order and skips ids it has seen, in the store or in the run', async () => {
    const first = await build([sample], 2);
    const ids = first.documents.map((d) => d.id);
    const again = await extractDocuments([sample, sample], { knownIds: new Set(ids.slice(0, 10)), lexicon: first.lexicon, onError: assert.fail, workers: 2 });
    assert.deepEqual(again.documents.map((d) => d.id), ids.slice(10));
    assert.equal(again.known, 10 + 40);
  });

  it('kg build --workers 1 and --workers 3 write the same store file, byte for byte', async () => {
    const [one, three] = [path.join(folder, 'one.json'), path.join(folder, 'three.json')];
    for (const [out, workers] of [[one, '1'], [three, '3']] as const) {
      const run = await runKg(['build', 'seeds', '--out', out, '--workers', workers]);
      assert.equal(run.code, 0, run.stderr);
    }
    assert.deepEqual(readFileSync(three), readFileSync(one));
    assert.match((await runKg(['build', 'seeds', '--out', one, '--workers', '0'])).stderr, /whole number of 1 or more/);
  });

  it('stops when told to (Ctrl-C), throwing InterruptedError', async () => {
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 300);
    await assert.rejects(
      extractDocuments([CORPUS], { knownIds: new Set(), lexicon: {}, onError: assert.fail, workers: 2, signal: interrupt.signal }),
      (error: Error) => error.name === 'InterruptedError',
    );
  });
});
