/** The dev-A / dev-B split of CaRB dev: odd and even lines of dev.txt, the gold restricted to each, and a bad --half. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restrictGold } from '../../bench/carb/domain.js';
import { halfKeys, parseHalf } from '../../bench/carb/half.js';
import { fileLines, sentenceKey } from '../../bench/carb/normalise.js';
import { parseGold } from '../../bench/carb/read-gold.js';
import { parseTabbed } from '../../bench/carb/read-tabbed.js';
import { scoreCarb } from '../../bench/carb/score.js';
import { devSlices, scoreSlices } from '../../bench/carb/slices.js';
import { KgError } from '../../src/errors/index.js';

const DEV = 'data/carb/dev/dev.txt';
const GOLD = 'data/carb/dev/gold/dev.tsv';
const DOMAIN_TSV = 'data/carb/dev/domain.tsv';

const keys = (...sentences: string[]): Set<string> => new Set(sentences.map(sentenceKey));

describe('CaRB halves: the split of a made-up dev text', () => {
  const cases: ReadonlyArray<readonly [what: string, devText: string, a: string[], b: string[]]> = [
    ['odd lines go to A, even lines to B', 'One .\nTwo .\nThree .\nFour .\nFive .\n', ['One .', 'Three .', 'Five .'], ['Two .', 'Four .']],
    ['a blank line keeps its number but adds no sentence', 'One .\n\nThree .\nFour .\n', ['One .', 'Three .'], ['Four .']],
    ['\\r\\n and a lone \\r end a line, as in fileLines', 'One .\r\nTwo .\rThree .', ['One .', 'Three .'], ['Two .']],
    ['a line of spaces counts as blank', 'One .\n   \nThree .', ['One .', 'Three .'], []],
  ];
  for (const [what, devText, a, b] of cases) {
    it(what, () => {
      assert.deepEqual(halfKeys(devText, 'A'), keys(...a), `dev-A of ${JSON.stringify(devText)}`);
      assert.deepEqual(halfKeys(devText, 'B'), keys(...b), `dev-B of ${JSON.stringify(devText)}`);
    });
  }

  it('restricts the gold to a half, meeting sentences written differently', () => {
    const devText = 'He left Paris .\nShe said `` no . \'\'\nThey stayed home .\n';
    const gold = parseGold([
      'He left Paris .\tleft\tHe\tParis',
      'She said `` no . \'\'\tsaid\tShe\tno',
      'They stayed home .\tstayed\tThey\thome',
    ].join('\n'));
    assert.deepEqual([...restrictGold(gold, halfKeys(devText, 'A')).keys()], [sentenceKey('He left Paris.'), sentenceKey('They stayed home.')]);
    assert.deepEqual([...restrictGold(gold, halfKeys(devText, 'B')).keys()], [sentenceKey('She said "no."')]);
  });

  it('scores each slice of one output as scoring its restricted gold would', () => {
    const devText = 'A b c .\nD e f .\n';
    const gold = parseGold('A b c .\tb\tA\tc\nD e f .\te\tD\tf\n');
    const predicted = parseTabbed('A b c .\t0.9\tb\tA\tc\nD e f .\t0.4\te\tD\tx\n');
    const rows = scoreSlices(gold, predicted, [{ name: 'all', keys: null }, { name: 'dev-B', keys: halfKeys(devText, 'B') }]);
    assert.deepEqual(rows.map((r) => [r.name, r.goldSentences, r.extractions]), [['all', 2, 2], ['dev-B', 1, 1]]);
    assert.equal(rows[1]!.best?.f1, scoreCarb(restrictGold(gold, halfKeys(devText, 'B')), predicted).best?.f1);
  });
});

describe('CaRB halves: --half values', () => {
  const accepted: ReadonlyArray<readonly [string, 'A' | 'B']> = [['A', 'A'], ['B', 'B'], ['a', 'A'], ['b', 'B']];
  for (const [value, half] of accepted) it(`reads ${JSON.stringify(value)} as ${half}`, () => assert.equal(parseHalf(value), half));

  for (const value of ['C', '', 'AB', '1', 'odd']) {
    it(`rejects ${JSON.stringify(value)}, naming the option and the value`, () => {
      assert.throws(() => parseHalf(value), (error: unknown) => {
        assert.ok(error instanceof KgError, `expected a KgError for ${JSON.stringify(value)}`);
        assert.equal(error.input, value);
        assert.ok(error.message.includes('--half') && error.message.includes(JSON.stringify(value)), error.message);
        return true;
      });
    });
  }
});

describe('CaRB halves: the real dev set', () => {
  const devText = readFileSync(DEV, 'utf8');
  const gold = parseGold(readFileSync(GOLD, 'utf8'));
  const a = halfKeys(devText, 'A');
  const b = halfKeys(devText, 'B');

  it('puts the 641 lines of dev.txt 321 in dev-A and 320 in dev-B', () => {
    assert.equal(a.size, 321);
    assert.equal(b.size, 320);
  });

  it('splits dev.txt into two halves that cover it and share no sentence', () => {
    const all = new Set(fileLines(devText).filter((line) => line.trim() !== '').map(sentenceKey));
    assert.equal(all.size, 641);
    assert.deepEqual(new Set([...a, ...b]), all, 'A ∪ B = all');
    assert.deepEqual([...a].filter((key) => b.has(key)), [], 'A ∩ B = ∅');
  });

  it('splits the gold the same way: 320 + 318 of its 638 sentences (lines 435, 444 and 544 have no gold)', () => {
    const goldA = restrictGold(gold, a);
    const goldB = restrictGold(gold, b);
    assert.equal(gold.size, 638);
    assert.equal(goldA.size, 320);
    assert.equal(goldB.size, 318);
    assert.equal(goldA.size + goldB.size, gold.size);
  });

  it('gives --halves its rows in order, the halves and the domains each covering all the gold', () => {
    const slices = devSlices(devText, readFileSync(DOMAIN_TSV, 'utf8'), DOMAIN_TSV);
    assert.deepEqual(slices.map((s) => s.name), ['all', 'dev-A', 'dev-B', 'newswire', 'wiki']);
    const sizes = slices.map((s) => (s.keys === null ? gold : restrictGold(gold, s.keys)).size);
    assert.deepEqual(sizes, [638, 320, 318, 246, 392]);
  });
});
