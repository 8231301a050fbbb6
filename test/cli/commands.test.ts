/** The `kg` commands end to end on the seeds: build, stats, aliases, extract, add, remove. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runKg } from '../support/run-kg.js';

describe('kg commands on the seeds', function () {
  this.timeout(120000);
  let folder: string;
  let store: string;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-commands-'));
    store = path.join(folder, 'seeds.json');
    const built = await runKg(['build', 'seeds', '--out', store]);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /Built 4 document\(s\)/);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('stats prints documents, sentences, nodes by type, edges and top actors', async () => {
    const run = await runKg(['stats', '--graph', store, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const stats = JSON.parse(run.stdout) as { documents: number; sentences: number; nodes: number; edges: number; nodesByType: Record<string, number>; topActors: { label: string }[] };
    assert.equal(stats.documents, 4);
    assert.ok(stats.sentences > 80);
    assert.ok(stats.edges > 50 && stats.nodes > 50);
    assert.ok(stats.nodesByType.person! >= 4);
    assert.ok(stats.topActors.some((a) => a.label === 'Antony Blinken'), JSON.stringify(stats.topActors));
    const text = await runKg(['stats', '--graph', store]);
    assert.match(text.stdout, /^documents 4 {2}sentences \d+/);
    assert.match(text.stdout, /top actors by degree:/);
  });

  it('aliases lists merges with reasons', async () => {
    const run = await runKg(['aliases', '--graph', store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Blinken → Antony Blinken {2}\(surname of Antony Blinken/m);
    assert.match(run.stdout, /^Anthony Blinken → Antony Blinken {2}\(spelling variant/m);
  });

  it('add of the same documents changes nothing', async () => {
    const before = readFileSync(store);
    const run = await runKg(['add', 'seeds', '--graph', store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Added 0 document\(s\), 0 words, 4 already known/);
    assert.deepEqual(readFileSync(store), before);
  });

  it('remove drops a document and reports what is left', async () => {
    const copy = path.join(folder, 'copy.json');
    assert.equal((await runKg(['build', 'seeds', '--out', copy])).code, 0);
    const stored = JSON.parse(readFileSync(copy, 'utf8')) as { documents: { id: string }[] };
    const id = stored.documents[0]!.id;
    const run = await runKg(['remove', id, '--graph', copy]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /3 left/);
    const after = JSON.parse(readFileSync(copy, 'utf8')) as { documents: { id: string }[] };
    assert.ok(!after.documents.some((d) => d.id === id));
  });

  it('extract prints JSON lines for a file', async () => {
    const run = await runKg(['extract', 'seeds/002_766c7e8c6f041d3f.txt']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { relation: string; lemma: string; evidence: string });
    assert.ok(lines.length > 20);
    assert.ok(lines.every((l) => typeof l.lemma === 'string' && l.evidence.length > 0));
  });

  it('extract --sentences --format tsv reads stdin one sentence a line in the CaRB layout', async () => {
    const sentences = ['Blinken wrote to Ghani .', "Pittsburgh 's mayor , Bill Peduto , signed the agreement ."];
    const run = await runKg(['extract', '-', '--sentences', '--format', 'tsv'], { stdin: sentences.join('\n') + '\n' });
    assert.equal(run.code, 0, run.stderr);
    const rows = run.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.ok(rows.some((r) => r[0] === sentences[0] && r[2] === 'wrote to' && r[3] === 'Blinken' && r[4] === 'Ghani'), run.stdout);
    for (const row of rows) {
      assert.ok(sentences.includes(row[0]!));
      assert.ok(Number(row[1]) > 0 && Number(row[1]) <= 1);
      assert.ok(row.length >= 5);
    }
  });

  it('build reads stdin with -', async () => {
    const out = path.join(folder, 'stdin.json');
    const run = await runKg(['build', '-', '--out', out], { stdin: 'Khalilzad also stopped in Qatar.\nBlinken urged Ghani to attend the meeting.\n' });
    assert.equal(run.code, 0, run.stderr);
    const stored = JSON.parse(readFileSync(out, 'utf8')) as { documents: { source: string }[] };
    assert.equal(stored.documents[0]?.source, 'stdin');
  });

  it('an unknown command or option fails with a message and a failing exit code', async () => {
    const command = await runKg(['bild', 'seeds']);
    assert.equal(command.code, 1);
    assert.match(command.stderr, /unknown command 'bild'/);
    const option = await runKg(['stats', '--grpah', 'x.json']);
    assert.equal(option.code, 1);
    assert.match(option.stderr, /unknown option '--grpah'/);
  });
});
