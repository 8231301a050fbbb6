/**
 * Ctrl-C (SIGINT) and SIGTERM while kg changes a store: kg ends with one line, as killed by that
 * signal (130 or 143 in a shell), its lock gone and the store as it was last saved, whatever it was
 * doing: extracting on busy workers, waiting on stdin, or stuck in a read that never returns.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockPath } from '../../src/graph/store-lock.js';
import { endsWithin, runKg, shellStatus, startKg, startScript, type KgRun, type RunningKg, until } from '../support/run-kg.js';

const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';
const STATUS = { SIGINT: 130, SIGTERM: 143 } as const;
const LINE = { SIGINT: /^kg: interrupted; .*\.json is as it was last saved$/m, SIGTERM: /^kg: stopped by SIGTERM; .*\.json is as it was last saved$/m };
/** Far longer than kg takes to stop; only a kg that does not stop reaches it. */
const ENDS_WITHIN_MS = 20_000;

describe('stopping kg while it changes a store', function () {
  this.timeout(120000);
  let folder: string;
  let built: Buffer;
  let store: string;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-interrupt-'));
    const seeds = path.join(folder, 'seeds.json');
    const run = await runKg(['build', 'seeds', '--out', seeds]);
    assert.equal(run.code, 0, run.stderr);
    built = readFileSync(seeds);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  beforeEach(function () {
    store = path.join(folder, `${this.currentTest?.title.replace(/\W+/g, '-')}.json`);
    writeFileSync(store, built);
  });

  /** The run ended as killed by `signal`, said so in one line, and left no lock and the store byte for byte. */
  function assertStopped(run: KgRun, signal: 'SIGINT' | 'SIGTERM'): void {
    assert.equal(shellStatus(run), STATUS[signal], run.stderr);
    assert.match(run.stderr, LINE[signal]);
    assert.equal(run.stderr.split('\n').filter((line) => / is as it was last saved$/.test(line)).length, 1, run.stderr);
    assert.equal(existsSync(lockPath(store)), false, 'the lock was left behind');
    assert.deepEqual(readFileSync(store), built);
  }

  async function stop(kg: RunningKg, signal: 'SIGINT' | 'SIGTERM'): Promise<KgRun> {
    kg.child.kill(signal);
    return endsWithin(kg, ENDS_WITHIN_MS);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the workers extract: ends at once with status ${STATUS[signal]}, no lock, the store intact`, async () => {
      const kg = startKg(['add', CORPUS, '--graph', store]);
      await until(() => existsSync(lockPath(store)), kg);
      // long enough for the workers to be busy, far too short to extract 293 articles
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assertStopped(await stop(kg, signal), signal);
    });

    it(`${signal} while kg add - waits on stdin: ends with status ${STATUS[signal]}, no lock, the store intact`, async () => {
      const kg = startKg(['add', '-', '--graph', store]);
      await until(() => existsSync(lockPath(store)), kg);
      assertStopped(await stop(kg, signal), signal);
      // stdin was never closed: kg did not wait for it
      assert.equal(kg.child.stdin.writableEnded, false);
    });
  }

  it('SIGTERM while kg remove reads a store that never comes (a FIFO): ends after the grace time, lock removed', async () => {
    rmSync(store);
    execFileSync('mkfifo', [store]);
    const kg = startKg(['remove', 'ffffffffffffffff', '--graph', store]);
    await until(() => existsSync(lockPath(store)), kg);
    const run = await stop(kg, 'SIGTERM');
    assert.equal(shellStatus(run), 143, run.stderr);
    assert.match(run.stderr, LINE.SIGTERM);
    assert.equal(existsSync(lockPath(store)), false, 'the lock was left behind');
  });

  it('kg serve: SIGTERM twice while a POSTed write is under way: ends with status 143, the worker\'s lock removed, the store intact', async () => {
    const kg = startKg(['serve', '--graph', store, '--port', '0']);
    await until(() => /at http:\/\/127\.0\.0\.1:\d+/.test(kg.stdout), kg);
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(kg.stdout)?.[1] ?? '';
    // a write that keeps the update worker busy far longer than this test waits
    const documents = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, 100)
      .map((line) => JSON.parse(line) as { title: string; text: string })
      .map(({ title, text }) => ({ title, text }));
    const write = fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) })
      .catch(() => undefined);
    await until(() => existsSync(lockPath(store)), kg);
    kg.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assertStopped(await stop(kg, 'SIGTERM'), 'SIGTERM');
    await write;
  });

  describe('a command stuck in a read that never returns', () => {
    const STUCK = path.resolve('dist/test/support/stuck-store-command.js');
    let fifo: string;
    beforeEach(() => {
      fifo = path.join(folder, 'never-written.fifo');
      rmSync(fifo, { force: true });
      execFileSync('mkfifo', [fifo]);
    });

    /** Starts the stuck command and waits until it holds the lock; `other` is another process's temporary file. */
    async function startStuck(): Promise<{ kg: RunningKg; other: string }> {
      const other = path.join(folder, `.${path.basename(store)}.tmp-1-another-process`);
      writeFileSync(other, '{');
      const kg = startScript(STUCK, [store, fifo]);
      await until(() => kg.stdout.includes('locked\n'), kg);
      return { kg, other };
    }

    /** Ended as killed by `signal`, one line, its lock and its own temporary file gone, another's kept. */
    function assertForced(run: KgRun, signal: 'SIGINT' | 'SIGTERM', other: string): void {
      assert.equal(shellStatus(run), STATUS[signal], run.stderr);
      assert.match(run.stderr, LINE[signal]);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.equal(existsSync(lockPath(store)), false, 'the lock was left behind');
      assert.deepEqual(readFileSync(store), built);
      const temps = readdirSync(folder).filter((name) => name.startsWith(`.${path.basename(store)}.tmp-`));
      assert.deepEqual(temps, [path.basename(other)]);
    }

    it('one SIGTERM: ends by itself after the grace time, status 143, lock and its temporary file removed', async () => {
      const { kg, other } = await startStuck();
      assertForced(await stop(kg, 'SIGTERM'), 'SIGTERM', other);
    });

    it('Ctrl-C twice: the second ends it, status 130, lock and its temporary file removed', async () => {
      const { kg, other } = await startStuck();
      kg.child.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assertForced(await stop(kg, 'SIGINT'), 'SIGINT', other);
    });
  });
});
