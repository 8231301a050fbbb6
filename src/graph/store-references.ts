/**
 * Checks that what a store's parts point at is there: every edge's ends among its nodes, and every
 * piece of evidence in a stored document's sentences. A pass over the parsed lists, cheap next to
 * parsing them; without it a damaged store fails deep inside graphology (`source node "media" not
 * found`) or loads with evidence that opens no sentence.
 */
import { isObject } from '../json-shape.js';
import { json } from './store-writer.js';

/** The parts of a store that passed the top-level check (store-check.ts). */
export interface StoreLists {
  documents: unknown[];
  graph: { nodes: unknown[]; edges: unknown[] };
}

/**
 * What points at something missing, or is stored twice. Merges are not checked: resolution
 * records merges for names that never become nodes (`Associates` → `associates` in the corpus).
 */
export function referenceProblems({ documents, graph }: StoreLists): string[] {
  const problems: string[] = [];
  // id → how many sentences it has
  const sentences = new Map<string, number>();
  documents.forEach((doc, i) => {
    if (!isObject(doc) || typeof doc['id'] !== 'string' || !Array.isArray(doc['sentences'])) {
      problems.push(`document ${i + 1} has no id or no list of sentences`);
    } else if (sentences.has(doc['id'])) {
      problems.push(`document ${json(doc['id'])} is stored twice`);
    } else {
      sentences.set(doc['id'], doc['sentences'].length);
    }
  });

  const nodes = new Set<string>();
  graph.nodes.forEach((node, i) => {
    const key = isObject(node) ? node['key'] : undefined;
    if (typeof key !== 'string') problems.push(`node ${i + 1} has no key`);
    else if (nodes.has(key)) problems.push(`node ${json(key)} is stored twice`);
    else nodes.add(key);
  });

  const edges = new Set<string>();
  for (const [i, edge] of graph.edges.entries()) {
    if (!isObject(edge)) {
      problems.push(`edge ${i + 1} is not an object`);
      continue;
    }
    const key = edge['key'];
    const name = typeof key === 'string' ? `edge ${json(key)}` : `edge ${i + 1}`;
    if (typeof key === 'string' && edges.has(key)) problems.push(`${name} is stored twice`);
    if (typeof key === 'string') edges.add(key);
    for (const end of ['source', 'target'] as const) {
      const node = edge[end];
      if (typeof node !== 'string' || !nodes.has(node)) problems.push(`${name} has ${end} node ${json(node)}, which the store does not hold`);
    }
    const evidence = isObject(edge['attributes']) ? edge['attributes']['evidence'] : undefined;
    // a hand-built graph may carry no evidence; kg's own edges always do
    if (evidence !== undefined && !Array.isArray(evidence)) problems.push(`${name} has evidence that is not a list`);
    if (Array.isArray(evidence)) problems.push(...evidenceProblems(name, evidence, sentences));
  }
  return problems;
}

function evidenceProblems(edge: string, evidence: unknown[], sentences: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  for (const piece of evidence) {
    const doc = isObject(piece) ? piece['doc'] : undefined;
    const sentence = isObject(piece) ? piece['sentence'] : undefined;
    const count = typeof doc === 'string' ? sentences.get(doc) : undefined;
    if (count === undefined) {
      problems.push(`${edge} has evidence from document ${json(doc)}, which the store does not hold`);
    } else if (typeof sentence !== 'number' || !Number.isInteger(sentence) || sentence < 0 || sentence >= count) {
      problems.push(`${edge} has evidence from sentence ${json(sentence)} of document ${json(doc)}, which has ${count} sentences`);
    }
  }
  return problems;
}
