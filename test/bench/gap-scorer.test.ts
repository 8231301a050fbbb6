/** GAP's scoring and file layout, on rows of the development split. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseGap } from '../../bench/gap/gap-file.js';
import { formatPredictions, scoreGap, type GapAnswer } from '../../bench/gap/score.js';

describe('bench:gap scoring', () => {
  const rows = parseGap(readFileSync('data/gap/gap-development.tsv', 'utf8'), 'gap-development.tsv');

  it('reads all 2,000 development rows with their offsets and labels', () => {
    assert.equal(rows.length, 2000);
    const first = rows[0]!;
    assert.equal(first.id, 'development-1');
    assert.equal(first.text.slice(first.pronounOffset, first.pronounOffset + first.pronoun.length), first.pronoun);
    assert.equal(first.text.slice(first.a.offset, first.a.offset + first.a.name.length), first.a.name);
    assert.deepEqual([first.a.coref, first.b.coref], [true, false]);
  });

  it('scores the gold answers 100 and all-FALSE 0, with bias 1 for the gold', () => {
    const gold = new Map<string, GapAnswer>(rows.map((row) => [row.id, { a: row.a.coref, b: row.b.coref }]));
    const perfect = scoreGap(rows, gold);
    assert.deepEqual([perfect.overall.f1, perfect.masculine.f1, perfect.feminine.f1, perfect.bias], [1, 1, 1, 1]);
    assert.equal(scoreGap(rows, new Map()).overall.f1, 0);
  });

  it('counts precision and recall over the two decisions of each row, by the pronoun’s gender', () => {
    // answer TRUE for A everywhere: recall is the share of gold TRUEs that are A's
    const allA = new Map<string, GapAnswer>(rows.map((row) => [row.id, { a: true, b: false }]));
    const score = scoreGap(rows, allA);
    const goldTrue = rows.filter((row) => row.a.coref).length + rows.filter((row) => row.b.coref).length;
    assert.equal(score.overall.precision, rows.filter((row) => row.a.coref).length / rows.length);
    assert.equal(score.overall.recall, rows.filter((row) => row.a.coref).length / goldTrue);
    assert.ok(score.masculine.f1 > 0 && score.feminine.f1 > 0);
  });

  it('writes predictions in GAP’s system format, one line a row, no header', () => {
    const lines = formatPredictions(rows.slice(0, 2), new Map([['development-1', { a: true, b: false }]])).split('\n');
    assert.deepEqual(lines, ['development-1\tTRUE\tFALSE', 'development-2\tFALSE\tFALSE', '']);
  });

  it('names the file and the line of a bad row', () => {
    assert.throws(() => parseGap('ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\nx\tHe ran.\tHe\tzero\tA\t0\tTRUE\tB\t1\tFALSE\n', 'bad.tsv'), /bad\.tsv, line 2: Pronoun-offset "zero"/);
    assert.throws(() => parseGap('id,text\n', 'other.csv'), /other\.csv: not in GAP's layout/);
  });
});
