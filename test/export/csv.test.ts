/**
 * CSV: RFC 4180 quoting and CRLF line ends, read back with a strict RFC 4180 reader, on awkward text
 * and the seeds; formulas neutralised with a leading quote unless raw, and no control character.
 */
import assert from 'node:assert/strict';
import { csvField } from '../../src/export/csv.js';
import { slug } from '../../src/resolve/index.js';
import { awkwardStore } from '../support/awkward-store.js';
import { csvRecords } from '../support/csv-reader.js';
import { exportText, TEST_EXPORT } from '../support/export-files.js';
import { flatEdges, flatNodes, xmlCleaned } from '../support/flat-views.js';
import { CONTROL_NAME, FORMULA_NAMES, formulaStore, HIDDEN_FORMULA, HYPERLINK } from '../support/formula-store.js';
import { seedStore } from '../support/stores.js';

/** C0 control characters but tab and the line breaks, which RFC 4180 allows inside a quoted field. */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export', () => {
  const table: [string, string | number | boolean | undefined, string][] = [
    ['plain text', 'Antony Blinken', 'Antony Blinken'],
    ['a comma', 'Baradar, Mullah', '"Baradar, Mullah"'],
    ['quotes, doubled', 'the "letter"', '"the ""letter"""'],
    ['a line break', 'a\r\nb', '"a\r\nb"'],
    ['a number', 2.5, '2.5'],
    ['a boolean', false, 'false'],
    ['nothing', undefined, ''],
    ['a formula after a quote', '=1+1', "'=1+1"],
    ['a formula with quotes, after a quote and quoted', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['text opening with +, - or @ after a quote', '-2+3', "'-2+3"],
    ['a tab or a carriage return that opens the text after a quote, quoted', '\tx', '"\'\tx"'],
    ['a negative number as it is', -3.5, '-3.5'],
    ['a semicolon, quoted, so a reader splitting at ; cannot start a cell with =', 'a;=1+1', '"a;=1+1"'],
    ['a tab, quoted', 'a\tb', '"a\tb"'],
    ['NUL, ESC and other control characters dropped', 'a\u0000b\u001bc\u0001', 'abc'],
    ['a formula behind a NUL after a quote', '\u0000@SUM(A1)', "'@SUM(A1)"],
  ];
  for (const [what, value, field] of table) it(`writes ${what} as ${JSON.stringify(field)}`, () => assert.equal(csvField(value), field));

  const raw: [string, string, string][] = [
    ['a formula', '=1+1', '=1+1'],
    ['a formula with quotes, quoted as RFC 4180 asks', '=HYPERLINK("x")', '"=HYPERLINK(""x"")"'],
    ['NUL and other control characters, dropped all the same', '\u0000@SUM(A1)\u0007', '@SUM(A1)'],
  ];
  for (const [what, value, field] of raw) it(`raw, writes ${what} as ${JSON.stringify(field)}`, () => assert.equal(csvField(value, true), field));

  it('nodes.csv of awkward text reads back, every character but the controls XML drops kept, with the header the README lists', () => {
    const store = awkwardStore();
    const text = exportText('nodes.csv', store);
    assert.ok(text.startsWith('key,label,type,aliases,mentions,documents,x,y,size,color\r\n'));
    const read = csvRecords(text);
    const nodes = flatNodes(store).map(xmlCleaned);
    assert.deepEqual(read.map((r) => [r['key'], r['label'], r['aliases'], r['color']]), nodes.map((n) => [n.key, n.label, n.aliases, n.color ?? '']));
    assert.deepEqual(read.map((r) => Number(r['x'])), nodes.map((n) => n.x ?? 0));
  });

  it('edges.csv of awkward text reads back with its first sentences, flags and counts', () => {
    const store = awkwardStore();
    const text = exportText('edges.csv', store);
    assert.ok(text.startsWith('key,source,target,label,lemma,weight,negated,hedged,attributedTo,modality,tense,evidence_count,first_sentence,first_document\r\n'));
    const read = csvRecords(text);
    assert.deepEqual(
      read.map((r) => [r['key'], r['label'], r['weight'], r['negated'], r['attributedTo'], r['modality'], r['first_sentence']]),
      flatEdges(store).map(xmlCleaned).map((e) => [e.key, e.label, String(e.weight), String(e.negated), e.attributedTo ?? '', e.modality ?? '', e.firstSentence]),
    );
  });

  it('nodes.csv puts a quote before names that open with =, +, -, @, a tab or a CR, drops control characters, and leaves negative positions as numbers', () => {
    const store = formulaStore();
    const text = exportText('nodes.csv', store);
    assert.doesNotMatch(text, FORBIDDEN_CONTROL);
    const read = csvRecords(text);
    const label = (name: string): string | undefined => read.find((r) => r['key'] === slug(name))?.['label'];
    for (const name of FORMULA_NAMES) assert.equal(label(name), `'${name}`, JSON.stringify(name));
    assert.equal(label(HYPERLINK), `'${HYPERLINK}`);
    assert.equal(label(CONTROL_NAME), 'Mullah Baradar[31m\u007f');
    assert.equal(label(HIDDEN_FORMULA), "'=1+1 Committee");
    // only the cell's first character matters: `@ghani` inside the list is not a formula
    assert.equal(label('Ashraf Ghani'), 'Ashraf Ghani');
    assert.equal(read.find((r) => r['key'] === slug('Ashraf Ghani'))?.['aliases'], 'Ashraf Ghani | @ghani | +93 President');
    for (const record of read) {
      for (const column of ['key', 'label', 'type', 'aliases', 'color']) assert.doesNotMatch(record[column]!, FORMULA_START, `${column} ${record[column]}`);
    }
    assert.deepEqual(read.map((r) => [Number(r['x']), Number(r['y'])]), flatNodes(store).map((n) => [n.x, n.y]));
    assert.ok(text.includes(',-3.5,-1.25,'), 'the first position is written as bare numbers');
  });

  it('edges.csv puts a quote before relations and first sentences that open with a formula', () => {
    const read = csvRecords(exportText('edges.csv', formulaStore()));
    assert.deepEqual(read.map((r) => r['label']), ['met', "'=cmd|' /C calc'!A0", 'wrote to', 'thanked', "'-warned"]);
    assert.deepEqual(read.map((r) => r['first_sentence']), [
      `'${HYPERLINK} met Ashraf Ghani.`,
      "'+1 Army Group =cmd|' /C calc'!A0 -2+3 Brigade.",
      "'@SUM(A1:A9) Holdings wrote to \tTabbed Front.",
      `'\rReturned Council thanked Mullah Baradar[31m\u007f.`,
      "'=1+1 Committee -warned Ashraf Ghani.",
    ]);
    assert.ok(read.every((r) => r['weight'] === '1' && r['negated'] === 'false'));
  });

  it('raw, keeps every formula as it is, still valid RFC 4180 and still without control characters', () => {
    const store = formulaStore();
    const nodes = exportText('nodes.csv', store, { ...TEST_EXPORT, raw: true });
    assert.doesNotMatch(nodes, FORBIDDEN_CONTROL);
    assert.deepEqual(csvRecords(nodes).map((r) => r['label']), flatNodes(store).map((n) => n.label.replace(/\u0000|\u0001|\u001b/g, '')));
    const edges = csvRecords(exportText('edges.csv', store, { ...TEST_EXPORT, raw: true }));
    assert.equal(edges[0]!['first_sentence'], `${HYPERLINK} met Ashraf Ghani.`);
    assert.equal(edges[1]!['label'], "=cmd|' /C calc'!A0");
  });

  it('of the seed graph has one record per node and per edge', async () => {
    const store = await seedStore();
    assert.equal(csvRecords(exportText('nodes.csv', store)).length, store.graph.nodes.length);
    const edges = csvRecords(exportText('edges.csv', store));
    assert.equal(edges.length, store.graph.edges.length);
    assert.ok(edges.every((edge) => edge['first_sentence'] !== '' && edge['first_document'] !== ''));
  });
});
