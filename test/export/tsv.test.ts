/** TSV: every raw triple of every document, a line each, in the OpenIE/CaRB layout with its whole sentence. */
import assert from 'node:assert/strict';
import { exportText } from '../support/export-files.js';
import { seedStore } from '../support/stores.js';

describe('TSV export', () => {
  it('writes every triple of the seeds as sentence, confidence, relation, arg1, arg2[, more]', async () => {
    const store = await seedStore();
    const lines = exportText('tsv', store).split('\n');
    assert.equal(lines.pop(), '', 'the file ends with a line break');
    assert.equal(lines.length, store.documents.reduce((sum, doc) => sum + doc.triples.length, 0));
    for (const line of lines) {
      const fields = line.split('\t');
      assert.ok(fields.length >= 5, line);
      assert.ok(Number(fields[1]) > 0 && Number(fields[1]) <= 1, line);
    }
  });

  it('puts the whole sentence first, and a passive in the sentence order', async () => {
    const store = await seedStore();
    const line = exportText('tsv', store).split('\n').find((l) => l.includes('\twas made public by\t'));
    assert.ok(line, 'no passive "was made public by" in the seeds');
    const [sentence, , relation, first, second] = line.split('\t');
    assert.match(sentence!, /^This week, a leaked letter .* was made public by media in Afghanistan\.$/);
    assert.deepEqual([relation, second], ['was made public by', 'media']);
    assert.match(first!, /letter/);
  });
});
