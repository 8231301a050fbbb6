/** Ctrl-C in the middle of `kg add`: the workers stop, the store stays as it was, the exit code says so. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KG, runKg } from '../support/run-kg.js';

describe('interrupting a build', function () {
  this.timeout(120000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-interrupt-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('Ctrl-C during kg add leaves the saved store byte for byte and exits 130', async () => {
    const store = path.join(folder, 'seeds.json');
    assert.equal((await runKg(['build', 'seeds', '--out', store])).code, 0);
    const before = readFileSync(store);
    const child = spawn(process.execPath, [KG, 'add', 'data/corpora/wikinews-2019-2020/articles.jsonl', '--graph', store], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      // long enough for the workers to be busy, far too short to extract 293 articles
      setTimeout(() => child.kill('SIGINT'), 2500);
    });
    assert.equal(code, 130, stderr);
    assert.match(stderr, /interrupted; .*seeds\.json is as it was last saved/);
    assert.deepEqual(readFileSync(store), before);
  });
});
