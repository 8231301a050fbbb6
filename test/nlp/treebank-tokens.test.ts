/** compromise's tokens split the way UD English EWT splits words, with exact character offsets. */
import assert from 'node:assert/strict';
import { tagText } from '../../src/nlp/01-tag.js';
import { treebankTokens } from '../../src/nlp/treebank-tokens.js';

function words(text: string): string[] {
  return tagText(text).flatMap((s) => treebankTokens(s.tokens)).map((t) => t.text);
}

describe('treebank tokens', () => {
  const table: [text: string, expected: string[]][] = [
    ["Marcos's aide spoke.", ['Marcos', "'s", 'aide', 'spoke', '.']],
    ['Ghani’s office agreed.', ['Ghani', '’s', 'office', 'agreed', '.']],
    ["They didn't agree.", ['They', 'did', "n't", 'agree', '.']],
    ["We can't and won't go.", ['We', 'ca', "n't", 'and', 'wo', "n't", 'go', '.']],
    ['She cannot go.', ['She', 'can', 'not', 'go', '.']],
    ["I'm sure she'll say it's done.", ['I', "'m", 'sure', 'she', "'ll", 'say', 'it', "'s", 'done', '.']],
    ['A well-known co-founder left.', ['A', 'well', '-', 'known', 'co-founder', 'left', '.']],
    ['The re-election e-mail came.', ['The', 're-election', 'e-mail', 'came', '.']],
    ['Call 713-853-3989 by 3-4 pm.', ['Call', '713-853-3989', 'by', '3', '-', '4', 'pm', '.']],
    ['Wait... what?! It was late -- very late!!!', ['Wait', '...', 'what', '?!', 'It', 'was', 'late', '--', 'very', 'late', '!!!']],
    ['It cost $300, about 5% more.', ['It', 'cost', '$', '300', ',', 'about', '5', '%', 'more', '.']],
    ['The U.S. envoy met al-Qaeda over F-16s.', ['The', 'U.S.', 'envoy', 'met', 'al', '-', 'Qaeda', 'over', 'F-16s', '.']],
    ['"We will win," he said.', ['"', 'We', 'will', 'win', ',', '"', 'he', 'said', '.']],
    // already tokenised text (CaRB, the treebanks): compromise joins a closing quote and the full stop after it
    ["He earned the nickname `` the Pavarotti of the Organ '' .", ['He', 'earned', 'the', 'nickname', '``', 'the', 'Pavarotti', 'of', 'the', 'Organ', "''", '.']],
  ];
  for (const [text, expected] of table) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(words(text), expected, `for ${JSON.stringify(text)}`));
  }

  it('keeps every token on the characters it came from, numbered in order', () => {
    const text = "Marcos's aide didn't say the co-founder's $300 plan failed.";
    const tokens = tagText(text).flatMap((s) => treebankTokens(s.tokens));
    tokens.forEach((t, i) => {
      assert.equal(text.slice(t.start, t.end), t.text, `token ${i} ${JSON.stringify(t.text)}`);
      assert.equal(t.i, i);
    });
  });

  it('tells a possessive from the `is` of a pronoun', () => {
    const tokens = tagText("Iran's army said it's ready.").flatMap((s) => treebankTokens(s.tokens));
    assert.equal(tokens.find((t) => t.text === "'s" && t.start === 4)?.pos, 'POSS');
    assert.equal(tokens.filter((t) => t.text === "'s")[1]?.pos, 'AUX');
  });
});
