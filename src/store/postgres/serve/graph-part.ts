/**
 * Reads a part of the stored graph as a LoadedGraph the view and query code can answer from: the
 * nodes and edges asked for (and every end of those edges), the edges' evidence, the documents it
 * cites, the nodes' merges, and each node's degree and role as the whole graph has them.
 */
import type { PoolClient } from 'pg';
import { LoadedGraph } from '../../../graph/loaded-graph.js';
import type { AliasMerge, EdgeAttributes, Evidence, ExtractedDocument, NodeAttributes } from '../../../types.js';
import { withEvidence, type StoredGraph } from '../derived.js';
import { readDocuments } from '../documents.js';

export interface PartAsked {
  nodes?: Iterable<string>;
  edges?: Iterable<string>;
  /** Documents to read whole besides those the evidence cites (a document's own page). */
  documents?: readonly string[];
  /**
   * Documents of which only the title is needed (an actor's card lists every document naming it):
   * read without their text, sentences and triples, which the card does not show.
   */
  titlesOf?: readonly string[];
  /** `titles`: the cited documents too are read without their text (the page's graph needs only their days). */
  cited?: 'whole' | 'titles';
}

type StoredEdgeAttributes = Parameters<typeof withEvidence>[0];

export async function readPart(client: PoolClient, asked: PartAsked): Promise<LoadedGraph> {
  const edgeKeys = [...new Set(asked.edges ?? [])];
  const edges = edgeKeys.length === 0 ? [] : (await client.query<{ key: string; source: string; target: string; attributes: StoredEdgeAttributes }>(
    'SELECT key, source, target, attributes FROM edges WHERE key = ANY($1) ORDER BY seq', [edgeKeys])).rows;
  const nodeKeys = [...new Set([...(asked.nodes ?? []), ...edges.flatMap((edge) => [edge.source, edge.target])])];
  const nodes = nodeKeys.length === 0 ? [] : (await client.query<{ key: string; degree: number; role: boolean; attributes: NodeAttributes }>(
    'SELECT key, degree, role, attributes FROM nodes WHERE key = ANY($1) ORDER BY seq', [nodeKeys])).rows;
  const evidence = new Map<string, Evidence[]>();
  if (edges.length > 0) {
    const rows = await client.query<{ edge: string; item: Evidence }>('SELECT edge, item FROM evidence WHERE edge = ANY($1) ORDER BY edge, idx', [edges.map((edge) => edge.key)]);
    for (const { edge, item } of rows.rows) evidence.set(edge, [...(evidence.get(edge) ?? []), item]);
  }
  const cited = [...evidence.values()].flatMap((list) => list.map((item) => item.doc));
  const whole = [...new Set([...(asked.documents ?? []), ...(asked.cited === 'titles' ? [] : cited)])];
  const documents = whole.length === 0 ? [] : await readDocuments(client, whole);
  const titled = [...new Set([...(asked.titlesOf ?? []), ...cited])].filter((id) => !whole.includes(id));
  const merges = nodes.length === 0 ? [] : (await client.query<{ merge: AliasMerge }>(
    'SELECT merge FROM merges WHERE node = ANY($1) ORDER BY seq', [nodes.map((node) => node.key)])).rows.map((row) => row.merge);
  const graph: StoredGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: nodes.map((node) => ({ key: node.key, attributes: node.attributes })),
    edges: edges.map((edge) => ({ key: edge.key, source: edge.source, target: edge.target, attributes: withEvidence(edge.attributes, evidence.get(edge.key) ?? []) as EdgeAttributes })),
  };
  return new LoadedGraph(
    { graph, documents: [...documents, ...await titlesOnly(client, titled)], merges, overrides: [] },
    { degrees: new Map(nodes.map((node) => [node.key, node.degree])), roles: new Set(nodes.filter((node) => node.role).map((node) => node.key)) },
  );
}

/** Documents with their title, source and date but no text: what a card's list of documents shows. */
async function titlesOnly(client: PoolClient, ids: readonly string[]): Promise<ExtractedDocument[]> {
  if (ids.length === 0) return [];
  const rows = await client.query<{ id: string; title: string; source: string; date: string | null }>(
    'SELECT id, title, source, date FROM documents WHERE id = ANY($1) ORDER BY seq', [ids]);
  return rows.rows.map((row) => ({ id: row.id, title: row.title, source: row.source, ...(row.date === null ? {} : { date: row.date }), text: '', sentences: [], triples: [] }));
}
