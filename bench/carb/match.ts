/** CaRB's default matcher, `binary_linient_tuple_match`: token overlap of one prediction with one gold tuple. */
import { BE_FORMS, SAID_VERBS } from './words.js';
import type { Extraction, PairScore } from './types.js';

/** Python's str.split(): whitespace runs, no empty tokens. Case is kept: CaRB's matching is case-sensitive. */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/** Counts gold words found among `predicted`, removing one occurrence per hit so a word matches once. */
function takeShared(gold: readonly string[], predicted: string[]): number {
  let shared = 0;
  for (const word of gold) {
    const at = predicted.indexOf(word);
    if (at < 0) continue;
    shared++;
    predicted.splice(at, 1);
  }
  return shared;
}

/** (subject, object): arguments after the first joined with a space; a single argument stays alone. */
function binaryArgs(args: readonly string[]): string[] {
  return args.length >= 2 ? [args[0]!, args.slice(1).join(' ')] : [...args];
}

/** carb.py's `linient_tuple_match` (the "stricter" version it ships) on binary arguments. */
function lenientMatch(goldRelation: string, goldArgs: readonly string[], predictedRelation: string, predictedArgs: readonly string[]): PairScore {
  const predicted = words(predictedRelation);
  const gold = words(goldRelation);
  let precisionShared = 0;
  let precisionTotal = predicted.length;
  let recallShared = 0;
  let recallTotal = gold.length;
  let shared = takeShared(gold, predicted);
  // Only one extra `be` is credited, and only if one is left over after the exact matches.
  if (predicted.includes('be') && BE_FORMS.some((form) => gold.includes(form))) {
    shared++;
    predicted.splice(predicted.indexOf('be'), 1);
  }
  if (shared === 0) return [0, 0];
  precisionShared += shared;
  recallShared += shared;
  for (const [i, goldArg] of goldArgs.entries()) {
    const goldWords = words(goldArg);
    recallTotal += goldWords.length;
    const predictedArg = predictedArgs[i];
    if (predictedArg === undefined) {
      // A prediction without a subject or object scores nothing; with binary args i never reaches 2.
      if (i < 2) return [0, 0];
      continue;
    }
    const predictedWords = words(predictedArg);
    precisionTotal += predictedWords.length;
    const argShared = takeShared(goldWords, predictedWords);
    precisionShared += argShared;
    recallShared += argShared;
  }
  return [precisionTotal === 0 ? 0 : precisionShared / precisionTotal, recallTotal === 0 ? 0 : recallShared / recallTotal];
}

/**
 * Python's max() on two [p, r] lists: lexicographic, and the first wins a tie. Swapping only moves words
 * between subject and object, so both readings share their denominators and p and r rise together: in
 * practice this is also the elementwise max.
 */
function pythonMax(a: PairScore, b: PairScore): PairScore {
  return b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a;
}

/** Scores a prediction against a gold tuple; attribution relations (`said`…) also try subject and object swapped. */
export function matchTuple(gold: Extraction, predicted: Extraction): PairScore {
  const goldArgs = binaryArgs(gold.args);
  const straight = lenientMatch(gold.relation, goldArgs, predicted.relation, binaryArgs(predicted.args));
  if (!SAID_VERBS.some((verb) => gold.relation.includes(verb))) return straight;
  const swapped = predicted.args.length >= 2 ? [predicted.args.slice(1).join(' '), predicted.args[0]!] : [...predicted.args];
  return pythonMax(straight, lenientMatch(gold.relation, goldArgs, predicted.relation, swapped));
}
