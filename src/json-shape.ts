/** The shape of a parsed JSON value, for checks and for messages that say what was found instead. */

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a value is, in words for a message: `an object`, `null`, `a number`, `nothing` when it is
 * missing. An array is `an array`, or `arrayWord` where the message calls arrays something else.
 */
export function kindOf(value: unknown, arrayWord = 'an array'): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return arrayWord;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
