/** The store file: round trips, the backup kept on save, and the errors a damaged or foreign file gives. */

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The named export: under NodeNext the default import types as the module, not the class.
import { DirectedGraph } from 'graphology';
import { StoreError } from '../src/errors/index.js';
import { loadStore, saveStore, STORE_VERSION, storeExists, type StoreContents } from '../src/graph/store.js';
import type { ExtractedDocument, Mention } from '../src/types.js';
import { exportToFile } from './support/export-files.js';
import { runKg } from './support/run-kg.js';

const TEXT = 'Secretary of State Anthony Blinken wrote to Qatar.';

function mention(text: string, name: string, start: number): Mention {
  const nameStart = start + text.indexOf(name);
  return {
    text,
    name,
    start,
    end: start + text.length,
    nameSpan: { start: nameStart, end: nameStart + name.length },
    type: name === 'Qatar' ? 'place' : 'person',
    typeSource: 'tag',
  };
}

function documentWith(text: string, id: string): ExtractedDocument {
  const subject = mention('Secretary of State Anthony Blinken', 'Anthony Blinken', 0);
  const object = mention('Qatar', 'Qatar', text.indexOf('Qatar'));
  return {
    id,
    source: `seeds/${id}.txt`,
    title: 'Blinken writes to Qatar',
    text,
    date: '2024-01-05',
    sentences: [{ index: 0, start: 0, end: text.length }],
    triples: [
      {
        sentence: 0,
        subject: { ...subject, title: 'Secretary of State' },
        relation: 'wrote to',
        lemma: 'write to',
        object,
        span: { start: 0, end: object.end },
        flags: { negated: false, hedged: false, tense: 'past' },
        construction: 'active',
        confidence: 0.9,
      },
    ],
  };
}

function storeWith(documents: ExtractedDocument[]): StoreContents {
  const graph = new DirectedGraph();
  graph.addNode('anthony blinken', { label: 'Anthony Blinken', type: 'person', mentions: 1 });
  graph.addNode('qatar', { label: 'Qatar', type: 'place', mentions: 1 });
  graph.addEdgeWithKey('anthony blinken|write to|qatar', 'anthony blinken', 'qatar', {
    label: 'wrote to',
    lemma: 'write to',
    weight: 1,
  });
  return {
    format: 'kg-store',
    version: STORE_VERSION,
    documents,
    lexicon: { blinken: 'LastName' },
    merges: [{ alias: 'Blinken', canonical: 'Anthony Blinken', node: 'anthony blinken', reason: 'surname' }],
    overrides: [],
    // a hand-built graph: the store must keep whatever attributes it is given
    graph: graph.export() as StoreContents['graph'],
  };
}

describe('store', () => {
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-store-'));
    file = path.join(folder, 'graph', 'seeds.json');
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function rejectsWithStoreError(promise: Promise<unknown>, pattern: RegExp): Promise<StoreError> {
    const error = await promise.then(
      () => assert.fail('expected a StoreError'),
      (reason: unknown) => reason,
    );
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.input, file);
    assert.match(error.message, pattern);
    return error;
  }

  it('loads what it saved, creating the folder', async () => {
    const contents = storeWith([documentWith(TEXT, 'doc1'), documentWith('Qatar hosted talks.', 'doc2')]);
    assert.equal(await storeExists(file), false);
    await saveStore(file, contents);
    assert.equal(await storeExists(file), true);
    assert.deepEqual(await loadStore(file), contents);
  });

  it('reads back, line by line, text that looks like the layout: newlines, "],", "]}}", quotes, U+2028', async () => {
    const awkward = 'Line one\n],\n]}}\n"documents":[\nsays "hi"\u2028and\u2029more\r\nend.';
    const store = storeWith([{ ...documentWith(TEXT, 'a1'), title: awkward }]);
    store.lexicon['],'] = ']}}';
    await saveStore(file, store);
    assert.ok(fs.readFileSync(file, 'utf8').split('\n').length > 8, 'one element a line');
    assert.deepEqual(await loadStore(file), store);
  });

  it('reads a version 1 store written as one line of JSON (by hand or by another tool), with a note that it carries no checksum', async () => {
    const store = storeWith([documentWith(TEXT, 'a1')]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...store, version: 1 }, null, 2));
    const notes: string[] = [];
    assert.deepEqual(await loadStore(file, (note) => notes.push(note)), store);
    assert.deepEqual(notes, [`${file} carries no checksum (a version 1 store); the next save adds one`]);
  });

  it('reports a store cut at a line boundary as truncated', async () => {
    await saveStore(file, storeWith([documentWith(TEXT, 'a1'), documentWith(TEXT, 'a2')]));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, `${lines.slice(0, 4).join('\n')}\n`);
    await assert.rejects(loadStore(file), (error: unknown) => error instanceof StoreError && /corrupt or truncated \(the file ends before the store does\)/.test(error.message));
  });

  it('round-trips an empty store', async () => {
    const contents = storeWith([]);
    contents.lexicon = {};
    contents.merges = [];
    await saveStore(file, contents);
    assert.deepEqual(await loadStore(file), contents);
  });

  it('writes the same bytes for the same store', async () => {
    const contents = storeWith([documentWith(TEXT, 'doc1')]);
    await saveStore(file, contents);
    const first = fs.readFileSync(file);
    await saveStore(file, contents);
    assert.deepEqual(fs.readFileSync(file), first);
  });

  it('keeps the previous store as .bak when saving over it', async () => {
    const old = storeWith([documentWith(TEXT, 'old')]);
    const current = storeWith([documentWith(TEXT, 'new')]);
    await saveStore(file, old);
    const oldBytes = fs.readFileSync(file);
    await saveStore(file, current);
    assert.deepEqual(fs.readFileSync(`${file}.bak`), oldBytes);
    assert.deepEqual(await loadStore(`${file}.bak`), old);
    assert.deepEqual(await loadStore(file), current);
    assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), ['seeds.json', 'seeds.json.bak']);
  });

  it('saving over a corrupt store keeps the good .bak and sets the damaged file aside', async () => {
    const good = storeWith([documentWith(TEXT, 'good')]);
    await saveStore(file, good);
    await saveStore(file, good); // now seeds.json.bak holds the good store too
    const backupBytes = fs.readFileSync(`${file}.bak`);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 40)); // truncated by something outside kg
    const notes: string[] = [];
    await saveStore(file, storeWith([documentWith(TEXT, 'next')]), (note) => notes.push(note));
    assert.deepEqual(fs.readFileSync(`${file}.bak`), backupBytes);
    const setAside = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith('seeds.json.corrupt-'));
    assert.equal(setAside.length, 1);
    assert.deepEqual(notes, [`${file} was damaged, so it did not replace the backup: set aside as ${path.join(path.dirname(file), setAside[0]!)}`]);
    assert.equal(fs.readFileSync(path.join(path.dirname(file), setAside[0]!)).length, 40);
  });

  it('reports a missing store', async () => {
    await rejectsWithStoreError(loadStore(file), /no such store/);
  });

  it('reports a truncated store and points at a good backup, without touching either', async () => {
    await saveStore(file, storeWith([documentWith(TEXT, 'old')]));
    await saveStore(file, storeWith([documentWith(TEXT, 'new')]));
    const bytes = fs.readFileSync(file);
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    fs.writeFileSync(file, truncated);
    const backupBytes = fs.readFileSync(`${file}.bak`);

    const error = await rejectsWithStoreError(loadStore(file), /corrupt or truncated/);
    assert.ok(error.message.includes(`a backup is at ${file}.bak`), error.message);
    assert.match(error.message, /copy it over to restore/);
    assert.deepEqual(fs.readFileSync(file), truncated);
    assert.deepEqual(fs.readFileSync(`${file}.bak`), backupBytes);
  });

  it('reports a truncated store without a backup and does not mention one', async () => {
    await saveStore(file, storeWith([documentWith(TEXT, 'only')]));
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 40));
    const error = await rejectsWithStoreError(loadStore(file), /corrupt or truncated/);
    assert.doesNotMatch(error.message, /backup/);
  });

  it('does not offer a backup that is itself damaged', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"format":"kg-st');
    fs.writeFileSync(`${file}.bak`, '{"format":');
    const error = await rejectsWithStoreError(loadStore(file), /corrupt or truncated/);
    assert.doesNotMatch(error.message, /backup/);
  });

  /** Saves `store` twice, so that the .bak is a good store too, and returns the saved text. */
  async function savedWithBackup(store = storeWith([documentWith(TEXT, 'good')])): Promise<string> {
    await saveStore(file, store);
    await saveStore(file, store);
    return fs.readFileSync(file, 'utf8');
  }

  /** The saved text as a version 1 store: no checksum line, the graph closing the store. */
  function asVersion1(text: string): string {
    return text.replace('"version":2,', '"version":1,').replace(/\]},\n"checksum":"sha256:[0-9a-f]{64}"}\n$/, ']}}\n');
  }

  it('ends the store with the SHA-256 of every byte before its checksum line, and stays one JSON document', async () => {
    const text = await savedWithBackup();
    const at = text.lastIndexOf('\n"checksum":') + 1;
    const sha256 = createHash('sha256').update(text.slice(0, at), 'utf8').digest('hex');
    assert.equal(text.slice(at), `"checksum":"sha256:${sha256}"}\n`);
    assert.equal((JSON.parse(text) as { checksum: string }).checksum, `sha256:${sha256}`);
  });

  it('refuses a store whose text changed but is still valid JSON (a letter of a label), naming the good backup', async () => {
    const text = await savedWithBackup();
    fs.writeFileSync(file, text.replace('"label":"Qatar"', '"label":"Qatat"'));
    const error = await rejectsWithStoreError(loadStore(file), /store is damaged: its content does not match its checksum/);
    assert.ok(error.message.endsWith(`; a backup is at ${file}.bak; copy it over to restore`), error.message);
  });

  it('refuses an edge to a node the store does not hold, naming the file and the backup (not graphology\'s NotFoundGraphError)', async () => {
    const text = await savedWithBackup();
    fs.writeFileSync(file, asVersion1(text).replace('"target":"qatar"', '"target":"media"'));
    const error = await rejectsWithStoreError(loadStore(file), /^.*: store is damaged: edge "anthony blinken\|write to\|qatar" has target node "media", which the store does not hold; /);
    assert.ok(error.message.includes(`a backup is at ${file}.bak`), error.message);
  });

  it('refuses evidence from a document or a sentence the store does not hold, and counts the problems', async () => {
    const store = storeWith([documentWith(TEXT, 'a1')]);
    const evidence = (doc: string, sentence: number) => ({ doc, sentence, relation: 'wrote to', start: 0, end: 10, text: 'x', flags: { negated: false, hedged: false, tense: 'past' as const }, confidence: 1 });
    store.graph.edges[0]!.attributes!.evidence = [evidence('a1', 0), evidence('gone', 0), evidence('a1', 3)];
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...store, version: 1 }));
    const error = await rejectsWithStoreError(loadStore(file, () => undefined), /has evidence from document "gone", which the store does not hold \(and 1 more problem\)$/);
    assert.doesNotMatch(error.message, /backup/);
    fs.writeFileSync(file, JSON.stringify({ ...store, version: 1, graph: { ...store.graph, edges: [{ ...store.graph.edges[0]!, attributes: { evidence: [evidence('a1', 3)] } }] } }));
    await rejectsWithStoreError(loadStore(file, () => undefined), /has evidence from sentence 3 of document "a1", which has 1 sentences$/);
  });

  it('refuses a version 2 store without its checksum line (rewritten by another tool), saying how to load it unchecked', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(storeWith([documentWith(TEXT, 'a1')]), null, 2));
    await rejectsWithStoreError(loadStore(file), /no checksum line at its end.*set its "version" to 1/);
  });

  it('loads a version 1 store as written by the previous kg, with a note, and the next save adds the checksum and keeps it as the .bak', async () => {
    const store = storeWith([documentWith(TEXT, 'a1')]);
    const version1 = asVersion1(await savedWithBackup(store));
    fs.writeFileSync(file, version1);
    const notes: string[] = [];
    assert.deepEqual(await loadStore(file, (note) => notes.push(note)), store);
    assert.deepEqual(notes, [`${file} carries no checksum (a version 1 store); the next save adds one`]);
    await saveStore(file, store, (note) => notes.push(note));
    assert.equal(notes.length, 1, 'a good version 1 store is no damaged store');
    assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), version1);
    assert.match(fs.readFileSync(file, 'utf8'), /^\{"format":"kg-store","version":2,\n[^]*\n"checksum":"sha256:[0-9a-f]{64}"}\n$/);
  });

  it('writes a JSON export that loads as a store with its checksum checked', async () => {
    const store = storeWith([documentWith(TEXT, 'a1')]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await exportToFile('json', store, file);
    const notes: string[] = [];
    assert.deepEqual(await loadStore(file, (note) => notes.push(note)), store);
    assert.deepEqual(notes, []);
    assert.match(fs.readFileSync(file, 'utf8'), /\n"checksum":"sha256:[0-9a-f]{64}"}\n$/);
  });

  it('kg add onto a damaged store fails naming the store and its backup, and changes neither', async () => {
    const text = await savedWithBackup();
    const damaged = text.replace('"label":"Qatar"', '"label":"Qatat"');
    fs.writeFileSync(file, damaged);
    const backup = fs.readFileSync(`${file}.bak`);
    const run = await runKg(['add', 'seeds/000_f165c766ef995aa2.txt', '--graph', file]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /does not match its checksum/);
    assert.ok(run.stderr.includes(`${file}: `) && run.stderr.includes(`a backup is at ${file}.bak`), run.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), damaged);
    assert.deepEqual(fs.readFileSync(`${file}.bak`), backup);
  });

  const foreign: Array<[string, unknown, RegExp]> = [
    ['a list', [1, 2], /expected a JSON object, found a list/],
    ['another format', { format: 'gexf', version: 1 }, /format is "gexf"/],
    ['no format', { version: 1, documents: [] }, /format is missing/],
    ['a newer version', { ...storeWith([]), version: 3 }, /version 3/],
    ['no documents', { ...storeWith([]), documents: undefined }, /documents should be a list, found nothing/],
    ['a lexicon list', { ...storeWith([]), lexicon: [] }, /lexicon should be an object, found a list/],
    ['merges as text', { ...storeWith([]), merges: 'none' }, /merges should be a list, found a string/],
    ['no graph edges', { ...storeWith([]), graph: { nodes: [] } }, /graph\.edges should be a list/],
  ];
  for (const [what, data, pattern] of foreign) {
    it(`refuses JSON that is not a kg store: ${what}`, async () => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(data));
      await rejectsWithStoreError(loadStore(file), pattern);
    });
  }

  it('refuses to save a graph whose edge goes to a node it does not hold, leaving the store as it was', async () => {
    const before = await savedWithBackup();
    const broken = storeWith([documentWith(TEXT, 'a1')]);
    broken.graph.edges[0]!.target = 'media';
    await rejectsWithStoreError(saveStore(file, broken), /^.*: not saved, the store on disk is unchanged: edge "anthony blinken\|write to\|qatar" has target node "media", which the store does not hold/);
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), ['seeds.json', 'seeds.json.bak']);
  });

  it('leaves the previous store byte for byte and no temp file when a save fails', async () => {
    await saveStore(file, storeWith([documentWith(TEXT, 'good')]));
    const before = fs.readFileSync(file);
    // A BigInt cannot be written as JSON, so serialisation throws part-way through the documents.
    const broken = documentWith(TEXT, 'broken') as unknown as Record<string, unknown>;
    broken['date'] = 10n;
    const bad = storeWith([documentWith(TEXT, 'fine'), broken as unknown as ExtractedDocument]);

    await assert.rejects(saveStore(file, bad), TypeError);
    assert.deepEqual(fs.readFileSync(file), before);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['seeds.json']);
  });
});
