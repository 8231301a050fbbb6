/** Pass 4: a bare surname names the person whose full name ends in it (`Blinken` = `Antony Blinken`). */
import { isPerson, isSurelyPerson, type NameGroup } from './groups.js';
import type { Link } from './links.js';
import { isOneWord, personParts } from './name-shape.js';
import { winningType } from './type-vote.js';

/** One person a surname may name: one of its groups, and whether the evidence is enough to link. */
export interface Bearer {
  person: string;
  /** The full name or the surname is a person by more than the extractor's guess. */
  linkable: boolean;
  /** Mentions of the person by a full name that ends in the surname, over the whole corpus. */
  fullMentions: number;
  /** The slugs of those full names, sorted; `person` is the first. */
  fullNames: readonly string[];
}

export interface SurnameReading {
  links: Link[];
  /**
   * Surnames that two or more people of the corpus share (`Biden`: Joe and Jill), with every such
   * person. They are not linked here: which person a bare `Biden` is depends on the document it is
   * read in, and failing that on how often the corpus names each of them (see 05-documents).
   */
  shared: Map<string, Bearer[]>;
  /** Groups that are the surname of some person they can be linked to. */
  surnames: Set<string>;
}

interface Person {
  /** Its groups whose full name ends in the surname. */
  groups: Set<string>;
  sure: boolean;
  /** Mentions of it by a full name that ends in the surname. */
  mentions: number;
}

export function surnameLinks(groups: ReadonlyMap<string, NameGroup>, find: (slug: string) => string): SurnameReading {
  // last name → person (root) → its full names; people as the passes before made them
  const people = new Map<string, Map<string, Person>>();
  for (const group of groups.values()) {
    if (!isPerson(group)) continue;
    for (const [form, mentions] of group.forms) {
      const parts = personParts(form);
      if (parts === undefined) continue;
      const byRoot = people.get(parts.last) ?? new Map<string, Person>();
      people.set(parts.last, byRoot);
      const root = find(group.slug);
      const person = byRoot.get(root) ?? { groups: new Set(), sure: false, mentions: 0 };
      byRoot.set(root, person);
      person.mentions += mentions;
      person.groups.add(group.slug);
      person.sure ||= isSurelyPerson(group);
    }
  }
  const reading: SurnameReading = { links: [], shared: new Map(), surnames: new Set() };
  for (const group of groups.values()) {
    const byRoot = people.get(group.slug);
    if (byRoot === undefined || !mayBeSurname(group) || byRoot.has(find(group.slug))) continue;
    const sureSurname = isSurelyPerson(group);
    const bearers = [...byRoot.values()];
    if (!bearers.some((person) => person.sure || sureSurname)) continue;
    reading.surnames.add(group.slug);
    if (bearers.length === 1) {
      for (const full of bearers[0]!.groups) reading.links.push({ from: group.slug, to: full, kind: 'surname' });
    } else {
      reading.shared.set(
        group.slug,
        bearers.map((person) => {
          const fullNames = [...person.groups].sort();
          return { person: fullNames[0]!, linkable: person.sure || sureSurname, fullMentions: person.mentions, fullNames };
        }),
      );
    }
  }
  return reading;
}

/**
 * A one-word name whose typed mentions, if any, say person. The extractor types a lone unknown
 * word `organization` as a guess (typeSource fallback); a guess does not stop the match. A word
 * the corpus also reads as a common noun (`west`, `fields`) is not taken for a surname.
 */
function mayBeSurname(group: NameGroup): boolean {
  if (!group.named || group.common || ![...group.forms.keys()].some(isOneWord)) return false;
  const type = winningType(group.firmVotes);
  return type === undefined || type === 'person';
}
