/**
 * Facts stated with he/she reach the graph: read from real text, a pronoun's triple becomes an edge of
 * the person it stands for, its evidence says how it was read, and nothing new becomes an alias.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { graphStats } from '../../src/graph/stats.js';
import type { StoreContents } from '../../src/graph/store.js';
import { renderAnswer } from '../../src/query/render.js';
import { runQuery } from '../../src/query/run.js';
import type { EdgeAttributes } from '../../src/types.js';
import { buildStore } from '../support/stores.js';

const ARTICLE = 'Afghan President Ashraf Ghani met Zalmay Khalilzad in Kabul on Monday. He thanked the government of Qatar for the talks. ' +
  'Khalilzad later flew to Doha. Nobody knew why he left so early.';

describe('pronouns read as the people they stand for', function () {
  this.timeout(120000);
  let folder: string;
  let store: StoreContents;
  const edge = (source: string, target: string): EdgeAttributes | undefined =>
    store.graph.edges.find((e) => e.source === source && e.target.startsWith(target))?.attributes;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-pronouns-'));
    writeFileSync(path.join(folder, 'ghani.txt'), `${ARTICLE}\n`);
    store = await buildStore([folder]);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('draws the triple of `He thanked …` from Ashraf Ghani, its evidence keeping the pronoun, the name and a lower confidence', () => {
    const thanked = edge('ashraf-ghani', 'government');
    assert.ok(thanked, store.graph.edges.map((e) => e.key).join('\n'));
    const [evidence] = thanked.evidence;
    // the name as the document gives it in full, title and all; the node is keyed without the title
    assert.deepEqual(evidence!.resolved?.map(({ end, pronoun, antecedent }) => [end, pronoun, antecedent.name, antecedent.sentence]), [['subject', 'He', 'Afghan President Ashraf Ghani', 0]]);
    const { pronounSpan, antecedent } = evidence!.resolved![0]!;
    assert.equal(ARTICLE.slice(pronounSpan.start, pronounSpan.end), 'He');
    assert.equal(ARTICLE.slice(antecedent.nameSpan.start, antecedent.nameSpan.end), 'Afghan President Ashraf Ghani');
    assert.ok(evidence!.confidence < 0.9);
  });

  it('makes no pronoun an alias and counts the pronoun in the stats', () => {
    for (const node of store.graph.nodes) assert.ok(!Object.keys(node.attributes!.aliases).some((alias) => /^(he|she|him|her)$/i.test(alias)), node.key);
    assert.equal(store.merges.some((merge) => /^(he|she)$/i.test(merge.alias)), false);
    assert.ok(graphStats(store).resolvedMentions >= 1);
  });

  it('shows the reading in the console answer, and -resolved drops it', () => {
    const loaded = new LoadedGraph(store);
    const card = renderAnswer(runQuery(loaded, 'show "Ashraf Ghani"'));
    assert.match(card, /\[He = Afghan President Ashraf Ghani, from the sentence before\]/);
    const filtered = renderAnswer(runQuery(loaded, 'show "Ashraf Ghani" -resolved'));
    assert.doesNotMatch(filtered, /He = /);
    assert.doesNotMatch(filtered, /thanked/);
  });
});
