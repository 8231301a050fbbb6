/**
 * The contract every extraction engine must keep (STYLE habit 3): run here on the compromise engine
 * over the seeds; a second engine is added to ENGINES and must pass the same checks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compromiseExtractor, type Extractor } from '../../src/nlp/extract.js';
import { toDocument } from '../../src/ingest/index.js';
import type { Document, Mention } from '../../src/types.js';
import { shippedParser } from '../../src/pipeline/parser-model.js';

const ENGINES: [name: string, engine: Extractor][] = [['compromise', compromiseExtractor]];
const SEEDS: Document[] = readdirSync('seeds')
  .sort()
  .map((file) => toDocument({ source: file, title: file, text: readFileSync(path.join('seeds', file), 'utf8') }));
const TYPES = new Set(['person', 'organization', 'place', 'group', 'concept']);

for (const [name, engine] of ENGINES) {
  describe(`extractor contract: ${name}`, () => {
    for (const doc of SEEDS) {
      it(`${doc.source}: sentences in order, triples inside their sentence, every text a slice at its offsets`, () => {
        const extracted = engine.extract(doc, { parser: shippedParser() });
        assert.equal(extracted.id, doc.id);
        assert.ok(extracted.sentences.length > 0 && extracted.triples.length > 0);
        let previousEnd = 0;
        extracted.sentences.forEach((sentence, index) => {
          assert.equal(sentence.index, index);
          assert.ok(sentence.start >= previousEnd && sentence.end > sentence.start && sentence.end <= doc.text.length);
          previousEnd = sentence.end;
        });
        for (const triple of extracted.triples) {
          const sentence = extracted.sentences[triple.sentence];
          assert.ok(sentence, `triple points at sentence ${triple.sentence}`);
          assert.ok(sentence.start <= triple.span.start && triple.span.end <= sentence.end, `span outside its sentence: ${triple.relation}`);
          for (const mention of [triple.subject, triple.object] as Mention[]) {
            assert.equal(doc.text.slice(mention.start, mention.end), mention.text);
            assert.equal(doc.text.slice(mention.nameSpan.start, mention.nameSpan.end), mention.name);
            assert.ok(TYPES.has(mention.type), mention.type);
          }
          assert.ok(triple.relation.trim() !== '' && triple.lemma.trim() !== '');
          assert.ok(triple.confidence > 0 && triple.confidence <= 1, String(triple.confidence));
          assert.equal(typeof triple.flags.negated, 'boolean');
          assert.equal(typeof triple.flags.hedged, 'boolean');
          assert.ok(['past', 'present', 'future'].includes(triple.flags.tense));
        }
      });
    }

    it('is deterministic: the same document twice gives the same output', () => {
      const doc = SEEDS[1]!;
      assert.deepEqual(engine.extract(doc, { parser: shippedParser() }), engine.extract(doc, { parser: shippedParser() }));
    });
  });
}
