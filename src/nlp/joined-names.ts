/** Two names the extractor read as one (`Hawkins/Walker`, `Joe Biden and Kamala Harris`): two actors. */
import type { Mention } from '../types.js';

/** `Hawkins/Walker`: a slash between two capitalised names, with or without spaces. */
const SLASHED = /^(\p{Lu}[^/]*?)\s*\/\s*(\p{Lu}[^/]*)$/u;
/** `Joe Biden and Kamala Harris`: two capitalised names joined by `and` or `&`. */
const JOINED = /^(\p{Lu}.*?) (?:and|&) (\p{Lu}.*)$/u;

/**
 * A ticket (`Hawkins/Walker`) or a pair (`Biden and Harris`) names two people, so it is two
 * mentions, each with its own span. `and` splits a person's mention only: `Bosnia and Herzegovina`
 * and `Johnson & Johnson` are one name; a slash splits any name, as no name holds one.
 */
export function splitJoinedNames(mention: Mention): Mention[] {
  if (mention.type === 'concept' || mention.pronoun || mention.clause) return [mention];
  const match = SLASHED.exec(mention.name) ?? (mention.type === 'person' ? JOINED.exec(mention.name) : null);
  if (match === null) return [mention];
  const [, first, second] = match as unknown as [string, string, string];
  const secondAt = mention.name.length - second.length;
  const part = (name: string, offset: number): Mention => {
    const start = mention.nameSpan.start + offset;
    const { title: _title, ...rest } = mention;
    return { ...rest, name, nameSpan: { start, end: start + name.length } };
  };
  return [part(first, 0), part(second, secondAt)];
}
