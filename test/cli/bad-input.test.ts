/** `kg build` and `kg add` on bad input: a clear message naming the input, the rest read, the store intact. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runKg } from '../support/run-kg.js';

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
