/** `kg build` and `kg add` on bad input: a clear message naming the input, the rest read, the store intact. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { lockPath } from '../../src/graph/store-lock.js';
import { endsWithin, type KgRun, runKg, startKg } from '../support/run-kg.js';

const SEED = path.resolve('seeds/001_6e11aa146ebfb646.txt');

describe('kg build/add: bad input', function () {
  this.timeout(120000);
  let folder: string;
  let store: string;
  let storeBytes: Buffer;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bad-input-'));
    store = path.join(folder, 'graph.json');
    const built = await runKg(['build', SEED, '--out', store]);
    assert.equal(built.code, 0, built.stderr);
    storeBytes = readFileSync(store);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** Each bad file is added beside a good one: the message names it, the good one is still read. */
  async function addBeside(bad: string): Promise<{ stderr: string; code: number | null }> {
    const good = path.join(folder, `good-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(good, `Khalilzad met the Taliban in Doha on day ${good}.\n`);
    const copy = path.join(folder, `copy-${path.basename(good)}.json`);
    writeFileSync(copy, storeBytes);
    const run = await runKg(['add', bad, good, '--graph', copy]);
    const stored = JSON.parse(readFileSync(copy, 'utf8')) as { documents: { source: string }[] };
    assert.ok(stored.documents.some((d) => d.source === good), 'the good file beside the bad one was not added');
    return run;
  }

  const cases: [name: string, make: (file: string) => void, expected: RegExp][] = [
    ['an empty file', (f) => writeFileSync(f, '   \n\n'), /empty/],
    ['a binary file', (f) => writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3])), /binary/],
    ['invalid UTF-8', (f) => writeFileSync(f, Buffer.concat([Buffer.from('Blinken wrote to '), Buffer.from([0xc3, 0x28]), Buffer.from(' Ghani.')])), /UTF-8/],
  ];
  for (const [name, make, expected] of cases) {
    it(`${name}: names the file, says what is wrong, exits 1, reads the rest`, async () => {
      const bad = path.join(folder, `bad-${name.replace(/\W+/g, '-')}.txt`);
      make(bad);
      const run = await addBeside(bad);
      assert.equal(run.code, 1);
      assert.ok(run.stderr.includes(bad), `message does not name ${bad}: ${run.stderr}`);
      assert.match(run.stderr, expected);
    });
  }

  it('a missing path: names it and exits 1', async () => {
    const missing = path.join(folder, 'no-such-file.txt');
    const run = await addBeside(missing);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*no such file`));
  });

  it('a broken JSONL line: names file and line, reads the other lines', async () => {
    const jsonl = path.join(folder, 'articles.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'a', title: 'A', text: 'Turkey agreed to host the meeting.' }),
        '{"id": "b", "title": "B", "text": ',
        JSON.stringify({ id: 'c', title: 'C', text: 'Blinken urged Ghani to attend the meeting.' }),
      ].join('\n'),
    );
    const out = path.join(folder, 'jsonl.json');
    const run = await runKg(['build', jsonl, '--out', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`articles\\.jsonl:2`));
    const stored = JSON.parse(readFileSync(out, 'utf8')) as { documents: { title: string }[] };
    assert.deepEqual(stored.documents.map((d) => d.title).sort(), ['A', 'C']);
  });

  it('a 50 MB file with no line breaks: refused with a clear message, quickly and in bounded memory', async () => {
    const huge = path.join(folder, 'huge.txt');
    const fd = openSync(huge, 'w');
    const block = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    const run = await addBeside(huge);
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(huge));
    assert.match(run.stderr, /too large/);
  });

  it('only bad input: nothing is written and the existing store is byte-for-byte intact', async () => {
    const copy = path.join(folder, 'intact.json');
    writeFileSync(copy, storeBytes);
    const empty = path.join(folder, 'empty.txt');
    writeFileSync(empty, '');
    const run = await runKg(['build', empty, path.join(folder, 'missing.md'), '--out', copy]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /left unchanged/);
    assert.deepEqual(readFileSync(copy), storeBytes);
  });

  it('a corrupt store: a clear error naming it, and the file left as it was', async () => {
    const corrupt = path.join(folder, 'corrupt.json');
    writeFileSync(corrupt, storeBytes.subarray(0, storeBytes.length >> 1));
    const before = readFileSync(corrupt);
    const run = await runKg(['add', SEED, '--graph', corrupt]);
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(corrupt));
    assert.match(run.stderr, /corrupt|truncated/);
    assert.deepEqual(readFileSync(corrupt), before);
  });

  it('an unknown document id for remove: names it and leaves the store intact', async () => {
    const copy = path.join(folder, 'remove.json');
    writeFileSync(copy, storeBytes);
    const run = await runKg(['remove', 'ffffffffffffffff', '--graph', copy]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /ffffffffffffffff/);
    assert.deepEqual(readFileSync(copy), storeBytes);
  });
});

describe('kg add/extract: FIFOs, devices, sockets and unreadable folders', function () {
  this.timeout(120000);
  /** Far longer than refusing takes; only a kg that hangs (as it did on a FIFO) reaches it. */
  const ENDS_WITHIN_MS = 20_000;
  let folder: string;
  let store: string;
  let storeBytes: Buffer;
  let socket: net.Server | undefined;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-not-a-file-'));
    store = path.join(folder, 'graph.json');
    const built = await runKg(['build', SEED, '--out', store]);
    assert.equal(built.code, 0, built.stderr);
    storeBytes = readFileSync(store);
  });
  after(() => {
    socket?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** `kg add` that must end by itself; the store is put back as built first. */
  function add(...paths: string[]): Promise<KgRun> {
    writeFileSync(store, storeBytes);
    const kg = startKg(['add', ...paths, '--graph', store]);
    kg.child.stdin.end();
    return endsWithin(kg, ENDS_WITHIN_MS);
  }

  function storedSources(): string[] {
    return (JSON.parse(readFileSync(store, 'utf8')) as { documents: { source: string }[] }).documents.map((d) => d.source);
  }

  it('kg add fifo.txt: refused at once in one line, exit 1, no lock left, the store byte for byte', async () => {
    const fifo = path.join(folder, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const run = await add(fifo);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, `kg: ${fifo}: a named pipe (FIFO), not a file; kg reads regular files, folders and - (stdin)\n`);
    assert.equal(existsSync(lockPath(store)), false);
    assert.deepEqual(readFileSync(store), storeBytes);
  });

  it('kg add /dev/zero /dev/null socket good.txt: one line for each of the three, the good file added', async () => {
    const unix = path.join(folder, 'kg.sock');
    socket = net.createServer();
    await new Promise<void>((resolve) => socket?.listen(unix, resolve));
    const good = path.join(folder, 'good.txt');
    writeFileSync(good, 'Khalilzad met the Taliban in Doha.\n');
    const run = await add('/dev/zero', '/dev/null', unix, good);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      'kg: /dev/zero: a character device, not a file; kg reads regular files, folders and - (stdin)',
      'kg: /dev/null: a character device, not a file; kg reads regular files, folders and - (stdin)',
      `kg: ${unix}: a socket, not a file; kg reads regular files, folders and - (stdin)`,
    ]);
    assert.ok(storedSources().includes(good));
  });

  it('kg add folder with a FIFO in it: the FIFO refused in one line, the files beside it added', async () => {
    const articles = path.join(folder, 'with-a-fifo');
    mkdirSync(articles);
    writeFileSync(path.join(articles, 'a.txt'), 'Blinken wrote to Ghani about the talks.\n');
    execFileSync('mkfifo', [path.join(articles, 'b.txt')]);
    writeFileSync(path.join(articles, 'c.md'), 'Ghani answered Blinken in Kabul.\n');
    const run = await add(articles);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, `kg: ${path.join(articles, 'b.txt')}: a named pipe (FIFO), not a file; kg reads regular files, folders and - (stdin)\n`);
    assert.deepEqual(storedSources().filter((source) => source.startsWith(articles)), [path.join(articles, 'a.txt'), path.join(articles, 'c.md')]);
  });

  // Root reads any folder whatever its mode, so as root kg runs as nobody (uid 65534) here.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it(`an unreadable folder, named or met in a walk: one line, not a second saying it has no files${process.getuid?.() === 0 ? ' (kg run as uid 65534)' : ''}`, async () => {
    const articles = path.join(folder, 'with-a-locked-folder');
    const locked = path.join(articles, 'locked');
    mkdirSync(locked, { recursive: true });
    writeFileSync(path.join(locked, 'secret.txt'), 'Blinken wrote to Ghani.\n');
    writeFileSync(path.join(articles, 'open.txt'), 'Ghani answered Blinken in Kabul.\n');
    chmodSync(folder, 0o755);
    chmodSync(locked, 0o000);
    try {
      const named = await runKg(['extract', locked], asUser);
      assert.equal(named.code, 1, named.stderr);
      assert.equal(named.stderr, `kg: ${locked}: permission denied\n`);
      const walked = await runKg(['extract', articles], asUser);
      assert.equal(walked.code, 1, walked.stderr);
      assert.equal(walked.stderr, `kg: ${locked}: permission denied\n`);
      assert.match(walked.stdout, /"subject":\{"text":"Ghani"/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
