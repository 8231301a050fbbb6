/** Finds the subject of a verb group: the noun phrase before it, an apposition, the antecedent of `which`, or an earlier subject. */
import type { Construction } from '../types.js';
import type { NounPhrase, VerbGroup } from './03-phrases.js';
import { appositionAt, argumentBetween, chainStart, isListComma, isNamed, type Argument } from './arguments.js';
import type { Sentence } from './sentence.js';
import { NOUN_ATTACHING_PREPOSITIONS } from './data/words.js';

/** Subjects already read in this sentence, which later verbs may share. */
export interface EarlierSubjects {
  /** The subject of the latest clause, for verbs coordinated with it (`stressed ... and emphasized`). */
  last: Argument | undefined;
  /** The sentence's first subject, for a participle after a comma. */
  main: Argument | undefined;
}

export interface FoundSubject {
  subject: Argument;
  construction: Construction;
  confidence: number;
}

/** The subject of the verb group at `p`: the noun phrase before it, or the antecedent of `which`. */
export function subjectBefore(sentence: Sentence, p: number, group: VerbGroup, earlier: EarlierSubjects): FoundSubject | undefined {
  let q = p - 1;
  while (sentence.wordAt(q)?.pos === 'ADV' || sentence.wordAt(q)?.pos === 'NEG') q--;
  const before = sentence.phrases[q];
  if (before?.kind === 'np') {
    if (isPassiveParticiple(group)) {
      const start = chainStart(sentence, q);
      return { subject: argumentBetween(sentence, start, q), construction: 'relative', confidence: 0.75 };
    }
    // `a private library housing thousands of rare books`: a participle right after a noun phrase modifies it
    if (group.nonFinite && !group.passive) {
      return { subject: argumentBetween(sentence, q, q), construction: 'relative', confidence: 0.6 };
    }
    const start = subjectStart(sentence, q);
    const modified = modifiedPhrase(sentence, start);
    if (modified !== undefined) {
      const head = chainStart(sentence, modified);
      return { subject: argumentBetween(sentence, head, head), construction: 'active', confidence: 0.7 };
    }
    return { subject: argumentBetween(sentence, start, q), construction: 'active', confidence: 0.9 };
  }
  const appositive = appositiveSubject(sentence, q);
  if (appositive !== undefined) return { subject: appositive, construction: 'active', confidence: 0.8 };
  const word = sentence.wordAt(q);
  if (word?.pos === 'REL') {
    let r = q - 1;
    if (sentence.wordAt(r)?.text === ',') r--;
    if (sentence.phrases[r]?.kind === 'np') {
      return { subject: argumentBetween(sentence, r, r), construction: 'relative', confidence: 0.75 };
    }
    return undefined;
  }
  if (word?.pos === 'CONJ' && earlier.last !== undefined) {
    return { subject: earlier.last, construction: 'active', confidence: 0.7 };
  }
  if (word?.text === ',' && group.nonFinite && earlier.main !== undefined && !group.passive) {
    return { subject: earlier.main, construction: 'active', confidence: 0.45 };
  }
  if (word?.text === ',' && !group.nonFinite) {
    const aside = subjectBeforeAside(sentence, q);
    if (aside !== undefined) return { subject: argumentBetween(sentence, aside.start, aside.end), construction: 'active', confidence: 0.7 };
  }
  return undefined;
}

/**
 * `a call for an approach involving Tehran and Moscow has been made`, `the sacrifices made by U.S.
 * forces were great`: when the noun phrase before a verb ends a participle phrase, the subject is
 * the phrase the participle modifies. Returns its index.
 */
function modifiedPhrase(sentence: Sentence, start: number): number | undefined {
  const before = sentence.phrases[start - 1];
  if (before?.kind === 'vg' && before.nonFinite && sentence.phrases[start - 2]?.kind === 'np') return start - 2;
  const reduced = sentence.phrases[start - 2];
  if (sentence.wordAt(start - 1)?.lower === 'by' && reduced?.kind === 'vg' && isPassiveParticiple(reduced) && sentence.phrases[start - 3]?.kind === 'np') return start - 3;
  return undefined;
}

/**
 * `Many lodge members , youth and adult , are ...`, `The second session , taking place on November 12 ,
 * 1960 , produced ...`: an aside between commas, holding no finite verb, separates a subject from its
 * verb. Returns the subject's phrases, when it opens the clause.
 */
function subjectBeforeAside(sentence: Sentence, comma: number): { start: number; end: number } | undefined {
  for (let k = comma - 1; k > 0; k--) {
    const phrase = sentence.phrases[k]!;
    if (phrase.kind === 'vg' && !phrase.nonFinite) return undefined;
    // an aside may hold `if genuine`, but not a relative clause of its own
    if (phrase.kind === 'word' && phrase.token.pos === 'REL') return undefined;
    if (sentence.wordAt(k)?.text !== ',' || sentence.phrases[k - 1]?.kind !== 'np') continue;
    const opener = sentence.phrases[subjectStart(sentence, k - 1) - 1];
    if (opener === undefined || (opener.kind === 'word' && (opener.token.pos === 'PUNCT' || opener.token.pos === 'SCONJ' || opener.token.pos === 'CONJ'))) {
      return { start: chainStart(sentence, k - 1), end: k - 1 };
    }
  }
  return undefined;
}

/** A participle with no auxiliary that 03-phrases read as passive (`a letter published by X`). */
function isPassiveParticiple(group: VerbGroup): boolean {
  return group.passive && !group.tokens.some((t) => t.pos === 'AUX');
}

/** Walks left over `of`/`in` phrases and coordinated noun phrases that belong to one subject. */
function subjectStart(sentence: Sentence, q: number): number {
  let start = q;
  for (;;) {
    const word = sentence.wordAt(start - 1);
    const np = sentence.phrases[start - 2];
    if (word === undefined || np?.kind !== 'np') break;
    const joins =
      (word.pos === 'PREP' && NOUN_ATTACHING_PREPOSITIONS.has(word.lower)) ||
      word.pos === 'CONJ' ||
      (word.text === ',' && isListComma(sentence, start - 1));
    if (!joins || word.lower === 'according') break;
    start -= 2;
  }
  // `was brought on one knee in the third round and the fight ended`: a chain that begins right after
  // a verb is that verb's object; the subject starts after its last `and`
  const opener = sentence.phrases[start - 1];
  // (a participle opener is a modifier instead, which `modifiedPhrase` reads)
  if ((opener?.kind === 'vg' && !opener.nonFinite) || (opener?.kind === 'word' && opener.token.pos === 'PART')) {
    for (let k = q - 1; k > start; k--) {
      if (sentence.wordAt(k)?.pos === 'CONJ') return k + 1;
    }
  }
  return start;
}

/**
 * `Zalmay Khalilzad, the U.S. envoy, said` or `the U.S. envoy, Zalmay Khalilzad, said`: the subject
 * is the apposition's named side, or its first side when neither or both are named.
 */
function appositiveSubject(sentence: Sentence, q: number): Argument | undefined {
  if (sentence.wordAt(q)?.text !== ',' || sentence.phrases[q - 1]?.kind !== 'np') return undefined;
  const apposition = appositionAt(sentence, chainStart(sentence, q - 1) - 1);
  if (apposition === undefined || apposition.rightEnd !== q - 1) return undefined;
  const opener = sentence.phrases[apposition.leftStart - 1];
  if (opener !== undefined && !(opener.kind === 'word' && (opener.token.pos === 'PUNCT' || opener.token.pos === 'SCONJ'))) return undefined;
  const { left, right } = apposition;
  const side = !isNamed(left) && isNamed(right) ? apposition.rightStart : apposition.leftStart;
  return { conjuncts: [sentence.phrases[side] as NounPhrase], tokens: sentence.tokensOf(side, side) };
}
