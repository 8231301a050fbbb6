/**
 * The same documents give the same graph in either store: the seeds and 40 corpus articles built
 * into a store file and into PostgreSQL by the `kg` command, then exported as JSON from each.
 */
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'mocha';
import type { StoreContents } from '../../src/graph/store.js';
import { CORPUS } from '../support/stores.js';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { runKg, type KgRun } from '../support/run-kg.js';

describe('a file store and a PostgreSQL store of the same documents', function () {
  this.timeout(600_000);
  let cluster: PgCluster;
  let folder: string;
  let env: NodeJS.ProcessEnv;
  const file = (): string => path.join(folder, 'graph.json');

  const kg = async (args: string[], environment: NodeJS.ProcessEnv = {}): Promise<KgRun> => {
    const run = await runKg(args, { env: environment });
    assert.equal(run.code, 0, `kg ${args.join(' ')}: ${run.stderr}`);
    return run;
  };
  const exported = async (name: string, environment: NodeJS.ProcessEnv, graph: string[] = []): Promise<StoreContents> => {
    const out = path.join(folder, name);
    await kg(['export', '-f', 'json', '-o', out, ...graph], environment);
    return JSON.parse(await fs.readFile(out, 'utf8')) as StoreContents;
  };

  before(async () => {
    cluster = await startCluster();
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-same-graph-'));
    const inputs = path.join(folder, 'inputs');
    await fs.cp('seeds', inputs, { recursive: true });
    const lines = (await fs.readFile(CORPUS, 'utf8')).split('\n').slice(0, 40);
    await fs.writeFile(path.join(inputs, 'corpus-40.jsonl'), `${lines.join('\n')}\n`);
    env = { KG_STORE: await cluster.createDatabase() };
    await kg(['db', 'init'], env);
    await kg(['build', inputs, '--out', file(), '-w', '2']);
    await kg(['build', inputs, '-w', '2'], env);
  });
  after(async () => {
    await cluster?.stop();
    if (folder !== undefined) await fs.rm(folder, { recursive: true, force: true });
  });

  it('exports the same nodes, edges, evidence and merges, byte for byte, and the same documents', async () => {
    const [fromFile, fromPostgres] = [await exported('file.json', {}, ['--graph', file()]), await exported('pg.json', env)];
    assert.ok(fromFile.graph.nodes.length > 500 && fromFile.graph.edges.length > 500, 'a graph worth comparing');
    assert.equal(JSON.stringify(fromPostgres.graph.nodes), JSON.stringify(fromFile.graph.nodes));
    assert.equal(JSON.stringify(fromPostgres.graph.edges), JSON.stringify(fromFile.graph.edges));
    assert.equal(JSON.stringify(fromPostgres.merges), JSON.stringify(fromFile.merges));
    assert.deepEqual(fromPostgres.graph.attributes, fromFile.graph.attributes);
    assert.deepEqual(fromPostgres.documents, fromFile.documents);
    assert.deepEqual(fromPostgres.lexicon, fromFile.lexicon);
  });

  it('counts the same in `kg stats`, which PostgreSQL counts without reading the graph', async () => {
    const [a, b] = [await kg(['stats', '--json', '--graph', file()]), await kg(['stats', '--json'], env)];
    assert.deepEqual(JSON.parse(b.stdout), JSON.parse(a.stdout));
  });

  it('answers `kg query` alike, PostgreSQL reading only the part of the graph each query walks', async () => {
    for (const query of ['path Blinken -> Taliban', 'paths "Joe Biden" -> Afghanistan k 3', 'neighbors Ghani depth 2 -hedged', 'edges from US', 'find blink', 'show Ghani']) {
      const [a, b] = [await kg(['query', query, '--json', '--graph', file()]), await kg(['query', query, '--json'], env)];
      assert.deepEqual(JSON.parse(b.stdout), JSON.parse(a.stdout), query);
    }
  });

  it('changes both alike: adding known documents changes nothing, removing one and merging by hand change the same', async () => {
    const again = await kg(['add', path.join(folder, 'inputs', 'corpus-40.jsonl')], env);
    assert.match(again.stdout, /Added 0 document\(s\), \d+ words, 40 already known/);
    const { documents } = JSON.parse((await kg(['stats', '--json'], env)).stdout) as { documents: number };
    assert.equal(documents, 44);
    const id = (await exported('ids.json', env)).documents[7]!.id;
    for (const environment of [{}, env]) {
      const graph = environment === env ? [] : ['--graph', file()];
      await kg(['remove', id, ...graph], environment);
      await kg(['merge', 'Ghani', 'Afghanistan', ...graph], environment);
    }
    const [fromFile, fromPostgres] = [await exported('file-2.json', {}, ['--graph', file()]), await exported('pg-2.json', env)];
    assert.equal(fromPostgres.documents.length, 43);
    assert.equal(JSON.stringify(fromPostgres.graph), JSON.stringify(fromFile.graph));
    assert.deepEqual(fromPostgres.overrides, [{ action: 'merge', names: ['Ghani', 'Afghanistan'] }]);
    assert.deepEqual(fromPostgres.overrides, fromFile.overrides);
  });
});
