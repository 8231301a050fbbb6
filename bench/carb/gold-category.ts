/** Guesses which construction a gold tuple comes from, so missed tuples can be counted by what our extractor lacks. */
import { ATTRIBUTION_WORDS, BE_FORMS, IRREGULAR_PARTICIPLES, PREPOSITIONS } from './words.js';
import type { Extraction } from './types.js';

export const GOLD_CATEGORIES = [
  'implied relation',
  'attribution',
  'passive',
  'conjunction',
  'apposition',
  'time/place argument',
  'relative clause',
  'prepositional object',
  'plain verb',
] as const;
export type GoldCategory = (typeof GOLD_CATEGORIES)[number];

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const BE = new Set<string>(BE_FORMS);

/** A relation word the sentence lacks was supplied by the annotator (`is`, `has`, `is of`). */
function isImplied(tuple: Extraction, sentenceWords: Set<string>): boolean {
  return words(tuple.relation).some((w) => !sentenceWords.has(w));
}

function isPassive(relation: string[]): boolean {
  const participle = relation.some((w) => /[a-z](ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w));
  return (relation.some((w) => BE.has(w)) && participle) || relation.includes('by');
}

/** Subject and object both in the sentence with only a comma (and maybe a determiner) between them. */
function isApposition(tuple: Extraction): boolean {
  const [subject, object] = [tuple.args[0] ?? '', tuple.args.slice(1).join(' ')];
  if (words(tuple.relation).join(' ') !== 'is' || subject === '' || object === '') return false;
  const gaps = [[subject, object], [object, subject]].flatMap(([first, second]) => {
    const start = tuple.sentence.indexOf(first!);
    const end = start < 0 ? -1 : tuple.sentence.indexOf(second!, start + first!.length);
    return end < 0 ? [] : [tuple.sentence.slice(start + first!.length, end)];
  });
  return gaps.some((gap) => words(gap)[0] === ',' && words(gap).length <= 2);
}

/** The subject is followed in the sentence by a relative pronoun, so the tuple is read off a relative clause. */
function isRelativeClause(tuple: Extraction): boolean {
  const subject = tuple.args[0] ?? '';
  const at = subject === '' ? -1 : tuple.sentence.indexOf(subject);
  if (at < 0) return false;
  const after = ` ${tuple.sentence.slice(at + subject.length).trimStart()}`;
  return [' , which ', ' , who ', ' , whose ', ' which ', ' who ', ' that '].some((p) => after.startsWith(p));
}

/**
 * First match wins, in GOLD_CATEGORIES order. Implied comes first, so apposition only fires when `is` also
 * occurs in the sentence: 24 dev tuples shaped like appositions are counted as implied relations.
 */
export function goldCategory(tuple: Extraction): GoldCategory {
  const relation = words(tuple.relation);
  const sentenceWords = new Set(words(tuple.sentence));
  if (isImplied(tuple, sentenceWords)) return 'implied relation';
  if (relation.some((w) => ATTRIBUTION_WORDS.includes(w))) return 'attribution';
  if (isPassive(relation)) return 'passive';
  if (tuple.args.some((a) => [' and ', ' or ', ' , '].some((c) => ` ${a} `.includes(c)))) return 'conjunction';
  if (isApposition(tuple)) return 'apposition';
  if (tuple.args.some((a) => /^[TL]: /.test(a)) || tuple.args.length >= 3) return 'time/place argument';
  if (isRelativeClause(tuple)) return 'relative clause';
  if (PREPOSITIONS.has(relation[relation.length - 1] ?? '')) return 'prepositional object';
  return 'plain verb';
}
