/** The store's lock: one writer at a time, the holder named, a dead holder's lock taken over. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError } from '../src/errors/index.js';
import { lockPath, releaseLockNow, withStoreLock } from '../src/graph/store-lock.js';
import { KG, runKg } from './support/run-kg.js';

describe('the store lock', function () {
  this.timeout(120000);
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-lock-'));
    file = path.join(folder, 'store.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a second writer while the first holds it, naming the holder, and frees it after', async () => {
    let release!: () => void;
    const first = withStoreLock(file, 'kg add first.jsonl', () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(withStoreLock(file, 'kg add second.jsonl', async () => assert.fail('ran while locked')), (error: unknown) => {
      assert.ok(error instanceof StoreError);
      assert.match(error.message, new RegExp(`in use by \`kg add first\\.jsonl\` \\(pid ${process.pid} on .+, since \\d{4}-`));
      return true;
    });
    release();
    await first;
    assert.equal(existsSync(lockPath(file)), false);
    assert.equal(await withStoreLock(file, 'kg add third.jsonl', async () => 3), 3);
  });

  it('locks a store whose folder does not exist yet', async () => {
    const nested = path.join(folder, 'new', 'folder', 'store.json');
    assert.equal(await withStoreLock(nested, 'kg build', async () => 'built'), 'built');
    assert.equal(existsSync(lockPath(nested)), false);
  });

  it('frees the lock when the work throws', async () => {
    await assert.rejects(withStoreLock(file, 'kg remove x', async () => { throw new Error('boom'); }), /boom/);
    assert.equal(existsSync(lockPath(file)), false);
  });

  it('takes over a lock whose holder no longer runs, or that cannot be read', async () => {
    // a pid that is not running: a child that has already exited
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('close', resolve));
    writeFileSync(lockPath(file), JSON.stringify({ pid: gone.pid, host: os.hostname(), command: 'kg add killed.jsonl', since: '2026-01-01T00:00:00Z' }));
    assert.equal(await withStoreLock(file, 'kg add', async () => 'ran'), 'ran');
    writeFileSync(lockPath(file), '{"pid": 12');
    assert.equal(await withStoreLock(file, 'kg add', async () => 'ran again'), 'ran again');
  });

  it('two kg add runs at once on one store: one adds, the other fails saying who holds the store', async () => {
    assert.equal((await runKg(['build', 'seeds/000_f165c766ef995aa2.txt', '--out', file])).code, 0);
    const slow = spawn(process.execPath, [KG, 'add', 'seeds', '--graph', file], { stdio: 'ignore' });
    const slowDone = new Promise<number | null>((resolve) => slow.on('close', resolve));
    while (!existsSync(lockPath(file))) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await runKg(['add', 'seeds/001_6e11aa146ebfb646.txt', '--graph', file]);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /store\.json: in use by `kg add seeds` \(pid \d+/);
    assert.equal(await slowDone, 0);
    const stats = JSON.parse((await runKg(['stats', '--graph', file, '--json'])).stdout) as { documents: number };
    assert.equal(stats.documents, 4);
  });

  it('released at once (a process that must end now): only if this process holds it, with only its own temporary files', () => {
    const other = { pid: process.pid + 1, host: os.hostname(), command: 'kg add other.jsonl', since: '2026-01-01T00:00:00Z' };
    writeFileSync(lockPath(file), JSON.stringify(other));
    releaseLockNow(file);
    assert.equal(existsSync(lockPath(file)), true, 'removed the lock of another process');
    writeFileSync(lockPath(file), JSON.stringify({ ...other, pid: process.pid, host: `not-${os.hostname()}` }));
    releaseLockNow(file);
    assert.equal(existsSync(lockPath(file)), true, 'removed the lock of a process with our pid on another host');

    writeFileSync(lockPath(file), JSON.stringify({ ...other, pid: process.pid }));
    const ours = [`.store.json.tmp-${process.pid}-0a1b2c`, `store.json.bak.tmp-${process.pid}-3d4e5f`];
    const theirs = [`.store.json.tmp-${process.pid + 1}-0a1b2c`, `.other.json.tmp-${process.pid}-0a1b2c`, 'store.json'];
    for (const name of [...ours, ...theirs]) writeFileSync(path.join(folder, name), '{');
    releaseLockNow(file);
    assert.equal(existsSync(lockPath(file)), false);
    assert.deepEqual(readdirSync(folder).sort(), [...theirs].sort());
  });
});
