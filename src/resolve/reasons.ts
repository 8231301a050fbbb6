/** Why each alias of a node names the same actor as its label: one AliasMerge per alias. */
import type { AliasMerge } from '../types.js';
import type { SurnameRule } from './05-documents.js';
import type { NodeDraft } from './entities.js';
import { LINK_KIND_ORDER, linkReason, type Link, type LinkKind } from './links.js';
import { slug } from './slug.js';
import { foldForMatch } from './surface.js';

type Adjacency = Map<string, Array<{ to: string; kind: LinkKind }>>;

/** Both directions of every link, in a fixed order so the path a reason follows is always the same. */
export function adjacencyOf(links: readonly Link[]): Adjacency {
  const adjacency: Adjacency = new Map();
  const add = (from: string, to: string, kind: LinkKind): void => {
    const edges = adjacency.get(from) ?? [];
    adjacency.set(from, edges);
    edges.push({ to, kind });
  };
  for (const { from, to, kind } of links) {
    add(from, to, kind);
    add(to, from, kind);
  }
  for (const edges of adjacency.values()) {
    edges.sort((a, b) => (a.to === b.to ? LINK_KIND_ORDER.indexOf(a.kind) - LINK_KIND_ORDER.indexOf(b.kind) : a.to < b.to ? -1 : 1));
  }
  return adjacency;
}

export function mergesOf(draft: NodeDraft, adjacency: Adjacency): AliasMerge[] {
  const kinds = linkKindsFrom(slug(draft.label), adjacency);
  const reasonOf = (surface: string): string => {
    const rules = draft.own.has(surface) ? undefined : draft.lent.get(surface);
    if (rules !== undefined) return `${linkReason('surname', draft.label)} (${lendingReason(surface, rules)})`;
    const kind = kinds.get(slug(surface));
    if (kind !== undefined) return linkReason(kind, draft.label);
    const sameCase = foldForMatch(surface) === foldForMatch(draft.label);
    return sameCase ? 'same name ignoring case' : 'same name ignoring accents and punctuation';
  };
  const merges: AliasMerge[] = [];
  for (const alias of draft.aliases.keys()) {
    if (alias === draft.label) continue;
    const name = draft.own.has(alias) || draft.lent.has(alias) ? undefined : draft.titled.get(alias);
    let reason = name === undefined ? reasonOf(alias) : 'title before the name';
    if (name !== undefined && name !== draft.label) reason += `; ${reasonOf(name)}`;
    merges.push({ alias, canonical: draft.label, node: draft.key, reason });
  }
  return merges;
}

/**
 * Breadth-first from the label's group: each group reached gets the kind of the link it was reached
 * by. A dotted acronym reached through its bare form takes the bare form's reason instead.
 */
function linkKindsFrom(start: string, adjacency: Adjacency): Map<string, LinkKind> {
  const kinds = new Map<string, LinkKind>();
  const seen = new Set([start]);
  const queue = [start];
  for (let k = 0; k < queue.length; k++) {
    const group = queue[k]!;
    for (const { to, kind } of adjacency.get(group) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
      const inherited = kind === 'dots' ? kinds.get(group) : undefined;
      kinds.set(to, inherited ?? kind);
    }
  }
  return kinds;
}

/** Which of the rules of 05-documents lent a shared surname to the node, in the documents it was read in. */
function lendingReason(surname: string, rules: ReadonlySet<SurnameRule>): string {
  if (!rules.has('corpus')) return `the only ${surname} in this document`;
  if (!rules.has('document')) return `by far the most mentioned ${surname} in the corpus`;
  return `the only ${surname} in its document, or else by far the most mentioned ${surname} in the corpus`;
}
