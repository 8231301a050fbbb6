/**
 * The type a node's names say it has, read from the names themselves rather than from compromise's
 * tags: its form (`US$500`), a gazetteer entry (`Philippines`, `Americans`), a head noun (`Health
 * Ministry`) or a role said without a name (`House Speaker`: a common noun, which joins no
 * stories). Read at resolution, so a graph rebuilt from an old store gets it too.
 */
import type { EntityType } from '../types.js';
import { gazetteerType } from './gazetteer.js';
import { headNounType } from './head-nouns.js';
import { NAME_PARTICLES } from './kind-words.js';
import { nameFormType } from './name-form.js';
import { isCapitalised, isOneWord } from './name-shape.js';
import { slug } from './slug.js';
import { wordsOf } from './surface.js';
import { namesRole } from './titles.js';

/**
 * Each of `surfaces` (a node's named forms) that its words type, with that type. A form read with a
 * title in the node (`Coach Jordan`), or a one-word form that is the surname of a person in it
 * (`Jordan` beside `Michael Jordan`, or a group known as a surname), is a person's name there,
 * whatever the gazetteer says.
 */
export function nameTypes(surfaces: Iterable<string>, surnames: ReadonlySet<string>, titled: ReadonlySet<string>): Map<string, EntityType> {
  const forms = new Set(surfaces);
  const lastWords = new Set<string>();
  for (const form of forms) {
    const words = wordsOf(form);
    if (words.length > 1) lastWords.add(slug(words[words.length - 1]!));
  }
  const types = new Map<string, EntityType>();
  for (const form of forms) {
    if (isDescription(form)) {
      types.set(form, 'concept');
      continue;
    }
    if (!isCapitalised(form)) continue;
    const key = slug(form);
    const personal = titled.has(form) || (isOneWord(form) && (lastWords.has(key) || surnames.has(key)));
    const type = nameFormType(form) ??
      (personal ? undefined : gazetteerType(form) ?? peoplesType(form)) ??
      headNounType(form) ??
      (namesRole(form) ? 'concept' : undefined);
    if (type !== undefined) types.set(form, type);
  }
  return withShortForms(forms, types);
}

/** A name of peoples only (`American Samoans`) is a group, as each of its words is. */
function peoplesType(form: string): EntityType | undefined {
  const words = wordsOf(form);
  return words.length > 1 && words.every((word) => gazetteerType(word) === 'group') ? 'group' : undefined;
}

/**
 * A one-word form that is the last word of a typed name in the same node is that name said short
 * (`Dorian` for `Hurricane Dorian`, `Court` for `Supreme Court`), and takes its type. Resolution
 * may have taken the word for the surname of the long name read as a person's; the long name's own
 * words say it is none.
 */
function withShortForms(forms: ReadonlySet<string>, types: Map<string, EntityType>): Map<string, EntityType> {
  const byLastWord = new Map<string, EntityType>();
  for (const [form, type] of types) {
    const words = wordsOf(form);
    if (words.length > 1) byLastWord.set(slug(words[words.length - 1]!), type);
  }
  for (const form of forms) {
    if (types.has(form) || !isOneWord(form)) continue;
    const type = byLastWord.get(slug(form));
    if (type !== undefined) types.set(form, type);
  }
  return types;
}

/**
 * A name the extractor read from a phrase that opens with a lower-case word (`final Instagram story
 * post`, `major US political party`) is a description, not a name; `de Blasio` and `al-Assad` are names.
 */
function isDescription(form: string): boolean {
  const first = wordsOf(form)[0] ?? '';
  return /^\p{Ll}{3,}$/u.test(first) && !NAME_PARTICLES.has(first) && wordsOf(form).length > 1;
}
