/** Query answers on hand-built graphs, where the right answer is known, and on the seed graph. */
import assert from 'node:assert/strict';
import { InvalidQueryError, NotFoundError } from '../../src/errors/index.js';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { runQuery } from '../../src/query/run.js';
import { handBuiltStore } from '../support/hand-built.js';
import { seedStore } from '../support/stores.js';

const keys = (nodes: { key: string }[] | undefined): string[] => (nodes ?? []).map((node) => node.key);

describe('answering queries on a hand-built graph', () => {
  // a → b → c → d along the arrows; e → a; c ← f (against the arrows only)
  const loaded = new LoadedGraph(handBuiltStore([
    { from: 'Ann', relation: 'meet', to: 'Bob' },
    { from: 'Bob', relation: 'call', to: 'Cyd', evidence: [{ hedged: true }] },
    { from: 'Bob', relation: 'write to', to: 'Cyd', evidence: [{}, {}] },
    { from: 'Cyd', relation: 'visit', to: 'Dan' },
    { from: 'Eve', relation: 'fund', to: 'Ann' },
    { from: 'Fay', relation: 'ask', to: 'Cyd' },
    { from: 'Ann', relation: 'warn', to: 'Fay', evidence: [{ hedged: true }] },
    { from: 'Ann', relation: 'praise', to: 'Gus', evidence: [{ negated: true }] },
  ], [{ name: 'Ann', aliases: ['Ann Lee', 'Secretary Ann Lee'] }, { name: 'Ann Ray', type: 'organization' }, { name: 'Hal' }]));

  it('follows edge direction with ->, and takes the edge with the most evidence for a hop', () => {
    const answer = runQuery(loaded, 'path Ann -> Dan');
    assert.deepEqual(keys(answer.path?.nodes), ['ann', 'bob', 'cyd', 'dan']);
    assert.deepEqual(answer.path?.hops.map((hop) => [hop.label, hop.forward, hop.evidence.length]), [['meet', true, 1], ['write to', true, 2], ['visit', true, 1]]);
    assert.equal(answer.path?.documents, 1);
  });

  it('ignores direction with --, marking the hops walked backwards', () => {
    const answer = runQuery(loaded, 'path Dan -- Eve');
    assert.deepEqual(keys(answer.path?.nodes), ['dan', 'cyd', 'bob', 'ann', 'eve']);
    assert.deepEqual(answer.path?.hops.map((hop) => hop.forward), [false, false, false, false]);
  });

  it('with no path along the arrows, says so and gives the path ignoring them', () => {
    const answer = runQuery(loaded, 'path Dan -> Ann');
    assert.match(answer.summary, /no path from Dan to Ann following edge direction; ignoring it, 3 hop/);
    assert.deepEqual(keys(answer.path?.nodes), ['dan', 'cyd', 'bob', 'ann']);
  });

  it('answers "no path" as an answer, not an error, when the actors are not connected', () => {
    const answer = runQuery(loaded, 'path Ann -> Hal');
    assert.equal(answer.path, null);
    assert.match(answer.summary, /no path between Ann and Hal/);
  });

  it('-hedged drops hedged evidence and the edges left with none, changing the path', () => {
    const shortcut = new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'meet', to: 'Bob' },
      { from: 'Bob', relation: 'call', to: 'Cyd' },
      { from: 'Ann', relation: 'suspect', to: 'Cyd', evidence: [{ hedged: true }] },
    ]));
    assert.deepEqual(keys(runQuery(shortcut, 'path Ann -> Cyd').path?.nodes), ['ann', 'cyd']);
    assert.deepEqual(keys(runQuery(shortcut, 'path Ann -> Cyd -hedged').path?.nodes), ['ann', 'bob', 'cyd']);
    assert.equal(runQuery(loaded, 'path Ann -> Gus -negated').path, null);
    assert.deepEqual(keys(runQuery(loaded, 'path Ann -> Gus').path?.nodes), ['ann', 'gus']);
  });

  it('paths lists the k shortest simple paths, shortest first, each hop with evidence', () => {
    const answer = runQuery(loaded, 'paths Ann -- Cyd k 3 max 4');
    assert.deepEqual(answer.paths?.map((path) => keys(path.nodes)), [['ann', 'bob', 'cyd'], ['ann', 'fay', 'cyd']]);
    assert.ok(answer.paths?.every((path) => path.hops.every((hop) => hop.evidence.length > 0)));
    assert.equal(answer.truncated, false);
    assert.deepEqual(runQuery(loaded, 'paths Ann -> Cyd k 3 max 1').paths, []);
    assert.deepEqual(runQuery(loaded, 'paths Ann -> Cyd k 3 -hedged').paths?.map((path) => keys(path.nodes)), [['ann', 'bob', 'cyd']]);
  });

  it('paths of one length come in order of the documents behind them', () => {
    const twoSources = handBuiltStore([
      { from: 'Ann', relation: 'meet', to: 'Bob' }, { from: 'Bob', relation: 'meet', to: 'Dan' },
      { from: 'Ann', relation: 'meet', to: 'Cyd' }, { from: 'Cyd', relation: 'meet', to: 'Dan' },
    ]);
    // the hops through Cyd are told by a second document
    const second = { ...twoSources.documents[0]!, id: 'd0c0000000000002', title: 'Second' };
    twoSources.documents.push(second);
    for (const edge of twoSources.graph.edges) {
      if (edge.key!.includes('cyd')) edge.attributes!.evidence = edge.attributes!.evidence.map((e) => ({ ...e, doc: e.sentence === 2 ? second.id : e.doc }));
    }
    const answer = runQuery(new LoadedGraph(twoSources), 'paths Ann -> Dan');
    assert.deepEqual(answer.paths?.map((path) => [keys(path.nodes).join(' '), path.documents]), [['ann cyd dan', 2], ['ann bob dan', 1]]);
  });

  it('edges matches a pattern with every part optional, the best supported first', () => {
    assert.deepEqual(runQuery(loaded, 'edges from Bob').edges.map((edge) => edge.key), ['bob|write to|cyd', 'bob|call|cyd']);
    assert.deepEqual(runQuery(loaded, 'edges rel write').edges.map((edge) => edge.key), ['bob|write to|cyd']);
    assert.deepEqual(runQuery(loaded, 'edges from Bob rel call to Cyd').edges.map((edge) => edge.key), ['bob|call|cyd']);
    assert.deepEqual(runQuery(loaded, 'edges to Cyd -hedged').edges.map((edge) => edge.key), ['bob|write to|cyd', 'fay|ask|cyd']);
    assert.deepEqual(runQuery(loaded, 'edges min 2').edges.map((edge) => edge.key), ['bob|write to|cyd']);
    assert.equal(runQuery(loaded, 'edges').edges.length, 8);
    const capped = runQuery(loaded, 'edges', { maxResults: 3, timeBudgetMs: 1000 });
    assert.deepEqual([capped.edges.length, capped.truncated], [3, true]);
    assert.match(capped.summary, /^3 of 8 edge/);
  });

  it('via keeps only the named relations', () => {
    assert.deepEqual(keys(runQuery(loaded, 'path Ann -> Cyd via meet,call').path?.nodes), ['ann', 'bob', 'cyd']);
    assert.equal(runQuery(loaded, 'path Ann -> Dan via meet').path, null);
  });

  it('type keeps the named actors and drops other actors of other types from the route', () => {
    const typed = new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'meet', to: 'Acme' }, { from: 'Acme', relation: 'pay', to: 'Dan' },
      { from: 'Ann', relation: 'call', to: 'Bob' }, { from: 'Bob', relation: 'call', to: 'Cyd' }, { from: 'Cyd', relation: 'call', to: 'Dan' },
    ], [{ name: 'Acme', type: 'organization' }]));
    assert.deepEqual(keys(runQuery(typed, 'path Ann -> Dan').path?.nodes), ['ann', 'acme', 'dan']);
    assert.deepEqual(keys(runQuery(typed, 'path Ann -> Dan type person').path?.nodes), ['ann', 'bob', 'cyd', 'dan']);
  });

  it('does not pass through a role that two actors share, but may end at one', () => {
    const roles = new LoadedGraph(handBuiltStore([
      { from: 'Ann', relation: 'be', to: 'president' }, { from: 'Bob', relation: 'be', to: 'president' },
      { from: 'Ann', relation: 'sign', to: 'agreement' }, { from: 'Bob', relation: 'inherit', to: 'agreement' },
    ], [{ name: 'president', type: 'concept' }, { name: 'agreement', type: 'concept' }]));
    assert.deepEqual(keys(runQuery(roles, 'path Ann -- Bob').path?.nodes), ['ann', 'agreement', 'bob']);
    assert.deepEqual(keys(runQuery(roles, 'path Ann -> president').path?.nodes), ['ann', 'president']);
    assert.deepEqual(runQuery(roles, 'paths Ann -- Bob k 5').paths?.map((path) => keys(path.nodes)), [['ann', 'agreement', 'bob']]);
  });

  it('answers carry the first 3 pieces of evidence of an edge, its weight counting them all', () => {
    const busy = new LoadedGraph(handBuiltStore([{ from: 'Ann', relation: 'call', to: 'Bob', evidence: [{}, {}, { hedged: true }, {}, {}] }]));
    const [edge] = runQuery(busy, 'edges from Ann').edges;
    assert.deepEqual([edge?.weight, edge?.evidence.length], [5, 3]);
    const [kept] = runQuery(busy, 'edges from Ann -hedged').edges;
    assert.deepEqual([kept?.weight, kept?.evidence.length, kept?.evidence.some((e) => e.flags.hedged)], [4, 3, false]);
  });

  it('neighbors lists the actor first, then actors by distance in either direction, with the edges among them', () => {
    const answer = runQuery(loaded, 'neighbors Cyd');
    assert.equal(answer.nodes[0]?.key, 'cyd');
    assert.deepEqual(keys(answer.nodes).slice(1).sort(), ['bob', 'dan', 'fay']);
    assert.equal(answer.edges.length, 4);
    assert.deepEqual(keys(runQuery(loaded, 'neighbors Cyd depth 2').nodes).sort(), ['ann', 'bob', 'cyd', 'dan', 'fay']);
  });

  it('neighbors stops at the result cap and says it was cut short', () => {
    const answer = runQuery(loaded, 'neighbors Cyd depth 4', { maxResults: 2, timeBudgetMs: 1000 });
    assert.equal(answer.truncated, true);
    assert.equal(answer.nodes.length, 3);
    assert.match(answer.text, /cut short/);
  });

  it('resolves names through aliases and their words, in any case', () => {
    for (const name of ['ann', 'ANN LEE', 'secretary ann lee', 'Secretary Lee']) {
      assert.equal(runQuery(loaded, `show ${name}`).nodes[0]?.key, 'ann', name);
    }
  });

  it('prefers the actor whose own name it is when an alias is shared, else lists the candidates', () => {
    const shared = new LoadedGraph(handBuiltStore([{ from: 'Joe Biden', relation: 'meet', to: 'Hunter Biden' }], [
      { name: 'Joe Biden', aliases: ['Biden'] }, { name: 'Hunter Biden', aliases: ['Biden'] },
    ]));
    assert.throws(() => runQuery(shared, 'show  biden'), (error: unknown) => {
      assert.ok(error instanceof InvalidQueryError);
      assert.equal(error.position, 6);
      assert.match(error.message, /"biden" could be (Joe Biden|Hunter Biden) \(person\), (Hunter Biden|Joe Biden)/);
      return true;
    });
    assert.equal(runQuery(loaded, 'show Ann').nodes[0]?.key, 'ann', 'Ann, not Ann Ray');
  });

  it('an unknown name is NotFound, suggesting the closest names', () => {
    assert.throws(() => runQuery(loaded, 'show Cid'), (error: unknown) => {
      assert.ok(error instanceof NotFoundError);
      assert.match(error.message, /no actor named "Cid"; closest names: Cyd/);
      return true;
    });
    assert.throws(() => runQuery(loaded, 'path Zzzzzz -> Ann'), NotFoundError);
  });

  it('find lists actors whose name or alias starts with the text, then those with a word that does', () => {
    assert.deepEqual(keys(runQuery(loaded, 'find an').nodes), ['ann', 'ann-ray']);
    assert.deepEqual(keys(runQuery(loaded, 'find lee').nodes), ['ann']);
    assert.deepEqual(keys(runQuery(loaded, 'find an type organization').nodes), ['ann-ray']);
  });

  it('show gives the card and the edges with the most evidence first', () => {
    const answer = runQuery(loaded, 'show Bob');
    assert.match(answer.summary, /^Bob \(person\): degree 3/);
    assert.equal(answer.edges[0]?.label, 'write to');
  });

  it('refuses a query over the length limit', () => {
    assert.throws(() => runQuery(loaded, `find ${'a'.repeat(2000)}`), InvalidQueryError);
  });
});

describe('answering queries on the seed graph', function () {
  this.timeout(60000);
  let loaded: LoadedGraph;
  before(async () => {
    loaded = new LoadedGraph(await seedStore());
  });

  // the seeds join Blinken and the Taliban only through `agreement`, told by two documents: +concepts lets the path pass
  it('finds a path from Blinken to the Taliban whose every hop has evidence with its sentence and document', () => {
    const answer = runQuery(loaded, 'path Blinken -> Taliban +concepts');
    const path = answer.path!;
    assert.deepEqual([path.nodes[0]?.label, path.nodes.at(-1)?.label], ['Antony Blinken', 'Taliban']);
    for (const hop of path.hops) {
      assert.ok(hop.evidence.length > 0, hop.edge);
      for (const evidence of hop.evidence) {
        assert.ok(evidence.sentenceText.includes(evidence.text));
        assert.ok(loaded.documents.has(evidence.doc) && evidence.docTitle !== '');
      }
    }
  });

  it('reaches Antony Blinken by every name the seeds give him', () => {
    for (const name of ['anthony blinken', 'blinken', 'Secretary Blinken', 'U.S. Secretary of State Antony Blinken', '"antony blinken"']) {
      assert.equal(runQuery(loaded, `show ${name}`).nodes[0]?.label, 'Antony Blinken', name);
    }
  });
});
