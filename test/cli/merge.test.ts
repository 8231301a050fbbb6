/** `kg merge` and `kg unmerge` on the seeds: a merge decided by hand is kept in the store and survives rebuilds and `kg add`. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoreContents } from '../../src/graph/store.js';
import { runKg } from '../support/run-kg.js';

describe('kg merge and kg unmerge', function () {
  this.timeout(180000);
  let folder: string;
  let store: string;
  const read = (): StoreContents => JSON.parse(readFileSync(store, 'utf8')) as StoreContents;
  const nodeOf = (alias: string): string | undefined => read().graph.nodes.find((node) => node.attributes?.aliases[alias] !== undefined)?.key;
  const aliases = async (): Promise<string> => {
    const run = await runKg(['aliases', '--graph', store]);
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-merge-'));
    store = path.join(folder, 'seeds.json');
    const built = await runKg(['build', 'seeds', '--out', store]);
    assert.equal(built.code, 0, built.stderr);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('unmerge keeps a surname apart from the person, and says how to undo it', async () => {
    assert.equal(nodeOf('Khalilzad'), 'zalmay-khalilzad');
    const run = await runKg(['unmerge', 'Khalilzad', '--graph', store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Unmerged by hand: "Khalilzad" is now an actor of its own/);
    assert.equal(nodeOf('Khalilzad'), 'khalilzad');
    assert.equal(nodeOf('Zalmay Khalilzad'), 'zalmay-khalilzad');
    const listed = await aliases();
    assert.doesNotMatch(listed, /^Khalilzad → Zalmay Khalilzad/m);
    assert.match(listed, /^Decided by hand, in order \(kg merge \/ kg unmerge\):\n {2}keep "Khalilzad" apart$/m);
  });

  it('the unmerge survives kg add and a rebuild of the same file', async () => {
    const added = await runKg(['add', 'seeds', '--graph', store]);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(nodeOf('Khalilzad'), 'khalilzad');
    const rebuilt = await runKg(['build', 'seeds', '--out', store]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /Keeping 1 merge\(s\) decided by hand/);
    assert.equal(nodeOf('Khalilzad'), 'khalilzad');
  });

  it('merge joins two actors by hand, undoing the unmerge, with its reason listed', async () => {
    const run = await runKg(['merge', 'Khalilzad', 'Zalmay Khalilzad', '--graph', store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Merged by hand: "Khalilzad" and "Zalmay Khalilzad" are now one actor, Zalmay Khalilzad/);
    assert.equal(nodeOf('Khalilzad'), 'zalmay-khalilzad');
    assert.match(await aliases(), /^Khalilzad → Zalmay Khalilzad {2}\(merged by hand with Zalmay Khalilzad \(kg merge\)\)$/m);
    assert.deepEqual(read().overrides, [{ action: 'unmerge', name: 'Khalilzad' }, { action: 'merge', names: ['Khalilzad', 'Zalmay Khalilzad'] }]);
  });

  it('merge can join two actors no rule joins, and unmerge takes it back', async () => {
    const merged = await runKg(['merge', 'Taliban', 'Zabihullah Mujahid', '--graph', store]);
    assert.equal(merged.code, 0, merged.stderr);
    assert.equal(nodeOf('Taliban'), nodeOf('Zabihullah Mujahid'));
    const apart = await runKg(['unmerge', 'Zabihullah Mujahid', '--graph', store]);
    assert.equal(apart.code, 0, apart.stderr);
    assert.notEqual(nodeOf('Taliban'), nodeOf('Zabihullah Mujahid'));
  });

  it('refuses names it does not know or cannot take apart, and leaves the store as it was', async () => {
    const before = readFileSync(store, 'utf8');
    const unknown = await runKg(['merge', 'Nobody Atall', 'Taliban', '--graph', store]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no actor is named "Nobody Atall"/);
    const spelling = await runKg(['unmerge', 'TOLONews', '--graph', store]);
    assert.equal(spelling.code, 1);
    assert.match(spelling.stderr, /nothing to unmerge: "TOLO[Nn]ews" is TOLO[Nn]ews written another way \(same name ignoring case\), not a merge of two names/);
    const same = await runKg(['merge', 'Blinken', 'Antony Blinken', '--graph', store]);
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /already name one actor, Antony Blinken/);
    assert.equal(readFileSync(store, 'utf8'), before);
  });
});
