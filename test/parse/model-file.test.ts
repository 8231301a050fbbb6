/** The model file: write → read gives the same scores, and damaged or foreign files are refused. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ModelFileError } from '../../src/errors/index.js';
import { readConllu } from '../../src/parse/conllu.js';
import { encodeModel, decodeModel } from '../../src/parse/model-file.js';
import { trainTagger } from '../../src/parse/train-tagger.js';
import { trainParser, movesFromTreebank } from '../../src/parse/train-parser.js';
import { DependencyParser } from '../../src/parse/dependency-parser.js';
import type { Model } from '../../src/parse/model.js';

/** A small model trained in a second on the first 40 dev sentences. */
function tinyModel(): Model {
  const sentences = readConllu(readFileSync('data/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu', 'utf8')).slice(0, 40);
  const tagger = trainTagger(sentences, { epochs: 2, seed: 1, tagset: 'upos+xpos', minWordCount: 1, prune: 0 });
  const index = new Map(tagger.classes.map((c, i) => [c, i]));
  const tags = sentences.map((s) => Int32Array.from(s, (w) => index.get(`${w.upos}|${w.xpos}`) ?? 0));
  const parser = trainParser(sentences, tags, tagger.dictionary, movesFromTreebank(sentences), { epochs: 2, seed: 1, exploreFrom: 2, explore: 0.9, prune: 0 });
  return { tagger, parser, about: 'test model' };
}

describe('the parser model file', () => {
  const model = tinyModel();
  const bytes = encodeModel(model);

  it('reads back to a model with the same weights and the same scores', () => {
    // Read from a Node Buffer at an odd offset, as readFileSync may give it.
    const buffer = Buffer.alloc(bytes.length + 1);
    buffer.set(bytes, 1);
    const back = decodeModel(buffer.subarray(1));
    for (const part of ['tagger', 'parser'] as const) {
      const [a, b] = [model[part].weights, back[part].weights];
      assert.deepEqual([a.nClasses, a.scale], [b.nClasses, b.scale]);
      const features = a.rowKeys.slice(0, 200);
      const [sa, sb] = [new Int32Array(a.nClasses), new Int32Array(b.nClasses)];
      a.score(features, features.length, sa);
      b.score(features, features.length, sb);
      assert.deepEqual(sb, sa, part);
      assert.ok(sa.some((s) => s !== 0), `${part}: scores are not all zero`);
    }
    assert.deepEqual(encodeModel(back), bytes, 'writing the read model gives the same bytes');
    const words = ['The', 'minister', 'said', 'that', 'the', 'talks', 'would', 'resume', '.'];
    assert.deepEqual(new DependencyParser(back).parse(words), new DependencyParser(model).parse(words));
  });

  const refused: [string, (b: Uint8Array) => Uint8Array, RegExp][] = [
    ['a foreign file', () => new TextEncoder().encode('{"nodes": []}'), /not a kg parser model/],
    ['an empty file', () => new Uint8Array(0), /not a kg parser model/],
    ['a truncated file', (b) => b.slice(0, b.length - 100), /truncated/],
    ['a flipped byte', (b) => { const c = b.slice(); c[c.length - 7]! ^= 0x10; return c; }, /checksum/],
    ['another version', (b) => { const c = b.slice(); c[4] = 99; return c; }, /version 99/],
  ];
  for (const [what, damage, message] of refused) {
    it(`refuses ${what} with a ModelFileError that says why`, () => {
      assert.throws(() => DependencyParser.fromBytes(damage(bytes)), (e: unknown) => e instanceof ModelFileError && message.test(e.message));
    });
  }
});
