/** The console language's parser: what each query means, and where each malformed one goes wrong. */
import assert from 'node:assert/strict';
import { InvalidQueryError } from '../../src/errors/index.js';
import { parseQuery } from '../../src/query/parse.js';

describe('parsing console queries', () => {
  const commands: [string, unknown][] = [
    ['help', { kind: 'help' }],
    ['path Blinken -> Taliban', { kind: 'path', from: { text: 'Blinken', position: 5 }, to: { text: 'Taliban', position: 16 }, directed: true }],
    ['PATH Antony Blinken--the Taliban', { kind: 'path', from: { text: 'Antony Blinken', position: 5 }, to: { text: 'the Taliban', position: 21 }, directed: false }],
    ['path "Via Rail" -> x', { kind: 'path', from: { text: 'Via Rail', position: 5 }, to: { text: 'x', position: 19 }, directed: true }],
    ["path O'Brien -> AT&T", { kind: 'path', from: { text: "O'Brien", position: 5 }, to: { text: 'AT&T', position: 16 }, directed: true }],
    ['neighbors Ghani', { kind: 'neighbors', actor: { text: 'Ghani', position: 10 }, depth: 1 }],
    ['neighbours Ashraf Ghani depth 3', { kind: 'neighbors', actor: { text: 'Ashraf Ghani', position: 11 }, depth: 3 }],
    ['find blink', { kind: 'find', text: 'blink' }],
    ['paths Blinken -> Taliban', { kind: 'paths', from: { text: 'Blinken', position: 6 }, to: { text: 'Taliban', position: 17 }, directed: true, k: 5, maxLength: 6 }],
    ['paths A -- B k 3 max 4', { kind: 'paths', from: { text: 'A', position: 6 }, to: { text: 'B', position: 11 }, directed: false, k: 3, maxLength: 4 }],
    ['paths A -> B max 2 k 9', { kind: 'paths', from: { text: 'A', position: 6 }, to: { text: 'B', position: 11 }, directed: true, k: 9, maxLength: 2 }],
    ['edges from US rel ask to Turkey', { kind: 'edges', from: { text: 'US', position: 11 }, relation: 'ask', to: { text: 'Turkey', position: 25 } }],
    ['edges rel "Wrote to"', { kind: 'edges', relation: 'wrote to' }],
    ['edges to the Taliban', { kind: 'edges', to: { text: 'the Taliban', position: 9 } }],
    ['edges', { kind: 'edges' }],
    ['show secretary blinken', { kind: 'show', actor: { text: 'secretary blinken', position: 5 } }],
  ];
  for (const [query, command] of commands) {
    it(`reads ${JSON.stringify(query)}`, () => assert.deepEqual(parseQuery(query).command, command));
  }

  it('reads filters after any command', () => {
    assert.deepEqual(parseQuery('neighbors Ghani depth 2 -hedged -negated type person,place min 2 via ask,"wrote to"').filters, {
      hideHedged: true, hideNegated: true, types: ['person', 'place'], minEvidence: 2, via: ['ask', 'wrote to'],
    });
    assert.deepEqual(parseQuery('path a -> b').filters, { hideHedged: false, hideNegated: false });
  });

  const errors: [string, number, RegExp][] = [
    ['', 0, /expected a command/],
    ['pth Blinken -> Taliban', 0, /unknown command "pth"/],
    ['path', 4, /expected an actor's name after "path"/],
    ['path Blinken', 12, /expected "->"/],
    ['path Blinken => Taliban', 13, /expected "->"/],
    ['path Blinken <- Taliban', 13, /expected "->"/],
    ['path Blinken ->', 15, /after "->"/],
    ['path "Blinken -> x', 5, /never closed/],
    ['path "" -> x', 5, /empty quoted name/],
    ['neighbors Ghani depth', 21, /whole number from 1 to 4/],
    ['neighbors Ghani depth 9', 22, /whole number from 1 to 4/],
    ['neighbors Ghani depth two', 22, /whole number/],
    ['neighbors depth 2', 10, /actor's name/],
    ['find', 4, /after "find"/],
    ['paths A -> B k 0', 15, /whole number from 1 to 50 after "k"/],
    ['paths A -> B max 11', 17, /whole number from 1 to 10 after "max"/],
    ['edges from', 10, /actor's name after "from"/],
    ['edges rel', 9, /relation after "rel"/],
    ['edges from A rel', 16, /relation after "rel"/],
    ['edges to A from B', 11, /unexpected "from"/],
    ['show Ghani type animal', 16, /expected a type/],
    ['show Ghani min 0', 15, /1 or more/],
    ['show Ghani -sorted', 11, /unexpected "-sorted"; expected a filter/],
    ['show Ghani via', 14, /expected a relation/],
  ];
  for (const [query, position, message] of errors) {
    it(`says where ${JSON.stringify(query)} goes wrong (character ${position})`, () => {
      assert.throws(() => parseQuery(query), (error: unknown) => {
        assert.ok(error instanceof InvalidQueryError, String(error));
        assert.equal(error.position, position);
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
