/** Concepts belong to their story: read from real text, a common noun is a node of its document unless it names one shared thing. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoreContents } from '../../src/graph/store.js';
import { buildStore } from '../support/stores.js';

const ARTICLES: Record<string, string> = {
  'johnson.txt': 'Prime Minister Boris Johnson held a call with Emmanuel Macron on Monday. The call lasted an hour. The meeting took place in London. Johnson signed the Doha agreement. The Taliban joined peace talks with the government.',
  'trump.txt': 'Donald Trump held a call with Xi Jinping on Friday. The call ended early. Trump praised the Doha agreement. The Taliban joined peace talks with the government again.',
  'imus.txt': 'Radio host Don Imus died on Friday. Imus is survived by his wife Deirdre Coleman.',
  'parker.txt': 'Billy Joe Parker is a former Marine who worked in warehouses. Parker admired a Marine veteran.',
};

describe('concepts and their stories', function () {
  this.timeout(120000);
  let folder: string;
  let store: StoreContents;
  const keysLabelled = (label: string): string[] => store.graph.nodes.filter((node) => node.attributes!.label === label).map((node) => node.key);
  const edgesOf = (key: string): string[] => store.graph.edges.filter((edge) => edge.source === key || edge.target === key).map((edge) => edge.key!);

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-concepts-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), `${text}\n`);
    store = await buildStore([folder]);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('makes a generic concept read in two stories two nodes, one per document', () => {
    const calls = keysLabelled('call');
    assert.equal(calls.length, 2, calls.join(' '));
    const documents = calls.map((key) => store.graph.nodes.find((node) => node.key === key)!.attributes!.documents);
    assert.deepEqual(documents.map((docs) => docs.length), [1, 1]);
    assert.notEqual(documents[0]![0], documents[1]![0]);
    // so nothing joins Boris Johnson and Donald Trump through one call
    const [johnsonCall, trumpCall] = calls.map(edgesOf);
    assert.ok(johnsonCall!.some((edge) => edge.startsWith('boris-johnson|')) !== trumpCall!.some((edge) => edge.startsWith('boris-johnson|')));
  });

  it('shares a concept that contains a name', () => {
    assert.deepEqual(keysLabelled('Doha agreement'), ['doha-agreement']);
    assert.equal(store.graph.nodes.find((node) => node.key === 'doha-agreement')!.attributes!.documents.length, 2);
  });

  it('shares a phrase tied to the same actor in two documents', () => {
    assert.deepEqual(keysLabelled('peace talks'), ['peace-talks']);
    assert.ok(edgesOf('peace-talks').every((edge) => edge.startsWith('taliban|')), edgesOf('peace-talks').join(' '));
  });

  it('reads a capitalised word after an indefinite determiner as a concept of its document, not a name', () => {
    const marines = keysLabelled('Marine');
    assert.equal(marines.length, 1, marines.join(' '));
    assert.match(marines[0]!, /^marine--[0-9a-f]{16}$/);
    assert.equal(store.graph.nodes.find((node) => node.key === marines[0])!.attributes!.type, 'concept');
  });

  it('makes no node of an idiom', () => {
    assert.deepEqual(keysLabelled('place'), []);
  });

  it('labels a passive edge with its active lemma, the sentence’s words kept in its evidence', () => {
    const edge = store.graph.edges.find((e) => e.target === 'don-imus' && e.source === 'deirdre-coleman');
    assert.ok(edge !== undefined, store.graph.edges.map((e) => e.key).join(' '));
    assert.deepEqual([edge.attributes!.label, edge.attributes!.lemma, edge.attributes!.evidence[0]!.relation], ['survive', 'survive', 'is survived by']);
  });
});
