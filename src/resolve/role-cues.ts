/**
 * What a name's place in its clauses says about its type, learnt from the corpus itself: the verbs
 * whose subjects, and the prepositions whose objects, are nearly always of one type among the names
 * that firmer evidence types (a title, the gazetteer, a head noun). So `… is in Delhi` reads Delhi as
 * a place where compromise only tagged it an organization. On the Wikinews corpus only `object in`
 * qualifies; a larger corpus teaches verbs too.
 */
import type { EntityType } from '../types.js';
import { gazetteerType } from './gazetteer.js';
import type { ReadRecord } from './groups.js';
import { headNounType } from './head-nouns.js';
import { nameFormType } from './name-form.js';

/** How many firmly typed names a cue needs before it says anything, and what share of them one type must have. */
const MIN_FIRM_NAMES = 10;
const MIN_SHARE = 0.9;

/** Prepositions that end a relation and say most about their object (`is in`, `arrived at`, `came from`). */
const CUE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'throughout', 'by', 'with', 'for', 'of', 'on']);

/** The cue of a mention: the verb it is the subject of, or the preposition (else the verb) it is the object of. */
export function roleCue(lemma: string, role: 'subject' | 'object'): string {
  if (role === 'subject') return `subject ${lemma}`;
  const last = lemma.slice(lemma.lastIndexOf(' ') + 1);
  return CUE_PREPOSITIONS.has(last) ? `object ${last}` : `object ${lemma}`;
}

/** Each cue that the corpus's firmly typed names give one type, with that type. */
export function learnCueTypes(records: readonly ReadRecord[]): Map<string, EntityType> {
  const byName = new Map<string, EntityType | undefined>();
  const tallies = new Map<string, Map<EntityType, number>>();
  for (const record of records) {
    if (record.cue === undefined) continue;
    const type = firmType(record, byName);
    if (type === undefined) continue;
    const tally = tallies.get(record.cue) ?? new Map<EntityType, number>();
    tallies.set(record.cue, tally.set(type, (tally.get(type) ?? 0) + 1));
  }
  const cues = new Map<string, EntityType>();
  for (const [cue, tally] of tallies) {
    const total = [...tally.values()].reduce((sum, n) => sum + n, 0);
    if (total < MIN_FIRM_NAMES) continue;
    for (const [type, n] of tally) if (n >= MIN_SHARE * total) cues.set(cue, type);
  }
  return cues;
}

function firmType(record: ReadRecord, byName: Map<string, EntityType | undefined>): EntityType | undefined {
  if (!record.named) return undefined;
  if (record.typeSource === 'title') return 'person';
  if (record.typeSource === 'head') return record.type;
  if (!byName.has(record.surface)) {
    const surface = record.surface;
    byName.set(surface, nameFormType(surface) ?? gazetteerType(surface) ?? headNounType(surface));
  }
  return byName.get(record.surface);
}
