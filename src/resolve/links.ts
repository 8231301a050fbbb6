/** A link between two name groups found to name one actor, and how its reason reads. */

export type LinkKind = 'dots' | 'acronym' | 'known name' | 'storm name' | 'spelling' | 'first-and-last' | 'affiliation' | 'hand';

export interface Link {
  /** Slug of the group that is the alias side: the acronym, a spelling. */
  from: string;
  /** Slug of the group it names. */
  to: string;
  kind: LinkKind;
}

/** Rank that settles which link a reason quotes when two groups are linked more than one way. */
export const LINK_KIND_ORDER: readonly LinkKind[] = ['hand', 'acronym', 'known name', 'storm name', 'affiliation', 'spelling', 'first-and-last', 'dots'];

export function linkReason(kind: LinkKind, canonical: string): string {
  switch (kind) {
    case 'dots':
      return 'same acronym without dots';
    case 'acronym':
      return `acronym of ${canonical}`;
    case 'spelling':
      return `spelling variant of ${canonical}`;
    case 'first-and-last':
      return `same first and last name as ${canonical}`;
    case 'known name':
      return `another name of ${canonical}`;
    case 'storm name':
      return `the name of ${canonical}`;
    case 'affiliation':
      return `${canonical} with a place or organization before the name`;
    case 'hand':
      return `merged by hand with ${canonical} (kg merge)`;
  }
}
