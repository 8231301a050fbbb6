/** Pass 5: a surname shared by several people names the one of them its document mentions, if only one. */
import type { Bearer } from './04-surnames.js';
import type { ReadRecord } from './groups.js';

/**
 * Distinct people can share a surname (Joe and Jill Biden), so a bare `Biden` is not merged blindly:
 * in a document that mentions exactly one of them it is that one; elsewhere it stays its own node.
 * Returns surname slug → document → the root of the person it names there.
 */
export function assignByDocument(
  records: readonly ReadRecord[],
  shared: ReadonlyMap<string, readonly Bearer[]>,
  find: (slug: string) => string,
): Map<string, Map<string, string>> {
  const mentioned = new Map<string, Set<string>>(); // document → actors (roots) it mentions
  for (const record of records) {
    if (shared.has(record.slug)) continue;
    const actors = mentioned.get(record.doc) ?? new Set<string>();
    mentioned.set(record.doc, actors.add(find(record.slug)));
  }
  const assigned = new Map<string, Map<string, string>>();
  const decided = new Set<string>();
  for (const record of records) {
    const bearers = shared.get(record.slug);
    const decision = `${record.slug}\u0000${record.doc}`;
    if (bearers === undefined || decided.has(decision)) continue;
    decided.add(decision);
    const inDocument = bearers.filter(({ person }) => mentioned.get(record.doc)?.has(find(person)));
    const roots = new Set(inDocument.map(({ person }) => find(person)));
    if (roots.size !== 1 || !inDocument.every((bearer) => bearer.linkable)) continue;
    const byDocument = assigned.get(record.slug) ?? new Map<string, string>();
    assigned.set(record.slug, byDocument.set(record.doc, [...roots][0]!));
  }
  return assigned;
}
