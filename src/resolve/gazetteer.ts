/**
 * The place names and demonyms kg ships in data/gazetteer (see its README for where each list comes
 * from): a name found there is a place, or, for a demonym, a group of people.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../types.js';
import { slug } from './slug.js';

/** data/gazetteer, from dist/src/resolve/ where this module runs. */
const FOLDER = new URL('../../../data/gazetteer/', import.meta.url);

const PLACE_LISTS = ['countries.txt', 'us-states.txt', 'subdivisions.txt', 'capitals.txt', 'regions.txt'];
const DEMONYM_LIST = 'demonyms.txt';

let loaded: Map<string, EntityType> | undefined;

/** The gazetteer's type for a whole name (`Philippines` → place, `Americans` → group), by slug. */
export function gazetteerType(surface: string): EntityType | undefined {
  loaded ??= load();
  return loaded.get(slug(surface));
}

function load(): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  // demonyms first, so a name on both kinds of list is read as the place
  for (const line of lines(DEMONYM_LIST)) {
    for (const form of line.split('|')) types.set(slug(form), 'group');
  }
  for (const list of PLACE_LISTS) for (const name of lines(list)) types.set(slug(name), 'place');
  types.delete('');
  return types;
}

/** A list's names: one a line, `#` comments and blank lines skipped. */
function lines(file: string): string[] {
  const text = readFileSync(fileURLToPath(new URL(file, FOLDER)), 'utf8');
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}
