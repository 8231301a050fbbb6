/**
 * Property-based fuzzing of the exports a spreadsheet opens: names, aliases, relations and sentences
 * of any text (control characters, lone surrogates, formulas) give CSV that a strict RFC 4180 reader
 * parses into the right rows and columns and TSV lines of the right number of cells, with no control
 * character, every text cell neutralised unless raw, and positions written as numbers.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { openieLine } from '../../src/export/openie-tsv.js';
import type { StoreContents } from '../../src/graph/store.js';
import type { NodeAttributes } from '../../src/types.js';
import { csvRecords } from '../support/csv-reader.js';
import { exportText, TEST_EXPORT } from '../support/export-files.js';
import { flatEdges, flatNodes } from '../support/flat-views.js';
import { controlCharacters, randomUnicode } from '../support/fuzz-text.js';
import { fuzzRuns, shown } from '../support/fuzz-run.js';
import { handBuiltStore } from '../support/hand-built.js';

/** What opens a formula, or hides one behind a control character, a space or half an emoji, before any text. */
const OPENERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '\u0000=', '\u0007@', ' =', '\ud800', '\udc00-', "'", '"=', ''];
const text = fc.oneof(
  randomUnicode,
  controlCharacters,
  fc.tuple(fc.constantFrom(...OPENERS), fc.string({ maxLength: 20 }), randomUnicode).map(([opener, word, rest]) => opener + word + rest),
);

/** The characters XML 1.0 allows, tab and line breaks among them, read code point by code point: lone surrogates are their own. */
function allowed(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) || codePoint >= 0x10000;
}

const cleaned = (value: string): string => Array.from(value).filter((c) => allowed(c.codePointAt(0)!)).join('');
const quoted = (value: string, raw: boolean): string => (!raw && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvCell = (value: string, raw: boolean): string => quoted(cleaned(value), raw);
const tsvCell = (value: string, raw: boolean): string => quoted(cleaned(value), raw).replace(/[\t\n\r]+/g, ' ');

/** No C0 control character but tab and the line breaks a quoted CSV field may hold, and no lone surrogate. */
function assertClean(file: string, where: string): void {
  assert.doesNotMatch(file, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, `a control character in ${where}`);
  assert.doesNotMatch(file, /\p{Cs}/u, `a lone surrogate in ${where}`);
}

interface Case {
  names: [string, string];
  aliases: string[];
  relation: string;
  positions: [number, number][];
}

const position = fc.double({ noNaN: true, noDefaultInfinity: true });
const cases: fc.Arbitrary<Case> = fc.record({
  names: fc.tuple(text, text),
  aliases: fc.array(text, { maxLength: 3 }),
  relation: text,
  positions: fc.array(fc.tuple(position, position), { minLength: 2, maxLength: 2 }),
});

function storeOf({ names: [from, to], aliases, relation, positions }: Case): StoreContents {
  const store = handBuiltStore([{ from, relation, to }], [{ name: from, aliases }]);
  store.graph.nodes.forEach((node, i) => Object.assign(node.attributes as NodeAttributes, { x: positions[i]![0], y: positions[i]![1] }));
  return store;
}

function exportsSafely(store: StoreContents, raw: boolean): void {
  const options = { ...TEST_EXPORT, raw };
  const nodesFile = exportText('nodes.csv', store, options);
  assertClean(nodesFile, `nodes.csv: ${shown(nodesFile)}`);
  const nodes = csvRecords(nodesFile);
  const flatNodesOf = flatNodes(store);
  assert.equal(nodes.length, flatNodesOf.length);
  nodes.forEach((record, i) => {
    const flat = flatNodesOf[i]!;
    assert.deepEqual([record['key'], record['label'], record['aliases']], [flat.key, flat.label, flat.aliases].map((value) => csvCell(value, raw)));
    // `===`, not Object.is: `-0` is written `0`, the same number to every reader
    assert.ok(Number(record['x']) === flat.x && Number(record['y']) === flat.y, `position ${record['x']},${record['y']} for ${flat.x},${flat.y}`);
  });
  const edgesFile = exportText('edges.csv', store, options);
  assertClean(edgesFile, `edges.csv: ${shown(edgesFile)}`);
  const edges = csvRecords(edgesFile);
  const flatEdgesOf = flatEdges(store);
  assert.equal(edges.length, flatEdgesOf.length);
  edges.forEach((record, i) => {
    const flat = flatEdgesOf[i]!;
    const fields = ['key', 'source', 'target', 'label', 'lemma', 'first_sentence'].map((name) => record[name]);
    assert.deepEqual(fields, [flat.key, flat.source, flat.target, flat.label, flat.lemma, flat.firstSentence].map((value) => csvCell(value, raw)));
    assert.equal(record['weight'], '1');
  });
}

interface TsvCase {
  sentence: string;
  relation: string;
  subject: string;
  object: string;
  complement: string | undefined;
  setting: string | undefined;
  passive: boolean;
  confidence: number;
}

const tsvCases: fc.Arbitrary<TsvCase> = fc.record({
  sentence: text, relation: text, subject: text, object: text,
  complement: fc.option(text, { nil: undefined }), setting: fc.option(text, { nil: undefined }),
  passive: fc.boolean(), confidence: fc.double({ min: 0, max: 1, noNaN: true }),
});

function tsvLineIsSafe(c: TsvCase, raw: boolean): void {
  const triple = {
    confidence: c.confidence, relation: c.relation, construction: c.passive ? 'passive' : 'active',
    subject: { text: c.subject }, object: { text: c.object }, complement: c.complement, setting: c.setting,
  };
  const line = openieLine(c.sentence, triple, { neutralise: !raw });
  assert.ok(line.endsWith('\n'), shown(line));
  const cells = line.slice(0, -1).split('\t');
  assertClean(cells.join(''), shown(line));
  assert.doesNotMatch(cells.join(''), /[\t\n\r]/, `a tab or line break inside a cell: ${shown(line)}`);
  const [first, second] = c.passive ? [c.object, c.subject] : [c.subject, c.object];
  const texts = [c.sentence, c.relation, first, second, ...(c.complement === undefined ? [] : [c.complement]), ...(c.setting === undefined ? [] : [c.setting])];
  assert.deepEqual([cells[0], ...cells.slice(2)], texts.map((value) => tsvCell(value, raw)), shown(line));
  assert.equal(Number(cells[1]), c.confidence);
}

describe('fuzzing the CSV and TSV exports', function () {
  this.timeout(60_000);

  it('CSV of names, aliases and relations of any text: strict RFC 4180, one record per node and edge, no control character, formulas neutralised, positions as numbers', () => {
    fc.assert(fc.property(cases, (c) => exportsSafely(storeOf(c), false)), fuzzRuns(300));
  });

  it('CSV, raw: the same, with every text cell as it was but for the control characters', () => {
    fc.assert(fc.property(cases, (c) => exportsSafely(storeOf(c), true)), fuzzRuns(300));
  });

  it('TSV lines of any text: one line, one cell per field, no control character, formulas neutralised unless raw', () => {
    fc.assert(fc.property(tsvCases, fc.boolean(), (c, raw) => tsvLineIsSafe(c, raw)), fuzzRuns(500));
  });
});
