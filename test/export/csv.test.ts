/** CSV: RFC 4180 quoting and CRLF line ends, read back with a strict RFC 4180 reader, on awkward text and the seeds. */
import assert from 'node:assert/strict';
import { csvField } from '../../src/export/csv.js';
import { awkwardStore } from '../support/awkward-store.js';
import { exportText } from '../support/export-files.js';
import { flatEdges, flatNodes } from '../support/flat-views.js';
import { seedStore } from '../support/stores.js';

/** RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes, nothing else after a closing quote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        assert.ok(quote >= 0, 'a quoted field is never closed');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      assert.ok(!field.includes('"'), `a quote in an unquoted field: ${field}`);
      i += field.length;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
    assert.equal(text.slice(i, i + 2), '\r\n', `records end with CRLF (at ${i})`);
    i += 2;
    if (i >= text.length) return rows;
  }
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  for (const row of rows) assert.equal(row.length, header!.length, row.join(','));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('CSV export', () => {
  const table: [string, string | number | boolean | undefined, string][] = [
    ['plain text', 'Antony Blinken', 'Antony Blinken'],
    ['a comma', 'Baradar, Mullah', '"Baradar, Mullah"'],
    ['quotes, doubled', 'the "letter"', '"the ""letter"""'],
    ['a line break', 'a\r\nb', '"a\r\nb"'],
    ['a number', 2.5, '2.5'],
    ['a boolean', false, 'false'],
    ['nothing', undefined, ''],
  ];
  for (const [what, value, field] of table) it(`writes ${what} as ${JSON.stringify(field)}`, () => assert.equal(csvField(value), field));

  it('nodes.csv of awkward text reads back, every character kept, with the header the README lists', () => {
    const store = awkwardStore();
    const text = exportText('nodes.csv', store);
    assert.ok(text.startsWith('key,label,type,aliases,mentions,documents,x,y,size,color\r\n'));
    const read = records(text);
    const nodes = flatNodes(store);
    assert.deepEqual(read.map((r) => [r['key'], r['label'], r['aliases'], r['color']]), nodes.map((n) => [n.key, n.label, n.aliases, n.color ?? '']));
    assert.deepEqual(read.map((r) => Number(r['x'])), nodes.map((n) => n.x ?? 0));
  });

  it('edges.csv of awkward text reads back with its first sentences, flags and counts', () => {
    const store = awkwardStore();
    const text = exportText('edges.csv', store);
    assert.ok(text.startsWith('key,source,target,label,lemma,weight,negated,hedged,attributedTo,modality,tense,evidence_count,first_sentence,first_document\r\n'));
    const read = records(text);
    assert.deepEqual(
      read.map((r) => [r['key'], r['label'], r['weight'], r['negated'], r['attributedTo'], r['modality'], r['first_sentence']]),
      flatEdges(store).map((e) => [e.key, e.label, String(e.weight), String(e.negated), e.attributedTo ?? '', e.modality ?? '', e.firstSentence]),
    );
  });

  it('of the seed graph has one record per node and per edge', async () => {
    const store = await seedStore();
    assert.equal(records(exportText('nodes.csv', store)).length, store.graph.nodes.length);
    const edges = records(exportText('edges.csv', store));
    assert.equal(edges.length, store.graph.edges.length);
    assert.ok(edges.every((edge) => edge['first_sentence'] !== '' && edge['first_document'] !== ''));
  });
});
