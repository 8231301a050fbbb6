/** Why each alias of a node names the same actor as its label: one AliasMerge per alias. */
import type { AliasMerge } from '../types.js';
import type { Lending, ShortNameRule } from './04-short-names.js';
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
    const lendings = draft.own.has(surface) ? undefined : draft.lent.get(surface);
    if (lendings !== undefined) return lendingReason(surface, draft.label, lendings);
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

const RULE_ORDER: readonly ShortNameRule[] = ['only', 'before', 'most', 'nearby'];

/** How a short name was read as the person in the documents it was read in (see 04-short-names). */
function lendingReason(short: string, canonical: string, lendings: readonly Lending[]): string {
  const kind = (['surname', 'last word', 'first name'] as const).find((kind) => lendings.some((lending) => lending.kind === kind))!;
  const rules = RULE_ORDER.filter((rule) => lendings.some((lending) => lending.rule === rule));
  const said = rules.map((rule) => {
    switch (rule) {
      case 'only':
        return `the only ${short} named in full in its document`;
      case 'before':
        return `the ${short} its document names in full before it says ${short} alone`;
      case 'most':
        return `the ${short} its document names most`;
      case 'nearby':
        return `by far the most named ${short} in documents of the same period and topics`;
    }
  });
  return `${kind} of ${canonical} (${said.join('; elsewhere ')})`;
}
