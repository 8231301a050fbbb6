/** The shipped model on real sentences: one tree per sentence and plausible tags (accuracy is the bench's job). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DependencyParser } from '../../src/parse/index.js';
import { readConllu } from '../../src/parse/conllu.js';

/** Heads form one tree: exactly one root, and every word reaches it without a cycle. */
function assertTree(heads: Int32Array, what: string): void {
  const n = heads.length;
  assert.equal([...heads].filter((h) => h === 0).length, 1, `${what}: one root`);
  for (let i = 1; i <= n; i++) {
    let at = i;
    for (let steps = 0; at !== 0; steps++) {
      assert.ok(steps <= n, `${what}: word ${i} is on a cycle`);
      const head = heads[at - 1]!;
      assert.ok(head >= 0 && head <= n && head !== at, `${what}: word ${at} has head ${head}`);
      at = head;
    }
  }
}

describe('the shipped tagger and parser', () => {
  const parser = DependencyParser.fromBytes(readFileSync('models/ud-ewt-parser.bin'));

  it('tags "The minister said that the talks would resume." plausibly', () => {
    const words = ['The', 'minister', 'said', 'that', 'the', 'talks', 'would', 'resume', '.'];
    const { upos, labels } = parser.parse(words);
    assert.deepEqual([upos[0], upos[2], upos[6], upos[8]], ['DET', 'VERB', 'AUX', 'PUNCT'], words.join(' '));
    assert.equal(labels[2], 'root', words.join(' '));
  });

  it('gives every test-split sentence of the first hundred a single tree', () => {
    const sentences = readConllu(readFileSync('data/treebanks/ud-english-ewt/en_ewt-ud-test.conllu', 'utf8')).slice(0, 100);
    for (const sentence of sentences) {
      const words = sentence.map((w) => w.form);
      const parse = parser.parse(words);
      assertTree(parse.heads, words.join(' '));
      assert.equal(parse.labels.length, words.length);
      assert.equal(parse.labels.filter((l) => l === 'root').length, 1, words.join(' '));
    }
  });

  it('parses an empty sentence and a one-word sentence', () => {
    assert.deepEqual(parser.parse([]).heads, new Int32Array(0));
    assert.deepEqual(parser.parse(['Thanks']).heads, Int32Array.from([0]));
  });
});
