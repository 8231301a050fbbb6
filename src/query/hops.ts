/** Which edge each hop of a found path takes: the best-supported one, or under the concept rule the best that keeps it. */
import type { EdgeEntry } from 'graphology-types';
import type { KgGraph } from '../graph/build.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { sharesDocument, type DocumentRule } from './document-rule.js';
import type { WalkFilter } from './filter.js';

export interface PathHop {
  edge: string;
  from: string;
  to: string;
  forward: boolean;
  /** Under the document rule, the documents this hop shares with the hop before or after it at a concept. */
  toldBy?: string[];
}

/**
 * For each step, the edge between the two actors with the most evidence (then walked forward, then
 * the first key). Under a document rule the edges on either side of a held node must share a
 * document, so the choice is made from the last hop back among the edges that can be reached
 * obeying the rule; each such hop lists the documents it shares with its neighbours (`toldBy`).
 */
export function hopsOf(graph: KgGraph, nodes: readonly string[], directed: boolean, filter?: WalkFilter, rule?: DocumentRule<NodeAttributes, EdgeAttributes>): PathHop[] {
  const candidates = nodes.slice(1).map((to, i) => hopCandidates(graph, nodes[i]!, to, directed, filter));
  const held = (i: number): boolean => rule !== undefined && i > 0 && i < nodes.length - 1 && rule.held(nodes[i]!);
  const docs = (candidate: HopCandidate): readonly string[] => (candidate.docs ??= rule!.documents(graph.getEdgeAttributes(candidate.edge)));
  // reachable[i]: the candidates of hop i that some choice of the hops before it leads to
  const reachable: HopCandidate[][] = [];
  candidates.forEach((hop, i) => {
    if (i === 0 || !held(i)) reachable.push(hop);
    else {
      const entering = new Set(reachable[i - 1]!.flatMap(docs));
      reachable.push(hop.filter((candidate) => docs(candidate).some((doc) => entering.has(doc))));
    }
  });
  const chosen: HopCandidate[] = [];
  for (let i = candidates.length - 1; i >= 0; i--) {
    const after = chosen[0];
    const best = after === undefined || !held(i + 1) ? reachable[i]![0] : reachable[i]!.find((candidate) => sharesDocument(docs(candidate), docs(after)));
    if (best === undefined) throw new Error(`no edges for the path ${nodes.join(' → ')} obey the query's rules at hop ${i + 1}`);
    chosen.unshift(best);
  }
  return chosen.map((candidate, i) => {
    const hop: PathHop = { edge: candidate.edge, from: nodes[i]!, to: nodes[i + 1]!, forward: candidate.forward };
    const shared = [
      ...(held(i) ? docs(candidate).filter((doc) => docs(chosen[i - 1]!).includes(doc)) : []),
      ...(held(i + 1) ? docs(candidate).filter((doc) => docs(chosen[i + 1]!).includes(doc)) : []),
    ];
    if (shared.length > 0) hop.toldBy = [...new Set(shared)];
    return hop;
  });
}

interface HopCandidate {
  edge: string;
  forward: boolean;
  docs?: readonly string[];
}

/** The edges the filter leaves between two actors, best first. */
function hopCandidates(graph: KgGraph, from: string, to: string, directed: boolean, filter?: WalkFilter): HopCandidate[] {
  const allowed = (entry: EdgeEntry<NodeAttributes, EdgeAttributes>): boolean => filter === undefined || filter.allows(entry);
  const candidates: HopCandidate[] = [
    ...[...graph.outEdgeEntries(from, to)].filter(allowed).map(({ edge }) => ({ edge, forward: true })),
    ...(directed ? [] : [...graph.outEdgeEntries(to, from)].filter(allowed).map(({ edge }) => ({ edge, forward: false }))),
  ];
  return candidates.sort((a, b) =>
    graph.getEdgeAttribute(b.edge, 'weight') - graph.getEdgeAttribute(a.edge, 'weight') ||
    Number(b.forward) - Number(a.forward) ||
    (a.edge < b.edge ? -1 : 1));
}

/**
 * The documents a path so far enters its last node by, under the rule: those of the last hop's
 * edges that some choice of the earlier hops obeying the rule leads to. Where k-shortest.ts
 * branches off a path at a held node, the branch must go on in one of them.
 */
export function documentsEntering(graph: KgGraph, nodes: readonly string[], directed: boolean, rule: DocumentRule<NodeAttributes, EdgeAttributes>, filter?: WalkFilter): Set<string> {
  let entering = new Set<string>();
  for (let i = 0; i + 1 < nodes.length; i++) {
    const held = i > 0 && rule.held(nodes[i]!);
    const next = new Set<string>();
    for (const { edge } of hopCandidates(graph, nodes[i]!, nodes[i + 1]!, directed, filter)) {
      const docs = rule.documents(graph.getEdgeAttributes(edge));
      if (!held || docs.some((doc) => entering.has(doc))) for (const doc of docs) next.add(doc);
    }
    entering = next;
  }
  return entering;
}
