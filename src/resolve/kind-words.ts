/**
 * Kind words: common nouns that, heading a name, say what kind of thing it names (`Health Ministry`,
 * `Hudson River`, `Hurricane Dorian`). Linguistic data kept apart from the code that reads names with it.
 * General English words only; the names of particular things belong in data/gazetteer.
 */
import type { EntityType } from '../types.js';

/** The last word of a name (or the word before its first `of`: `University of East Anglia`). */
export const LAST_WORD_KINDS: ReadonlyMap<string, EntityType> = kinds({
  organization: [
    'ministry', 'department', 'agency', 'office', 'bureau', 'council', 'committee', 'commission',
    'directorate', 'secretariat', 'cabinet', 'parliament', 'congress', 'senate', 'assembly', 'court',
    'tribunal', 'government', 'administration', 'authority', 'board', 'embassy', 'consulate', 'party',
    'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.',
    'bank', 'airlines', 'airways', 'university', 'college', 'school', 'academy', 'institute',
    'laboratory', 'laboratories', 'labs', 'observatory', 'museum', 'library', 'foundation', 'trust',
    'association', 'society', 'union', 'organization', 'organisation', 'federation', 'confederation',
    'league', 'alliance', 'coalition', 'army', 'navy', 'corps', 'guard', 'police', 'service',
    'services', 'center', 'centre', 'hospital', 'clinic', 'club', 'team', 'fund', 'network', 'group',
    'times', 'news', 'post', 'journal', 'gazette', 'herald', 'tribune', 'mail', 'telegraph', 'press', 'radio', 'television',
    'tv', 'magazine', 'linux', 'sabha', 'railways', 'railway',
  ],
  place: [
    'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'island', 'islands', 'isle', 'mountain',
    'mountains', 'mount', 'hill', 'hills', 'valley', 'canyon', 'desert', 'forest', 'peninsula', 'coast',
    'beach', 'falls', 'county', 'province', 'region', 'district', 'prefecture', 'city', 'town',
    'village', 'street', 'avenue', 'road', 'square', 'park', 'airport', 'station', 'bridge', 'stadium',
    'arena', 'cathedral', 'mosque', 'temple', 'palace', 'castle', 'republic', 'kingdom', 'emirate',
    'facility', 'prison', 'jail', 'penitentiary',
  ],
  group: [
    'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'libertarians',
    'nationalists', 'loyalists', 'unionists', 'tories', 'catholics', 'protestants', 'evangelicals',
    'muslims', 'christians', 'jews', 'hindus', 'sikhs', 'buddhists', 'mormons', 'sunnis', 'shiites',
    'militants', 'rebels', 'insurgents', 'fighters', 'guerrillas', 'separatists', 'protesters',
    'supporters', 'tribes',
  ],
  // named events, laws and awards, and time zones (`0040 UTC`; not those that are
  // common acronyms too, like EST), which are no actor
  concept: [
    'war', 'act', 'treaty', 'accord', 'prize', 'award', 'awards', 'festival', 'olympics', 'cup',
    'championship', 'championships', 'pandemic', 'epidemic', 'virus', 'disease', 'syndrome',
    'utc', 'gmt', 'bst', 'cet', 'cest', 'edt', 'cdt', 'mdt', 'pdt', 'aest', 'aedt',
  ],
});

/**
 * Roles, heading a name of two or more words (`Montana Secretary of State`, `Supreme Court Justice`):
 * what someone is, not who, so a concept. Alone, such a word may be a surname (`Mayor`, `Justice`).
 */
export const ROLE_WORDS = new Set([
  'secretary', 'minister', 'president', 'presidents', 'ambassador', 'governor', 'senator', 'mayor',
  'justice', 'judge', 'chairman', 'chairwoman', 'chancellor', 'advisor', 'adviser', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'general',
]);

/**
 * The first word of a name of two or more words (`Hurricane Dorian`, `Lake Victoria`), read when its
 * last word says nothing. Words that lead names of other kinds too (`Gulf Air`, `Bay Area`) are left out.
 */
export const FIRST_WORD_KINDS: ReadonlyMap<string, EntityType> = kinds({
  place: ['lake', 'mount', 'mt.', 'mt', 'cape', 'fort', 'port'],
  // storms (`Tropical Storm Imelda`) and military operations: events, not actors
  concept: ['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation'],
});

/** Acronyms of roles and degrees (`CEO`, `VP`, `PhD`): what someone is or holds, no actor. Not those that name places too (`MA`, `MD`). */
export const ROLE_ACRONYMS = new Set(['ceo', 'cfo', 'coo', 'cto', 'vp', 'mep', 'phd', 'mba', 'bsc', 'msc', 'llb', 'llm', 'dphil', 'dj']);

/** Words that count or rank before a storm's kind (`Category Two Hurricane Zeta`): no part of what it is. */
export const RANK_WORDS = new Set(['category', 'one', 'two', 'three', 'four', 'five']);

/** Names of faiths and creeds: one-word names that are no actor (`Islam`), besides any word in -ism. */
export const CREEDS = new Set(['islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism', 'shinto']);

/** Lower-case words that begin names (`de Blasio`, `van Gogh`, `bin Salman`): a name may start with these. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'bint', 'da', 'das', 'de', 'del', 'della', 'der', 'des', 'di', 'do',
  'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'zu',
]);

function kinds(lists: Partial<Record<EntityType, readonly string[]>>): Map<string, EntityType> {
  const byWord = new Map<string, EntityType>();
  for (const [type, words] of Object.entries(lists) as [EntityType, readonly string[]][]) {
    for (const word of words) byWord.set(word, type);
  }
  return byWord;
}
