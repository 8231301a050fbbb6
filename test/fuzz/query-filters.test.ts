/**
 * Filters are applied while the walk goes, never to a copy of the graph: on random small graphs
 * with random flags, types and document dates, every filtered path, neighbourhood and edge list must be what the
 * same search finds on a filtered copy (test/support/filtered-copy.ts). On a large generated graph
 * the heaviest filtered queries keep their cap and stop at their budget.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { bfsFromNode } from 'graphology-traversal';
import type { KgGraph } from '../../src/graph/build.js';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { matchesRelation } from '../../src/query/filter.js';
import { parseQuery } from '../../src/query/parse.js';
import { runQuery } from '../../src/query/run.js';
import { slug } from '../../src/resolve/index.js';
import type { EntityType } from '../../src/types.js';
import { actorName, generatedStore } from '../../bench/support/generated-graph.js';
import { filteredCopy } from '../support/filtered-copy.js';
import { fuzzRuns, shown, timed } from '../support/fuzz-run.js';
import { handBuiltStore, type HandEdge } from '../support/hand-built.js';

const NAMES = ['Ann', 'Bob', 'Cyd', 'Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida', 'Jon'];
const TYPES: EntityType[] = ['person', 'organization', 'place'];
const RELATIONS = ['meet', 'call', 'ask to', 'write to'];
/** The day of each document evidence may come from; the last one has none. */
const DOCUMENT_DATES = ['2020-01-10', '2020-03-05', '2020-06-30T18:00:00Z', undefined];
const DAYS = ['2020-01-01', '2020-01-10', '2020-03-05', '2020-06-29', '2020-06-30', '2020-12-31'];

const graphs = fc.record({
  types: fc.array(fc.constantFrom(...TYPES), { minLength: NAMES.length, maxLength: NAMES.length }),
  edges: fc.uniqueArray(fc.record({
    from: fc.nat({ max: NAMES.length - 1 }),
    to: fc.nat({ max: NAMES.length - 1 }),
    relation: fc.constantFrom(...RELATIONS),
    evidence: fc.array(fc.record({ hedged: fc.boolean(), negated: fc.boolean(), doc: fc.nat({ max: DOCUMENT_DATES.length - 1 }) }), { minLength: 1, maxLength: 3 }),
  }), { minLength: 4, maxLength: 30, selector: (edge) => `${edge.from}|${edge.relation}|${edge.to}` }),
});

const filterWords = fc.record({
  hedged: fc.boolean(),
  negated: fc.boolean(),
  types: fc.option(fc.subarray(TYPES, { minLength: 1 }), { nil: undefined }),
  min: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  via: fc.option(fc.subarray(['meet', 'call', 'ask', 'write'], { minLength: 1 }), { nil: undefined }),
  // in order, so the range is never empty by construction (an empty one is an error, tested in test/query/dates.test.ts)
  days: fc.option(fc.tuple(fc.option(fc.nat({ max: DAYS.length - 1 })), fc.option(fc.nat({ max: DAYS.length - 1 }))), { nil: undefined }),
}).map((f) => {
  const [since, until] = f.days === undefined ? [null, null] : [f.days[0], f.days[1]].sort((a, b) => (a ?? 0) - (b ?? 0));
  return [
    f.hedged ? '-hedged' : '', f.negated ? '-negated' : '', f.types === undefined ? '' : `type ${f.types.join(',')}`,
    f.min === undefined ? '' : `min ${f.min}`, f.via === undefined ? '' : `via ${f.via.join(',')}`,
    since === null || since === undefined ? '' : `since ${DAYS[since]}`, until === null || until === undefined ? '' : `until ${DAYS[until]}`,
  ].filter((word) => word !== '').join(' ');
});

/** The documents dated within the query's `since`/`until`, worked out here from the dates above. */
function documentsWithin(loaded: LoadedGraph, since: string | undefined, until: string | undefined): Set<string> | undefined {
  if (since === undefined && until === undefined) return undefined;
  const inRange = (day: string | undefined): boolean => day !== undefined && (since === undefined || day >= since) && (until === undefined || day <= until);
  return new Set([...loaded.documents.values()].filter((doc) => inRange(doc.date?.slice(0, 10))).map((doc) => doc.id));
}

const commands = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('->', '--'), fc.constantFrom(...NAMES)).map(([a, arrow, b]) => `path ${a} ${arrow} ${b}`),
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 3 })).map(([a, depth]) => `neighbors ${a} depth ${depth}`),
  fc.tuple(fc.option(fc.constantFrom(...NAMES)), fc.option(fc.constantFrom(...NAMES))).map(([a, b]) => `edges${a === null ? '' : ` from ${a}`}${b === null ? '' : ` to ${b}`}`),
);

/** The copy made undirected, so graphology's search answers "in either direction". */
function eitherWay(graph: KgGraph): KgGraph {
  const copy = graph.copy();
  graph.forEachEdge((_edge, attributes, source, target) => copy.addDirectedEdge(target, source, attributes));
  return copy;
}

/** Nodes within `depth` steps of `center` in either direction, on the copy. */
function within(graph: KgGraph, center: string, depth: number): string[] {
  const found: string[] = [];
  bfsFromNode(graph, center, (node, _attributes, distance) => {
    found.push(node);
    return distance >= depth;
  }, { mode: 'directed' });
  return found.sort();
}

describe('fuzzing filtered queries', function () {
  this.timeout(120_000);

  it('filtered paths, neighbourhoods and edge lists are what the same search finds on a filtered copy of the graph', () => {
    let compared = 0;
    fc.assert(fc.property(graphs, commands, filterWords, ({ types, edges }, command, filters) => {
      const handEdges: HandEdge[] = edges.filter((e) => e.from !== e.to).map((e) => ({ from: NAMES[e.from]!, relation: e.relation, to: NAMES[e.to]!, evidence: e.evidence }));
      const store = handBuiltStore(handEdges, NAMES.map((name, i) => ({ name, type: types[i]! })));
      // hand-built documents are numbered from 1 in their ids (`d0c0000000000001` is document 0)
      for (const doc of store.documents) {
        const date = DOCUMENT_DATES[Number(doc.id.slice(3)) - 1];
        if (date !== undefined) doc.date = date;
      }
      const loaded = new LoadedGraph(store);
      const query = `${command} ${filters}`.trim();
      const parsed = parseQuery(query);
      const dated = documentsWithin(loaded, parsed.filters.since, parsed.filters.until);
      if (dated !== undefined) parsed.filters.datedDocuments = dated;
      const answer = runQuery(loaded, query, { maxResults: 500, timeBudgetMs: 60_000 });
      const about = `${shown(query)} on ${JSON.stringify(handEdges.map((e) => [e.from, e.relation, e.to, e.evidence]))}`;
      const ends = (parsed.command.kind === 'edges' ? [parsed.command.from, parsed.command.to] : parsed.command.kind === 'neighbors' ? [parsed.command.actor] : parsed.command.kind === 'path' ? [parsed.command.from, parsed.command.to] : [])
        .filter((name) => name !== undefined).map((name) => slug(name.text));
      const copy = filteredCopy(loaded.graph, parsed.filters, ends);
      const { command: parsedCommand } = parsed;
      if (parsedCommand.kind === 'path') {
        const [from, to] = ends as [string, string];
        const along = parsedCommand.directed ? bidirectional(copy, from, to) : null;
        const expected = along ?? bidirectional(eitherWay(copy), from, to);
        assert.equal(answer.path?.nodes.length, expected?.length, about);
        for (const hop of answer.path?.hops ?? []) assert.ok(copy.hasEdge(hop.edge), `hop ${hop.edge} is not in the filtered graph: ${about}`);
      } else if (parsedCommand.kind === 'neighbors') {
        assert.deepEqual(answer.nodes.map((node) => node.key).sort(), within(copy, ends[0]!, parsedCommand.depth), about);
        const listed = new Set(answer.nodes.map((node) => node.key));
        const among = copy.filterEdges((_edge, _attributes, source, target) => listed.has(source) && listed.has(target));
        assert.deepEqual(answer.edges.map((edge) => edge.key).sort(), among.sort(), about);
      } else if (parsedCommand.kind === 'edges') {
        const [from, to] = [parsedCommand.from, parsedCommand.to].map((name) => (name === undefined ? undefined : slug(name.text)));
        const expected = copy.filterEdges((_edge, attributes, source, target) =>
          (from === undefined || source === from) && (to === undefined || target === to) &&
          (parsedCommand.relation === undefined || matchesRelation(attributes, parsedCommand.relation)));
        assert.deepEqual(answer.edges.map((edge) => edge.key).sort(), expected.sort(), about);
        for (const edge of answer.edges) assert.equal(edge.weight, copy.getEdgeAttribute(edge.key, 'evidence').length, `weight counts the kept evidence: ${about}`);
      }
      compared++;
    }), fuzzRuns(1500));
    assert.ok(compared > 1000, String(compared));
  });

  describe('on a generated graph of 20,000 actors and 100,000 edges', () => {
    let loaded: LoadedGraph;
    before(() => {
      loaded = new LoadedGraph(generatedStore(20_000, 100_000));
    });

    const heaviest = [
      'edges -hedged', 'edges -negated min 1', 'edges rel meet type person', `neighbors ${actorName(0)} depth 1 -negated`,
      `neighbors ${actorName(1)} depth 4 -hedged type person,place`, `paths ${actorName(3)} -- ${actorName(19_993)} k 50 max 10 -hedged`,
      `path ${actorName(5)} -> ${actorName(19_989)} via meet -negated`, `show ${actorName(0)} -hedged type organization`,
    ];
    for (const query of heaviest) {
      it(`${query}: within the cap, and stopped by a 200 ms budget long before 2 s`, () => {
        const run = timed(() => runQuery(loaded, query, { maxResults: 500, timeBudgetMs: 200 }));
        if (run.threw) throw run.error;
        const answer = run.value;
        assert.ok(run.ms < 2000, `took ${Math.round(run.ms)} ms on a 200 ms budget`);
        assert.ok(answer.edges.length <= 500, answer.summary);
        assert.ok(answer.nodes.length <= (answer.kind === 'neighbors' ? 501 : 2 * Math.max(1, answer.edges.length)), answer.summary);
        // filters hold in every listed edge: hedged or negated evidence is gone from what is shown
        for (const edge of answer.edges) {
          if (query.includes('-hedged')) assert.ok(edge.evidence.every((e) => !e.flags.hedged), `${edge.key} shows hedged evidence`);
          if (query.includes('-negated')) assert.ok(edge.evidence.every((e) => !e.flags.negated), `${edge.key} shows negated evidence`);
        }
      });
    }
  });
});
