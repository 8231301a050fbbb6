/** compromise's hints for treebank words: kg's own reading of each sentence's raw text, aligned word by word. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readConllu, readConlluTexts } from '../../src/parse/conllu.js';
import { UNALIGNED_HINTS } from '../../src/nlp/parser-hints.js';
import { treebankHints } from '../../bench/support/treebank-hints.js';

describe('treebank hints', function () {
  this.timeout(60_000);
  const conllu = readFileSync('data/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu', 'utf8');
  const sentences = readConllu(conllu);
  const texts = readConlluTexts(conllu);

  it('reads one raw text per sentence, holding its words in order', () => {
    assert.equal(texts.length, sentences.length);
    sentences.forEach((sentence, k) => {
      let cursor = 0;
      for (const word of sentence) {
        const at = texts[k]!.indexOf(word.form, cursor);
        // a contraction's words (`do` + `n't` of `don't`) are spelt inside the token, as are all others
        if (at >= 0) cursor = at + word.form.length;
      }
      assert.ok(cursor > 0, `sentence ${k + 1}: none of its words is in ${JSON.stringify(texts[k])}`);
    });
  });

  it('gives compromise’s class to almost every word of the dev split, and the class agrees with the gold tag on clear cases', () => {
    let words = 0;
    let aligned = 0;
    let determiners = 0;
    let determinersRead = 0;
    sentences.slice(0, 600).forEach((sentence, k) => {
      const hints = treebankHints(texts[k]!, sentence.map((w) => w.form));
      sentence.forEach((word, i) => {
        words++;
        if (hints[i] !== UNALIGNED_HINTS) aligned++;
        if (word.upos === 'DET' && /^(the|a|an)$/i.test(word.form)) {
          determiners++;
          if (hints[i]![0] === 'DET') determinersRead++;
        }
      });
    });
    assert.ok(aligned / words > 0.95, `only ${aligned} of ${words} words aligned`);
    assert.ok(determinersRead / determiners > 0.98, `${determinersRead} of ${determiners} articles read as DET`);
  });
});
