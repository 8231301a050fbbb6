/**
 * The derived graph in tables: nodes (with every name they go by, for search), edges with their
 * evidence one row apiece, and the alias merges. `kg resolve` replaces it as a whole in one
 * transaction; readers keep seeing the previous graph until that commits.
 */
import MultiDirectedGraph from 'graphology';
import type { PoolClient } from 'pg';
import type { SerializedGraph } from 'graphology-types';
import { roleNodes } from '../../graph/roles.js';
import { normaliseName } from '../../query/names.js';
import type { KgGraph } from '../../graph/build.js';
import type { AliasMerge, EdgeAttributes, Evidence, NodeAttributes } from '../../types.js';
import { copyRows } from './copy-rows.js';

export type StoredGraph = SerializedGraph<NodeAttributes, EdgeAttributes>;

/**
 * An edge's attributes are stored without their evidence list, which has rows of its own; the
 * list's place holds its length, so the attributes read back with their keys in the same order.
 */
type StoredEdgeAttributes = Omit<EdgeAttributes, 'evidence'> & { evidence: number };

/** Deletes the derived graph and writes `graph` and `merges` in its place (in the caller's transaction). */
export async function writeDerived(client: PoolClient, graph: StoredGraph, merges: readonly AliasMerge[]): Promise<void> {
  // DELETE, not TRUNCATE: servers reading the old graph are not blocked while the new one is written
  await client.query('DELETE FROM merges');
  await client.query('DELETE FROM evidence');
  await client.query('DELETE FROM edges');
  await client.query('DELETE FROM node_names');
  await client.query('DELETE FROM nodes');
  const loaded: KgGraph = (MultiDirectedGraph as unknown as { from(data: StoredGraph): KgGraph }).from(graph);
  const roles = roleNodes(loaded);
  await copyRows(client, 'nodes', ['key', 'seq', 'label', 'type', 'degree', 'role', 'overview', 'attributes'],
    graph.nodes.map((node, seq) => {
      const attributes = node.attributes!;
      return [node.key, seq, attributes.label, attributes.type, loaded.degree(node.key), roles.has(node.key), attributes.overview === true, JSON.stringify(attributes)];
    }));
  await copyRows(client, 'node_names', ['node', 'name', 'normal'], graph.nodes.flatMap((node) => {
    const names = new Set([node.attributes!.label, ...Object.keys(node.attributes!.aliases)].map((name) => name.toLowerCase()));
    return [...names].map((name) => [node.key, name, normaliseName(name)] as const);
  }));
  await copyRows(client, 'edges', ['key', 'seq', 'source', 'target', 'lemma', 'weight', 'attributes'],
    graph.edges.map((edge, seq) => {
      const attributes = edge.attributes!;
      const stored: StoredEdgeAttributes = { ...attributes, evidence: attributes.evidence.length };
      return [edge.key!, seq, edge.source, edge.target, attributes.lemma, attributes.weight, JSON.stringify(stored)];
    }));
  await copyRows(client, 'evidence', ['edge', 'idx', 'doc_id', 'item'],
    graph.edges.flatMap((edge) => edge.attributes!.evidence.map((item, idx) => [edge.key!, idx, item.doc, JSON.stringify(item)] as const)));
  await copyRows(client, 'merges', ['seq', 'node', 'merge'], merges.map((merge, seq) => [seq, merge.node, JSON.stringify(merge)]));
  await client.query(
    `INSERT INTO kg_meta (key, value) VALUES ('graph', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify({ options: graph.options, attributes: graph.attributes })],
  );
}

/** The whole derived graph, in graphology's serialised form, and the merges. */
export async function readDerived(client: PoolClient): Promise<{ graph: StoredGraph; merges: AliasMerge[] }> {
  const meta = await client.query<{ value: Pick<StoredGraph, 'options' | 'attributes'> }>(`SELECT value FROM kg_meta WHERE key = 'graph'`);
  const nodes = await client.query<{ key: string; attributes: NodeAttributes }>('SELECT key, attributes FROM nodes ORDER BY seq');
  const evidence = new Map<string, Evidence[]>();
  for (const row of (await client.query<{ edge: string; item: Evidence }>('SELECT edge, item FROM evidence ORDER BY edge, idx')).rows) {
    const list = evidence.get(row.edge);
    if (list === undefined) evidence.set(row.edge, [row.item]);
    else list.push(row.item);
  }
  const edges = await client.query<{ key: string; source: string; target: string; attributes: StoredEdgeAttributes }>(
    'SELECT key, source, target, attributes FROM edges ORDER BY seq');
  const merges = await client.query<{ merge: AliasMerge }>('SELECT merge FROM merges ORDER BY seq');
  const { options, attributes } = meta.rows[0]?.value ?? { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {} };
  return {
    graph: {
      options,
      attributes,
      nodes: nodes.rows.map((row) => ({ key: row.key, attributes: row.attributes })),
      edges: edges.rows.map((row) => ({ key: row.key, source: row.source, target: row.target, attributes: withEvidence(row.attributes, evidence.get(row.key) ?? []) })),
    },
    merges: merges.rows.map((row) => row.merge),
  };
}

/** Puts the evidence list back where its length was stored. */
export function withEvidence(stored: StoredEdgeAttributes, evidence: Evidence[]): EdgeAttributes {
  return { ...stored, evidence } as EdgeAttributes;
}
