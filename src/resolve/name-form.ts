/**
 * What the characters of a name say about its kind: an amount of money (`US$500`), a code (`A496`,
 * `H1N1`, `G20`), a letter alone (`plan A, B, C, D`).
 */
import type { EntityType } from '../types.js';
import { isOneWord } from './name-shape.js';

const CURRENCY = /[$€£¥₹₩₽]/u;
/**
 * A capital, then capitals and digits, ending in a digit: a model, strain, road, virus or chemical
 * (`A300`, `K-12`, `PM2.5`, `H1N1`). One ending in a letter is as often an acronym (`M5S`, `G4S`).
 */
const CODE = /^\p{Lu}[\p{Lu}\d.-]*\d$/u;
/** `G7`, `G-20`: the forums of nations named by their number of members. */
const NATIONS_FORUM = /^G-?\d{1,2}$/;
/** One letter, perhaps with a full stop: a label in a list or an initial, no actor. */
const LETTER = /^\p{L}\.?$/u;

export function nameFormType(surface: string): EntityType | undefined {
  if (CURRENCY.test(surface)) return 'concept';
  if (!isOneWord(surface)) return undefined;
  if (NATIONS_FORUM.test(surface)) return 'organization';
  if (LETTER.test(surface)) return 'concept';
  return CODE.test(surface) ? 'concept' : undefined;
}
