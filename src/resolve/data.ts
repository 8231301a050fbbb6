/** Word lists alias resolution consults: linguistic data kept apart from the code that uses it. */

/** Determiners dropped from the front of a name (`the Taliban` → `Taliban`). */
export const LEADING_DETERMINERS = new Set(['the']);

/** A possessive ending dropped from the end of a name (`Ghani's`, `Ghani’s`, `Reuters'`). */
export const POSSESSIVE_ENDING = /(?:['’][sS]|(?<=[sS])['’])$/u;

/** Small words skipped when taking a long name's initials (`United States of America` → `USA`). */
export const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', '&']);

/** Words after a surname that are not the surname (`Martin Luther King Jr.`). */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
