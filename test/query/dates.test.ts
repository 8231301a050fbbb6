/** `since` and `until`: evidence outside the date range does not count, an edge left with none is not walked (nor exported with the view), bad dates say where. */
import assert from 'node:assert/strict';
import { InvalidQueryError } from '../../src/errors/index.js';
import { viewStore } from '../../src/export/view-store.js';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import type { StoreContents } from '../../src/graph/store.js';
import { parseQuery } from '../../src/query/parse.js';
import { runQuery } from '../../src/query/run.js';
import { sharedViewOf } from '../../src/view/shared-view.js';
import { handBuiltStore } from '../support/hand-built.js';
import { corpusStore } from '../support/stores.js';

const keys = (nodes: { key: string }[] | undefined): string[] => (nodes ?? []).map((node) => node.key);

/** The hand-built store with its documents dated, and each actor listing the documents that name it. */
function dated(store: StoreContents, dates: (string | undefined)[]): StoreContents {
  store.documents.forEach((doc, n) => {
    const date = dates[n];
    if (date !== undefined) doc.date = date;
  });
  const named = new Map<string, Set<string>>();
  for (const edge of store.graph.edges) {
    for (const end of [edge.source, edge.target]) for (const { doc } of edge.attributes!.evidence) named.set(end, (named.get(end) ?? new Set()).add(doc));
  }
  for (const node of store.graph.nodes) node.attributes!.documents = [...(named.get(node.key) ?? [])];
  return store;
}

describe('the date range in queries on a hand-built graph', () => {
  // Ann → Bob → Cyd → Dan in dated documents; Ann → Dan only in an undated one
  const loaded = new LoadedGraph(dated(handBuiltStore([
    { from: 'Ann', relation: 'meet', to: 'Bob', evidence: [{ doc: 0 }] },
    { from: 'Bob', relation: 'call', to: 'Cyd', evidence: [{ doc: 1 }, { doc: 0 }] },
    { from: 'Cyd', relation: 'visit', to: 'Dan', evidence: [{ doc: 2 }] },
    { from: 'Ann', relation: 'fund', to: 'Dan', evidence: [{ doc: 3 }] },
  ]), ['2020-01-10', '2020-03-05', '2020-06-30T18:00:00Z', undefined]));

  it('without a range walks every edge; since drops the undated shortcut, so the path goes the long way', () => {
    assert.deepEqual(keys(runQuery(loaded, 'path Ann -> Dan').path?.nodes), ['ann', 'dan']);
    const answer = runQuery(loaded, 'path Ann -> Dan since 2020-01-01');
    assert.deepEqual(keys(answer.path?.nodes), ['ann', 'bob', 'cyd', 'dan']);
    assert.deepEqual(answer.path?.hops.map((hop) => hop.evidence.map((evidence) => evidence.date)), [['2020-01-10'], ['2020-03-05', '2020-01-10'], ['2020-06-30']]);
  });

  it('until leaves out the last hop, whose only evidence is later: no path', () => {
    const answer = runQuery(loaded, 'path Ann -> Dan since 2020-01-01 until 2020-06-29');
    assert.equal(answer.path, null);
    assert.match(answer.summary, /no path/);
  });

  it('counts only the evidence within the range, both days included', () => {
    const call = (query: string) => runQuery(loaded, query).edges.map((edge) => [edge.label, edge.weight, edge.evidence.map((evidence) => evidence.date)]);
    assert.deepEqual(call('edges from Bob'), [['call', 2, ['2020-03-05', '2020-01-10']]]);
    assert.deepEqual(call('edges from Bob since 2020-03-05'), [['call', 1, ['2020-03-05']]]);
    assert.deepEqual(call('edges from Bob until 2020-01-10'), [['call', 1, ['2020-01-10']]]);
    assert.deepEqual(call('edges from Bob since 2020-01-11 until 2020-03-04'), []);
    assert.deepEqual(call('edges since 2020-06-30 until 2020-06-30'), [['visit', 1, ['2020-06-30']]]);
  });

  it('neighbors and show keep only the edges with evidence in the range', () => {
    assert.deepEqual(keys(runQuery(loaded, 'neighbors Ann').nodes).sort(), ['ann', 'bob', 'dan']);
    assert.deepEqual(keys(runQuery(loaded, 'neighbors Ann since 2020-01-01').nodes).sort(), ['ann', 'bob']);
    assert.deepEqual(runQuery(loaded, 'show Cyd until 2020-02-01').edges.map((edge) => [edge.key, edge.weight]), [['bob|call|cyd', 1]]);
  });

  it('find keeps the actors named in a document within the range', () => {
    assert.deepEqual(keys(runQuery(loaded, 'find d').nodes), ['dan']);
    assert.deepEqual(keys(runQuery(loaded, 'find d until 2020-06-29').nodes), []);
    assert.deepEqual(keys(runQuery(loaded, 'find d since 2020-06-30').nodes), ['dan']);
  });

  it('a name ends before since and until', () => {
    assert.deepEqual(parseQuery('show Ashraf Ghani since 2021-01-01').command, { kind: 'show', actor: { text: 'Ashraf Ghani', position: 5 } });
    assert.deepEqual(parseQuery('path A -- B until 2020-06-30 since 2020-01-01 -hedged').filters, { hideHedged: true, hideNegated: false, since: '2020-01-01', until: '2020-06-30' });
  });

  const errors: [string, number, RegExp][] = [
    ['show Ann since', 14, /expected a date after "since", written YYYY-MM-DD/],
    ['show Ann until yesterday', 15, /expected a date after "until"/],
    ['show Ann since 2020/01/01', 15, /expected a date after "since"/],
    ['show Ann since 2020-1-1', 15, /expected a date/],
    ['show Ann since 2020-02-30', 15, /"2020-02-30" after "since" is not a day of the calendar/],
    ['show Ann until 2021-13-01', 15, /not a day of the calendar/],
    ['show Ann since 2020-01-01 since 2020-02-01', 26, /"since" is given twice/],
    ['show Ann since 2020-06-01 until 2020-05-31', 32, /until 2020-05-31 is before since 2020-06-01/],
  ];
  for (const [query, position, problem] of errors) {
    it(`refuses ${JSON.stringify(query)} at character ${position}`, () => {
      assert.throws(() => runQuery(loaded, query), (error: unknown) => {
        assert.ok(error instanceof InvalidQueryError, String(error));
        assert.equal(error.position, position);
        assert.match(error.message, problem);
        return true;
      });
    });
  }
});

describe('the date range in an export of the current view', () => {
  const store = dated(handBuiltStore([
    { from: 'Ann', relation: 'meet', to: 'Bob', evidence: [{ doc: 0 }] },
    { from: 'Bob', relation: 'call', to: 'Cyd', evidence: [{ doc: 1 }, { doc: 0 }] },
    { from: 'Ann', relation: 'fund', to: 'Dan', evidence: [{ doc: 2 }] },
  ]), ['2020-01-10', '2020-03-05', undefined]);

  it('keeps the evidence of the range, the edges left with some and the documents they cite, as the page draws them', () => {
    const view = viewStore(store, sharedViewOf({ view: '1', concepts: '1', since: '2020-03-01', until: '2020-12-31' }));
    assert.deepEqual(view.graph.edges.map((edge) => [edge.key, edge.attributes!.weight]), [['bob|call|cyd', 1]]);
    assert.deepEqual(view.documents.map((doc) => doc.date), ['2020-03-05']);
    const all = viewStore(store, sharedViewOf({ view: '1', concepts: '1' }));
    assert.equal(all.graph.edges.length, 3);
  });
});

describe('the date range in queries on the corpus', function () {
  this.timeout(300000);
  let loaded: LoadedGraph;
  before(async () => {
    loaded = new LoadedGraph(await corpusStore());
  });

  const dayOf = (doc: string): string | undefined => loaded.documents.get(doc)?.date?.slice(0, 10);

  it('edges from Donald Trump in January 2020: every edge has evidence of that month, weighed by it alone', () => {
    const all = runQuery(loaded, 'edges from "Donald Trump"');
    const january = runQuery(loaded, 'edges from "Donald Trump" since 2020-01-01 until 2020-01-31');
    assert.ok(january.edges.length > 0 && january.edges.length < all.edges.length, `${january.edges.length} of ${all.edges.length}`);
    for (const edge of january.edges) {
      const inRange = loaded.graph.getEdgeAttribute(edge.key, 'evidence').filter((evidence) => (dayOf(evidence.doc) ?? '') >= '2020-01-01' && (dayOf(evidence.doc) ?? '9') <= '2020-01-31');
      assert.equal(edge.weight, inRange.length, edge.key);
      for (const evidence of edge.evidence) assert.ok(evidence.date !== undefined && evidence.date >= '2020-01-01' && evidence.date <= '2020-01-31', `${edge.key}: ${evidence.date}`);
    }
    // and the edges left out have no evidence in January 2020
    const kept = new Set(january.edges.map((edge) => edge.key));
    for (const edge of all.edges.filter((e) => !kept.has(e.key))) {
      assert.ok(loaded.graph.getEdgeAttribute(edge.key, 'evidence').every((evidence) => !((dayOf(evidence.doc) ?? '') >= '2020-01-01' && (dayOf(evidence.doc) ?? '') <= '2020-01-31')), edge.key);
    }
  });

  it('a path between Donald Trump and Joe Biden since June 2020 walks only hops told since then', () => {
    const answer = runQuery(loaded, 'path "Donald Trump" -- "Joe Biden" since 2020-06-01');
    assert.ok(answer.path !== null && answer.path !== undefined, answer.summary);
    for (const hop of answer.path.hops) {
      assert.ok(hop.evidence.length > 0);
      for (const evidence of hop.evidence) assert.ok(evidence.date! >= '2020-06-01', `${hop.edge}: ${evidence.date}`);
    }
  });
});
