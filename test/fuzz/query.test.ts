/**
 * Property-based fuzzing of the console language: random strings and grammar-built queries bent by
 * token edits. Only the documented errors come out (InvalidQueryError pointing inside the query,
 * NotFoundError), answers are well formed and within the result cap, and no query outlives its budget.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InvalidQueryError, NotFoundError } from '../../src/errors/index.js';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import type { QueryLimits } from '../../src/query/limits.js';
import type { NameAt } from '../../src/query/resolve-actor.js';
import { MAX_DEPTH, MAX_K, MAX_PATH_LENGTH, parseQuery } from '../../src/query/parse.js';
import { MAX_QUERY_LENGTH, runQuery } from '../../src/query/run.js';
import type { QueryAnswer } from '../../src/api-types.js';
import { grammarQuery, SEED_NAMES } from '../support/fuzz-query.js';
import { randomUnicode } from '../support/fuzz-text.js';
import { fuzzRuns, shown, timed } from '../support/fuzz-run.js';
import { handBuiltStore, type HandEdge } from '../support/hand-built.js';
import { seedStore } from '../support/stores.js';

const SMALL_BUDGET: Pick<QueryLimits, 'timeBudgetMs'> = { timeBudgetMs: 200 };
/** A query may overrun its budget by a loop's step and the answer's rendering, not by more: 2 s on a 200 ms budget. */
const OVERRUN_MS = 1_800;
const TYPES = new Set(['person', 'organization', 'place', 'group', 'concept']);

const anyQuery = fc.oneof(grammarQuery(SEED_NAMES), randomUnicode, fc.string({ unit: 'binary-ascii', maxLength: 60 }));

/** Fails unless `error` is one the language documents; an InvalidQueryError must point inside the query. */
function assertDocumentedError(query: string, error: unknown): void {
  if (error instanceof NotFoundError) return;
  if (!(error instanceof InvalidQueryError)) {
    assert.fail(`threw an undocumented ${error instanceof Error ? error.stack : String(error)}\nfor ${shown(query)}`);
  }
  assert.ok(Number.isInteger(error.position) && error.position >= 0 && error.position <= query.length, `position ${error.position} outside ${shown(query)}`);
}

/** A name read from the query is the query's text at its position (inside the quotes when quoted). */
function assertNameInQuery(query: string, name: NameAt | undefined): void {
  if (name === undefined) return;
  const quoted = query[name.position] === '"' || query[name.position] === "'";
  const at = name.position + (quoted ? 1 : 0);
  assert.equal(query.slice(at, at + name.text.length), name.text, `name ${shown(name.text)} is not at ${name.position} in ${shown(query)}`);
}

/** Every field of the answer has its type; lists hold no more than the cap lets them. */
function assertWellFormedAnswer(query: string, answer: QueryAnswer, maxResults: number): void {
  const about = `${answer.kind} answer to ${shown(query)}`;
  assert.equal(answer.query, query);
  assert.ok(typeof answer.summary === 'string' && answer.summary !== '' && typeof answer.text === 'string', about);
  assert.ok(Array.isArray(answer.nodes) && Array.isArray(answer.edges) && typeof answer.truncated === 'boolean', about);
  for (const node of answer.nodes) assert.ok(typeof node.key === 'string' && typeof node.label === 'string' && TYPES.has(node.type), about);
  const listed = { find: answer.nodes.length, show: answer.edges.length, edges: answer.edges.length, paths: answer.paths?.length ?? 0, path: answer.paths?.length ?? 0, help: 0 };
  if (answer.kind === 'neighbors') {
    assert.ok(answer.nodes.length <= maxResults + 1 && answer.edges.length <= maxResults, `${about} lists ${answer.nodes.length} actors and ${answer.edges.length} edges at cap ${maxResults}`);
  } else {
    if (answer.kind === 'edges') assert.ok(answer.nodes.length <= 2 * answer.edges.length, `${about} lists actors on no edge`);
    const count = listed[answer.kind as keyof typeof listed];
    assert.ok(count !== undefined, `unknown kind in the ${about}`);
    assert.ok(count <= maxResults, `${about} lists ${count} at cap ${maxResults}`);
  }
}

/** Runs the query: an answer or a documented error, within the time bound. */
function runsSafely(loaded: LoadedGraph, query: string, limits: QueryLimits): QueryAnswer | undefined {
  const run = timed(() => runQuery(loaded, query, limits));
  assert.ok(run.ms <= limits.timeBudgetMs + OVERRUN_MS, `took ${Math.round(run.ms)} ms on a ${limits.timeBudgetMs} ms budget: ${shown(query)}`);
  if (run.threw) return void assertDocumentedError(query, run.error);
  assertWellFormedAnswer(query, run.value, limits.maxResults);
  return run.value;
}

/** 300 actors with ten edges each: `paths … k 50 max 10` and `neighbors … depth 4` have thousands of routes to walk. */
function denseStore(): { store: ReturnType<typeof handBuiltStore>; names: string[] } {
  const names = Array.from({ length: 300 }, (_, i) => `Actor${i}`);
  const edges: HandEdge[] = names.flatMap((from, i) =>
    Array.from({ length: 10 }, (_, d) => ({ from, relation: d % 2 === 0 ? 'meet' : 'call', to: names[(i * 7 + (d + 1) * 13) % names.length]! })));
  return { store: handBuiltStore(edges), names };
}

describe('fuzzing the query language', function () {
  this.timeout(60_000);
  let seeds: LoadedGraph;

  before(async () => {
    seeds = new LoadedGraph(await seedStore());
  });

  it('parseQuery throws only an InvalidQueryError that points inside the query, on any string', () => {
    fc.assert(fc.property(anyQuery, (query) => {
      const parsed = timed(() => parseQuery(query));
      if (parsed.threw) assertDocumentedError(query, parsed.error);
    }), fuzzRuns(5000));
  });

  it('what parseQuery reads points back into the query, and every count is within its documented range', () => {
    let parsedCount = 0;
    const settings = fuzzRuns(5000);
    fc.assert(fc.property(grammarQuery(SEED_NAMES), (query) => {
      const parsed = timed(() => parseQuery(query));
      if (parsed.threw) return assertDocumentedError(query, parsed.error);
      parsedCount++;
      const { command, filters } = parsed.value;
      const about = shown(query);
      if (command.kind === 'path' || command.kind === 'paths') [command.from, command.to].forEach((name) => assertNameInQuery(query, name));
      if (command.kind === 'edges') [command.from, command.to].forEach((name) => assertNameInQuery(query, name));
      if (command.kind === 'neighbors' || command.kind === 'show') assertNameInQuery(query, command.actor);
      if (command.kind === 'paths') assert.ok(command.k >= 1 && command.k <= MAX_K && command.maxLength >= 1 && command.maxLength <= MAX_PATH_LENGTH, about);
      if (command.kind === 'neighbors') assert.ok(Number.isInteger(command.depth) && command.depth >= 1 && command.depth <= MAX_DEPTH, about);
      if (filters.minEvidence !== undefined) assert.ok(Number.isSafeInteger(filters.minEvidence) && filters.minEvidence >= 1, about);
      for (const type of filters.types ?? []) assert.ok(TYPES.has(type), `type ${type} in ${about}`);
      for (const relation of filters.via ?? []) assert.ok(relation !== '' && relation === relation.trim().toLowerCase(), `relation ${shown(relation)} in ${about}`);
    }), settings);
    assert.ok(parsedCount > settings.numRuns / 5, `only ${parsedCount} of ${settings.numRuns} grammar queries parsed: the generator no longer reaches the commands`);
  });

  it('runQuery on the seed graph gives a well-formed answer within the cap, or a documented error, within 2 s on a 200 ms budget', () => {
    const kinds = new Set<string>();
    fc.assert(fc.property(anyQuery, fc.integer({ min: 1, max: 8 }), (query, maxResults) => {
      const answer = runsSafely(seeds, query, { maxResults, ...SMALL_BUDGET });
      if (answer !== undefined) kinds.add(answer.kind);
    }), fuzzRuns(4000));
    assert.deepEqual([...kinds].sort(), ['edges', 'find', 'help', 'neighbors', 'path', 'paths', 'show'], 'every command answered at least once');
  });

  it('marks an answer truncated only when it lists all the cap allows, given the time to finish', () => {
    fc.assert(fc.property(grammarQuery(SEED_NAMES), fc.integer({ min: 1, max: 4 }), (query, maxResults) => {
      const answer = runsSafely(seeds, query, { maxResults, timeBudgetMs: 60_000 });
      if (answer === undefined || !answer.truncated) return;
      const about = `${shown(query)} at cap ${maxResults}: ${answer.summary}`;
      const command = parseQuery(query).command;
      if (answer.kind === 'find') assert.equal(answer.nodes.length, maxResults, about);
      else if (answer.kind === 'show' || answer.kind === 'edges') assert.equal(answer.edges.length, maxResults, about);
      else if (answer.kind === 'neighbors') assert.ok(answer.nodes.length === maxResults + 1 || answer.edges.length === maxResults, about);
      else if (command.kind === 'paths') assert.equal(answer.paths?.length, Math.min(command.k, maxResults), about);
      else assert.fail(`a ${answer.kind} answer is truncated with time to spare: ${about}`);
    }), fuzzRuns(3000));
  });

  // Found by the property above: k 50 on a cap of 2 marked the answer truncated and "(capped at 2)" with only one path to list.
  it('regression: paths with k over the cap but fewer paths than the cap is not truncated', () => {
    const chain = new LoadedGraph(handBuiltStore([{ from: 'Ann', relation: 'meet', to: 'Bob' }, { from: 'Bob', relation: 'call', to: 'Cyd' }]));
    const few = runQuery(chain, 'paths Ann -> Cyd k 50', { maxResults: 2, timeBudgetMs: 10_000 });
    assert.deepEqual([few.paths?.length, few.truncated], [1, false]);
    assert.doesNotMatch(few.summary, /capped/);
    const self = runQuery(seeds, 'paths Blinken -> Blinken', { maxResults: 2, timeBudgetMs: 10_000 });
    assert.deepEqual([self.paths?.length, self.truncated], [1, false]);
    const fan = new LoadedGraph(handBuiltStore(['Bob', 'Cyd', 'Dan'].flatMap((via) => [{ from: 'Ann', relation: 'meet', to: via }, { from: via, relation: 'call', to: 'Eve' }])));
    const capped = runQuery(fan, 'paths Ann -> Eve k 50', { maxResults: 2, timeBudgetMs: 10_000 });
    assert.deepEqual([capped.paths?.length, capped.truncated], [2, true]);
    assert.match(capped.summary, /\(capped at 2\)/);
  });

  it(`refuses a query over ${MAX_QUERY_LENGTH} characters with an InvalidQueryError at that length`, () => {
    const long = fc.tuple(fc.oneof(grammarQuery(SEED_NAMES), randomUnicode), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(' ', 'x', '"'))
      .map(([query, extra, pad]) => query + pad.repeat(MAX_QUERY_LENGTH + extra - query.length));
    fc.assert(fc.property(long, (query) => {
      const run = timed(() => runQuery(seeds, query, { maxResults: 5, ...SMALL_BUDGET }));
      assert.ok(run.threw && run.error instanceof InvalidQueryError, `accepted a query of ${query.length} chars`);
      assert.equal(run.error.position, MAX_QUERY_LENGTH);
    }), fuzzRuns(200));
  });

  it('on a dense graph (300 actors, 3000 edges) no query runs past 2 s on a 200 ms budget', () => {
    const { store, names } = denseStore();
    const dense = new LoadedGraph(store);
    fc.assert(fc.property(grammarQuery(names), fc.constantFrom(5, 50, 500), (query, maxResults) => {
      runsSafely(dense, query, { maxResults, ...SMALL_BUDGET });
    }), fuzzRuns(400));
  });

  it('on the dense graph, the heaviest queries stop at the budget', () => {
    const dense = new LoadedGraph(denseStore().store);
    for (const query of ['paths Actor0 -- Actor1 k 50 max 10', 'paths Actor0 -> Actor150 k 50 max 10 via meet', 'neighbors Actor0 depth 4', 'edges', 'path Actor0 -> Actor299 -hedged']) {
      runsSafely(dense, query, { maxResults: 500, ...SMALL_BUDGET });
    }
  });
});
