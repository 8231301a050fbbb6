/**
 * TSV: every raw triple of every document, a line each, in the OpenIE/CaRB layout with its whole
 * sentence; no control character in a cell, and formulas neutralised unless raw.
 */
import assert from 'node:assert/strict';
import { exportText, TEST_EXPORT } from '../support/export-files.js';
import { HYPERLINK, formulaStore } from '../support/formula-store.js';
import { seedStore } from '../support/stores.js';

/** Each line's cells, after checking that tabs only separate them and that no other control character is left. */
function tsvRows(text: string): string[][] {
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'the file ends with a line break');
  for (const line of lines) assert.doesNotMatch(line.replace(/\t/g, ''), /[\u0000-\u001F]/, JSON.stringify(line));
  return lines.map((line) => line.split('\t'));
}

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
    const line = exportText('tsv', store).split('\n').find((l) => l.includes('\tpublished by\t'));
    assert.ok(line, 'no passive "published by" in the seeds');
    const [sentence, , relation, first, second] = line.split('\t');
    assert.match(sentence!, /^WASHINGTON — U.S. Secretary of State Antony Blinken has set out .* according to a letter from Blinken to President Ashraf Ghani published by Afghanistan’s TOLONews\.$/);
    assert.deepEqual([relation, second], ['published by', 'Afghanistan’s TOLONews']);
    assert.match(first!, /^a letter/);
  });

  it('puts a quote before cells that open with a formula, drops control characters, and keeps five cells a line', () => {
    const rows = tsvRows(exportText('tsv', formulaStore()));
    assert.deepEqual(rows.map((row) => row.length), [5, 5, 5, 5, 5]);
    assert.deepEqual(rows.map((row) => row[0]), [
      `'${HYPERLINK} met Ashraf Ghani.`,
      "'+1 Army Group =cmd|' /C calc'!A0 -2+3 Brigade.",
      "'@SUM(A1:A9) Holdings wrote to  Tabbed Front.",
      "' Returned Council thanked Mullah Baradar[31m\u007f.",
      "'=1+1 Committee -warned Ashraf Ghani.",
    ]);
    assert.deepEqual(rows.map((row) => row.slice(1)), [
      ['0.9', 'met', `'${HYPERLINK}`, 'Ashraf Ghani'],
      ['0.9', "'=cmd|' /C calc'!A0", "'+1 Army Group", "'-2+3 Brigade"],
      ['0.9', 'wrote to', "'@SUM(A1:A9) Holdings", "' Tabbed Front"],
      ['0.9', 'thanked', "' Returned Council", 'Mullah Baradar[31m\u007f'],
      ['0.9', "'-warned", "'=1+1 Committee", 'Ashraf Ghani'],
    ]);
  });

  it('raw, keeps the formulas as they are, still without control characters and five cells a line', () => {
    const rows = tsvRows(exportText('tsv', formulaStore(), { ...TEST_EXPORT, raw: true }));
    assert.deepEqual(rows.map((row) => row.length), [5, 5, 5, 5, 5]);
    assert.deepEqual(rows.map((row) => [row[0], row[2], row[3]]), [
      [`${HYPERLINK} met Ashraf Ghani.`, 'met', HYPERLINK],
      ["+1 Army Group =cmd|' /C calc'!A0 -2+3 Brigade.", "=cmd|' /C calc'!A0", '+1 Army Group'],
      ['@SUM(A1:A9) Holdings wrote to  Tabbed Front.', 'wrote to', '@SUM(A1:A9) Holdings'],
      [' Returned Council thanked Mullah Baradar[31m\u007f.', 'thanked', ' Returned Council'],
      ['=1+1 Committee -warned Ashraf Ghani.', '-warned', '=1+1 Committee'],
    ]);
  });
});
