/** SIGKILL at random moments, in the middle of saves and of whole `kg add` runs: the store always loads, as the old graph or the new. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStore } from '../src/graph/store.js';
import { runKg } from './support/run-kg.js';
import { seededRandom } from './support/seeded-random.js';

const SAVE_LOOP = path.resolve('dist/test/support/save-loop.js');


const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('killing kg while it saves', function () {
  this.timeout(240000);
  let folder: string;
  let older: string;
  let newer: string;
  const serialised = async (file: string): Promise<string> => JSON.stringify(await loadStore(file));

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-crash-'));
    older = path.join(folder, 'older.json');
    newer = path.join(folder, 'newer.json');
    assert.equal((await runKg(['build', 'seeds/000_f165c766ef995aa2.txt', 'seeds/001_6e11aa146ebfb646.txt', '--out', older])).code, 0);
    assert.equal((await runKg(['build', 'seeds', '--out', newer])).code, 0);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('SIGKILL at 40 random moments of a run of saves leaves the old store or the new one, never a broken one', async () => {
    const target = path.join(folder, 'target.json');
    copyFileSync(older, target);
    const expected = new Set([await serialised(older), await serialised(newer)]);
    const draw = seededRandom(20261123);
    let killedMidway = 0;
    for (let round = 0; round < 40; round++) {
      const child = spawn(process.execPath, [SAVE_LOOP, target, older, newer], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      // wait for the first save to begin, then kill somewhere in the saves that follow
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await wait(draw() * 120);
      child.kill('SIGKILL');
      await exited;
      const loaded = await serialised(target);
      assert.ok(expected.has(loaded), `round ${round}: the store is neither the old graph nor the new`);
      if (readdirSync(folder).some((name) => name.startsWith('.target.json.tmp-'))) killedMidway++;
    }
    // a temporary file left behind shows a kill landed inside a save, before its rename
    assert.ok(killedMidway > 0, 'no kill landed inside a save');
  });

  it('SIGKILL at random moments of kg add: the store loads as before or after, and the next kg add takes over the lock', async () => {
    const target = path.join(folder, 'added.json');
    // what an uninterrupted kg add makes (its lexicon grows from the first two documents, so it is not quite a fresh build)
    const added = path.join(folder, 'added-cleanly.json');
    copyFileSync(older, added);
    assert.equal((await runKg(['add', 'seeds', '--graph', added])).code, 0);
    const after = await serialised(added);
    const expected = new Set([await serialised(older), after]);
    const draw = seededRandom(7);
    for (let round = 0; round < 4; round++) {
      copyFileSync(older, target);
      const child = spawn(process.execPath, ['dist/src/cli/main.js', 'add', 'seeds', '--graph', target], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      await wait(300 + draw() * 1500);
      child.kill('SIGKILL');
      await exited;
      assert.ok(expected.has(await serialised(target)), `round ${round}`);
      const next = await runKg(['add', 'seeds', '--graph', target]);
      assert.equal(next.code, 0, next.stderr);
      assert.equal(await serialised(target), after);
    }
  });
});
