/**
 * Reads a part of the stored graph as a LoadedGraph the view and query code can answer from: the
 * nodes and edges asked for (and every end of those edges), the edges' evidence, the documents it
 * cites, the nodes' merges, and each node's degree and role as the whole graph has them. A part
 * read in rounds (a query reading on, query-answer.ts) reads each row once.
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

interface NodeRow {
  key: string;
  seq: number;
  degree: number;
  role: boolean;
  attributes: NodeAttributes;
}

interface EdgeRow {
  key: string;
  seq: number;
  source: string;
  target: string;
  attributes: StoredEdgeAttributes;
}

export async function readPart(client: PoolClient, asked: PartAsked): Promise<LoadedGraph> {
  const part = new GraphPart();
  await part.read(client, asked);
  return part.loaded();
}

export class GraphPart {
  readonly #nodes = new Map<string, NodeRow>();
  readonly #edges = new Map<string, EdgeRow>();
  readonly #evidence = new Map<string, Evidence[]>();
  readonly #documents = new Map<string, ExtractedDocument>();
  /** Documents read without their text; replaced by the whole document when a later round needs it. */
  readonly #titles = new Map<string, ExtractedDocument>();
  readonly #merges = new Map<string, { seq: number; merge: AliasMerge }[]>();

  /** Reads what `asked` adds to the part. */
  async read(client: PoolClient, asked: PartAsked): Promise<void> {
    const newEdges = [...new Set(asked.edges ?? [])].filter((key) => !this.#edges.has(key));
    const edges = newEdges.length === 0 ? [] : (await client.query<EdgeRow>(
      'SELECT key, seq, source, target, attributes FROM edges WHERE key = ANY($1)', [newEdges])).rows;
    for (const edge of edges) this.#edges.set(edge.key, edge);
    const newNodes = [...new Set([...(asked.nodes ?? []), ...edges.flatMap((edge) => [edge.source, edge.target])])].filter((key) => !this.#nodes.has(key));
    const nodes = newNodes.length === 0 ? [] : (await client.query<NodeRow>(
      'SELECT key, seq, degree, role, attributes FROM nodes WHERE key = ANY($1)', [newNodes])).rows;
    for (const node of nodes) this.#nodes.set(node.key, node);
    if (edges.length > 0) {
      const rows = await client.query<{ edge: string; item: Evidence }>('SELECT edge, item FROM evidence WHERE edge = ANY($1) ORDER BY edge, idx', [edges.map((edge) => edge.key)]);
      for (const { edge, item } of rows.rows) this.#evidence.set(edge, [...(this.#evidence.get(edge) ?? []), item]);
    }
    if (nodes.length > 0) {
      const rows = await client.query<{ seq: number; node: string; merge: AliasMerge }>('SELECT seq, node, merge FROM merges WHERE node = ANY($1)', [nodes.map((node) => node.key)]);
      for (const row of rows.rows) this.#merges.set(row.node, [...(this.#merges.get(row.node) ?? []), row]);
    }
    const cited = edges.flatMap((edge) => (this.#evidence.get(edge.key) ?? []).map((item) => item.doc));
    const whole = [...new Set([...(asked.documents ?? []), ...(asked.cited === 'titles' ? [] : cited)])].filter((id) => !this.#documents.has(id));
    for (const doc of whole.length === 0 ? [] : await readDocuments(client, whole)) {
      this.#documents.set(doc.id, doc);
      this.#titles.delete(doc.id);
    }
    const titled = [...new Set([...(asked.titlesOf ?? []), ...cited])].filter((id) => !this.#documents.has(id) && !this.#titles.has(id));
    for (const doc of await titlesOnly(client, titled)) this.#titles.set(doc.id, doc);
  }

  /** The documents the evidence of `edges` cites, among the edges read. */
  citedBy(edges: Iterable<string>): string[] {
    return [...new Set([...edges].flatMap((edge) => (this.#evidence.get(edge) ?? []).map((item) => item.doc)))];
  }

  /** The part as a graph, nodes and edges in the order the whole graph has them. */
  loaded(): LoadedGraph {
    const bySeq = <T extends { seq: number }>(rows: Iterable<T>): T[] => [...rows].sort((a, b) => a.seq - b.seq);
    const nodes = bySeq(this.#nodes.values());
    const graph: StoredGraph = {
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      attributes: {},
      nodes: nodes.map((node) => ({ key: node.key, attributes: node.attributes })),
      edges: bySeq(this.#edges.values()).map((edge) => ({
        key: edge.key, source: edge.source, target: edge.target, attributes: withEvidence(edge.attributes, this.#evidence.get(edge.key) ?? []) as EdgeAttributes,
      })),
    };
    const merges = bySeq([...this.#merges.values()].flat()).map((row) => row.merge);
    return new LoadedGraph(
      { graph, documents: [...this.#documents.values(), ...this.#titles.values()], merges, overrides: [] },
      { degrees: new Map(nodes.map((node) => [node.key, node.degree])), roles: new Set(nodes.filter((node) => node.role).map((node) => node.key)) },
    );
  }
}

/** Documents with their title, source and date but no text: what a card's list of documents shows. */
async function titlesOnly(client: PoolClient, ids: readonly string[]): Promise<ExtractedDocument[]> {
  if (ids.length === 0) return [];
  const rows = await client.query<{ id: string; title: string; source: string; date: string | null }>(
    'SELECT id, title, source, date FROM documents WHERE id = ANY($1) ORDER BY seq', [ids]);
  return rows.rows.map((row) => ({ id: row.id, title: row.title, source: row.source, ...(row.date === null ? {} : { date: row.date }), text: '', sentences: [], triples: [] }));
}
