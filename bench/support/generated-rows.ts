/**
 * A generated graph written straight into the PostgreSQL store's tables with COPY, never held as
 * a graph in memory: tens of millions of rows for the benchmarks. Same draw as generated-graph.ts
 * (a few actors take part in much of what happens), one piece of evidence an edge.
 */
import type pg from 'pg';
import { normaliseName } from '../../src/query/names.js';
import { copyRows, type Cell } from '../../src/store/postgres/copy-rows.js';
import { withoutDerivedLinks } from '../../src/store/postgres/schema.js';
import type { EdgeAttributes, EntityType, Evidence, NodeAttributes } from '../../src/types.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { actorName } from './generated-graph.js';

const RELATIONS = ['meet', 'ask', 'write to', 'call', 'visit', 'fund', 'warn', 'praise', 'criticize', 'sign with', 'sue', 'hire', 'support', 'accuse', 'invite'];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'group', 'concept'];
const TEXT = 'Actor 1 met Actor 2 in the capital.';

export interface LoadFigures {
  order: number;
  size: number;
  /** Drawing the edges in memory (typed arrays), before any row is sent. */
  drawMs: number;
  /** COPY of every table, inside one transaction, committed. */
  copyMs: number;
  rows: number;
}

/** Fills an empty, initialised store with `order` actors and `size` edges. */
export async function loadGeneratedRows(pool: pg.Pool, order: number, size: number, seed = 1): Promise<LoadFigures> {
  const started = performance.now();
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const relations = new Uint8Array(size);
  const degree = new Int32Array(order);
  const taken = new Set<number>();
  for (let e = 0; e < size;) {
    const source = Math.floor(order * random() ** 2);
    const target = pick(order);
    const relation = pick(RELATIONS.length);
    const id = (source * order + target) * RELATIONS.length + relation;
    if (source === target || taken.has(id)) continue;
    taken.add(id);
    [sources[e], targets[e], relations[e]] = [source, target, relation];
    degree[source]!++;
    degree[target]!++;
    e++;
  }
  taken.clear();
  const documentCount = Math.max(1, Math.round(size / 500));
  const docId = (d: number): string => `g${String(d).padStart(15, '0')}`;
  const drawn = performance.now();

  const client = await pool.connect();
  let rows = 0;
  const copyAll = async (): Promise<void> => {
    rows += await copyRows(client, 'documents', ['id', 'title', 'source', 'text'],
      range(documentCount, (d) => [docId(d), `Generated report ${d}`, 'generated', TEXT]));
    rows += await copyRows(client, 'sentences', ['doc_id', 'idx', 'start_at', 'end_at'], range(documentCount, (d) => [docId(d), 0, 0, TEXT.length]));
    rows += await copyRows(client, 'nodes', ['key', 'seq', 'label', 'type', 'degree', 'role', 'overview', 'attributes'], range(order, (i) => {
      const label = actorName(i);
      const attributes: NodeAttributes = {
        label, type: TYPES[i % TYPES.length]!, aliases: { [label]: 2, [`A. ${i}`]: 1 }, mentions: 3,
        documents: [docId(i % documentCount)], x: random() * 1000, y: random() * 1000, size: 4, color: '#8c8c8c',
      };
      return [`actor-${i}`, i, label, attributes.type, degree[i]!, false, false, JSON.stringify(attributes)];
    }));
    rows += await copyRows(client, 'node_names', ['node', 'name', 'normal'], (function* () {
      for (let i = 0; i < order; i++) {
        yield [`actor-${i}`, actorName(i).toLowerCase(), normaliseName(actorName(i))];
        yield [`actor-${i}`, `a. ${i}`, normaliseName(`a. ${i}`)];
      }
    })());
    const edgeKey = (e: number): string => `actor-${sources[e]}|${RELATIONS[relations[e]!]}|actor-${targets[e]}`;
    const flagsOf = (e: number): Evidence['flags'] => ({ negated: e % 20 === 7, hedged: e % 10 === 3, tense: 'past' });
    rows += await copyRows(client, 'edges', ['key', 'seq', 'source', 'target', 'lemma', 'weight', 'attributes'], range(size, (e) => {
      const relation = RELATIONS[relations[e]!]!;
      const flags = flagsOf(e);
      const attributes: Omit<EdgeAttributes, 'evidence'> & { evidence: number } = {
        label: relation, lemma: relation, weight: 1, evidence: 1, negated: flags.negated, hedged: flags.hedged, tense: 'past',
      };
      return [edgeKey(e), e, `actor-${sources[e]}`, `actor-${targets[e]}`, relation, 1, JSON.stringify(attributes)];
    }));
    rows += await copyRows(client, 'evidence', ['edge', 'idx', 'doc_id', 'item'], range(size, (e) => {
      const doc = docId(e % documentCount);
      const item: Evidence = { doc, sentence: 0, relation: RELATIONS[relations[e]!]!, start: 0, end: 20, text: 'Actor 1 met Actor 2', flags: flagsOf(e), confidence: 0.8 };
      return [edgeKey(e), 0, doc, JSON.stringify(item)];
    }));
    await client.query(`INSERT INTO kg_meta (key, value) VALUES ('graph', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {} })]);
  };
  try {
    await client.query('BEGIN');
    await withoutDerivedLinks(client, copyAll);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await pool.query('ANALYZE');
  return { order, size, drawMs: drawn - started, copyMs: performance.now() - drawn, rows };
}

function* range(n: number, row: (i: number) => readonly Cell[]): Generator<readonly Cell[]> {
  for (let i = 0; i < n; i++) yield row(i);
}
