/** Paths through concepts: by default only where one document tells both hops; `-concepts` none; `+concepts` any. */
import assert from 'node:assert/strict';
import { InvalidQueryError } from '../../src/errors/index.js';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { parseQuery } from '../../src/query/parse.js';
import { runQuery } from '../../src/query/run.js';
import type { EntityType } from '../../src/types.js';
import { handBuiltStore, type HandActor, type HandEdge } from '../support/hand-built.js';

const keys = (nodes: { key: string }[] | undefined): string[] => (nodes ?? []).map((node) => node.key);
const concepts = (...names: string[]): HandActor[] => names.map((name) => ({ name, type: 'concept' as EntityType }));
const told = (...docs: number[]): NonNullable<HandEdge['evidence']> => docs.map((doc) => ({ doc }));
const docId = (n: number): string => `d0c${String(n + 1).padStart(13, '0')}`;

describe('paths through concepts', () => {
  // two unrelated phone calls, one concept `call`
  const calls = new LoadedGraph(handBuiltStore([
    { from: 'Boris Johnson', relation: 'make', to: 'call', evidence: told(1) },
    { from: 'Donald Trump', relation: 'make', to: 'call', evidence: told(2) },
  ], concepts('call')));
  // one agreement, told with both parties by document 3
  const agreement = new LoadedGraph(handBuiltStore([
    { from: 'Ann', relation: 'sign', to: 'Doha agreement', evidence: [{ doc: 1 }, { doc: 3, hedged: true }] },
    { from: 'Bob', relation: 'reject', to: 'Doha agreement', evidence: told(3) },
  ], concepts('Doha agreement')));

  it('refuses by default a concept whose two hops come from different documents, and says +concepts finds one', () => {
    const answer = runQuery(calls, 'path Boris Johnson -- Donald Trump');
    assert.equal(answer.path, null);
    assert.match(answer.summary, /no path between Boris Johnson and Donald Trump through named actors .*\+concepts finds one of 2 hop\(s\)/);
    assert.match(answer.text, /\+concepts finds one of 2 hop/);
  });

  it('finds that path with +concepts, and -concepts refuses it too', () => {
    assert.deepEqual(keys(runQuery(calls, 'path Boris Johnson -- Donald Trump +concepts').path?.nodes), ['boris-johnson', 'call', 'donald-trump']);
    const none = runQuery(calls, 'path Boris Johnson -- Donald Trump -concepts');
    assert.equal(none.path, null);
    assert.match(none.summary, /passing no concept \(-concepts\); \+concepts finds one of 2 hop/);
  });

  it('finds by default a concept whose two hops one document tells, showing that document first', () => {
    const answer = runQuery(agreement, 'path Ann -- Bob');
    assert.deepEqual(keys(answer.path?.nodes), ['ann', 'doha-agreement', 'bob']);
    assert.equal(answer.path?.hops[0]?.evidence[0]?.doc, docId(3), 'the sentence of the document that tells both hops comes first');
    assert.equal(runQuery(agreement, 'path Ann -- Bob -concepts').path, null);
  });

  it('reads the documents in the evidence the other filters keep: -hedged takes the shared document away', () => {
    const answer = runQuery(agreement, 'path Ann -- Bob -hedged');
    assert.equal(answer.path, null);
    assert.match(answer.summary, /\+concepts finds one of 2 hop/);
    assert.deepEqual(keys(runQuery(agreement, 'path Ann -- Bob -hedged +concepts').path?.nodes), ['ann', 'doha-agreement', 'bob']);
  });

  it('never holds the named ends to the rule: a path may start at a concept', () => {
    const loaded = new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'back', to: 'Green New Deal', evidence: told(1) },
      { from: 'Ann', relation: 'meet', to: 'Bob', evidence: told(2) },
    ], concepts('Green New Deal')));
    assert.deepEqual(keys(runQuery(loaded, 'path Green New Deal -- Bob').path?.nodes), ['green-new-deal', 'ann', 'bob']);
    assert.deepEqual(keys(runQuery(loaded, 'path Green New Deal -- Bob -concepts').path?.nodes), ['green-new-deal', 'ann', 'bob']);
  });

  it('chooses for each hop an edge that shares the document, not just the best-supported one', () => {
    const loaded = new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'praise', to: 'plan', evidence: told(1, 1) },
      { from: 'Ann', relation: 'mention', to: 'plan', evidence: told(2) },
      { from: 'plan', relation: 'worry', to: 'Bob', evidence: told(2) },
    ], concepts('plan')));
    assert.deepEqual(runQuery(loaded, 'path Ann -> Bob').path?.hops.map((hop) => hop.label), ['mention', 'worry']);
    assert.deepEqual(runQuery(loaded, 'path Ann -> Bob +concepts').path?.hops.map((hop) => hop.label), ['praise', 'worry']);
  });

  it('goes on from a concept in the document it was entered by, whichever way reached it first', () => {
    // the walk reaches `deal` from Xia in document 2 and from Yan in document 1; only document 1 goes on to Tom
    const loaded = new LoadedGraph(handBuiltStore([
      { from: 'Sam', relation: 'meet', to: 'Xia' },
      { from: 'Sam', relation: 'meet', to: 'Yan' },
      { from: 'Xia', relation: 'sign', to: 'deal', evidence: told(2) },
      { from: 'Yan', relation: 'sign', to: 'deal', evidence: told(1) },
      { from: 'deal', relation: 'bind', to: 'Tom', evidence: told(1) },
    ], concepts('deal')));
    assert.deepEqual(keys(runQuery(loaded, 'path Sam -> Tom').path?.nodes), ['sam', 'yan', 'deal', 'tom']);
    assert.deepEqual(keys(runQuery(loaded, 'path Tom -- Sam').path?.nodes), ['tom', 'deal', 'yan', 'sam']);
  });

  it('holds each concept of a chain of concepts to the rule', () => {
    const chain = (between: number[]): LoadedGraph => new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'propose', to: 'plan', evidence: told(1) },
      { from: 'plan', relation: 'fund', to: 'school', evidence: told(...between) },
      { from: 'school', relation: 'employ', to: 'Bob', evidence: told(2) },
    ], concepts('plan', 'school')));
    assert.deepEqual(keys(runQuery(chain([1, 2]), 'path Ann -> Bob').path?.nodes), ['ann', 'plan', 'school', 'bob']);
    assert.equal(runQuery(chain([1]), 'path Ann -> Bob').path, null);
    assert.equal(runQuery(chain([2]), 'path Ann -> Bob').path, null);
    assert.deepEqual(keys(runQuery(chain([1]), 'path Ann -> Bob +concepts').path?.nodes), ['ann', 'plan', 'school', 'bob']);
  });

  describe('k shortest paths obey the same rule', () => {
    const routes = new LoadedGraph(handBuiltStore([
      { from: 'Sam', relation: 'sign', to: 'treaty', evidence: told(1) },
      { from: 'treaty', relation: 'bind', to: 'Tom', evidence: told(1) },
      { from: 'Sam', relation: 'make', to: 'call', evidence: told(2) },
      { from: 'call', relation: 'reach', to: 'Tom', evidence: told(3) },
      { from: 'Sam', relation: 'meet', to: 'Xia' },
      { from: 'Xia', relation: 'meet', to: 'Yan' },
      { from: 'Yan', relation: 'meet', to: 'Tom' },
      // a branch at `treaty` in another document than the one Sam entered it by
      { from: 'treaty', relation: 'worry', to: 'Zed', evidence: told(4) },
      { from: 'Zed', relation: 'call', to: 'Tom' },
    ], concepts('treaty', 'call')));
    const found = (query: string): string[] => (runQuery(routes, query).paths ?? []).map((path) => keys(path.nodes).join(' '));

    it('by default: through the concept one document tells, never through the other', () => {
      assert.deepEqual(found('paths Sam -- Tom k 10'), ['sam treaty tom', 'sam xia yan tom']);
    });

    it('with +concepts: every path; with -concepts: none through a concept', () => {
      assert.deepEqual(found('paths Sam -- Tom k 10 +concepts'), ['sam call tom', 'sam treaty tom', 'sam treaty zed tom', 'sam xia yan tom']);
      assert.deepEqual(found('paths Sam -- Tom k 10 -concepts'), ['sam xia yan tom']);
    });

    it('says when +concepts would find a path the rule refuses', () => {
      const answer = runQuery(routes, 'paths Sam -- Tom max 2 -concepts');
      assert.deepEqual(answer.paths, []);
      assert.match(answer.summary, /no path from Sam to Tom of at most 2 hop\(s\) in either direction passing no concept \(-concepts\); \+concepts finds one of 2 hop/);
    });
  });

  describe('neighbors beyond depth 1', () => {
    it('go on from a concept only in a document that links it to the step before', () => {
      assert.deepEqual(keys(runQuery(calls, 'neighbors Boris Johnson depth 2').nodes), ['boris-johnson', 'call']);
      assert.deepEqual(keys(runQuery(calls, 'neighbors Boris Johnson depth 2 +concepts').nodes), ['boris-johnson', 'call', 'donald-trump']);
      assert.deepEqual(keys(runQuery(agreement, 'neighbors Ann depth 2').nodes), ['ann', 'doha-agreement', 'bob']);
      assert.deepEqual(keys(runQuery(agreement, 'neighbors Ann depth 2 -concepts').nodes), ['ann', 'doha-agreement']);
    });
  });

  describe('the switches in the language', () => {
    it('parse after any command, alone or with other filters', () => {
      assert.equal(parseQuery('path A -- B').filters.concepts, undefined);
      assert.equal(parseQuery('path A -- B -concepts').filters.concepts, 'none');
      assert.equal(parseQuery('paths A -> B k 3 +concepts -hedged').filters.concepts, 'any');
      assert.deepEqual(parseQuery('path Boris Johnson -- Donald Trump +concepts').command, {
        kind: 'path', from: { text: 'Boris Johnson', position: 5 }, to: { text: 'Donald Trump', position: 22 }, directed: false,
      });
      assert.equal(parseQuery('neighbors Ann depth 2 -concepts').filters.concepts, 'none');
    });

    const errors: [string, number, RegExp][] = [
      ['path A -- B +concept', 12, /unexpected "\+concept"; expected -concepts \(no concept on the way\) or \+concepts/],
      ['path A -- B -concept', 12, /unexpected "-concept"; expected -concepts .* or \+concepts/],
      ['path A -- B +Concepts-', 12, /unexpected "\+Concepts-"; expected -concepts/],
      ['path A -- B -concepts +concepts', 22, /-concepts and \+concepts cannot be asked together/],
      ['path A -- B +hedged', 12, /unexpected "\+hedged"; expected a filter \(.*-concepts, \+concepts\)/],
    ];
    for (const [query, position, message] of errors) {
      it(`says where ${JSON.stringify(query)} goes wrong and what was expected`, () => {
        assert.throws(() => parseQuery(query), (error: unknown) => {
          assert.ok(error instanceof InvalidQueryError, String(error));
          assert.equal(error.position, position);
          assert.match(error.message, message);
          return true;
        });
      });
    }
  });
});
