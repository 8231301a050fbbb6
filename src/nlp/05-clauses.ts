/** Reads verb clauses: a subject, a verb group or catenative chain, and its object, complement or reported clause. */
import type { Token } from './token.js';
import type { VerbGroup } from './03-phrases.js';
import { argumentFrom, ofChainEnd, type Argument } from './arguments.js';
import { verbLemma } from './lemma.js';
import { antecedentOf } from './pronouns.js';
import { emitClause } from './reported-speech.js';
import type { Sentence } from './sentence.js';
import { subjectBefore, type EarlierSubjects } from './subjects.js';
import type { Relation, TripleBuilder } from './triple.js';
import { CLAUSE_BREAKS, CLAUSE_OPENERS, LINKING_VERBS, NOUN_ATTACHING_PREPOSITIONS, SPEECH_VERBS } from './data/words.js';

export function readClauses(sentence: Sentence, triples: TripleBuilder): void {
  const earlier: EarlierSubjects = { last: undefined, main: undefined };
  triples.setting = openingSetting(sentence);
  for (let p = 0; p < sentence.phrases.length; p++) {
    const phrase = sentence.phrases[p]!;
    if (phrase.kind === 'vg') p = readClause(sentence, triples, earlier, p);
  }
}

/** `On 12 July 2006 , Hezbollah launched ...`: a prepositional phrase before the first comma frames the sentence. */
function openingSetting(sentence: Sentence): string | undefined {
  const first = sentence.phrases[0];
  // `This week , ...`, `Last year , ...`: a time phrase alone
  if (first?.kind === 'np' && first.tokens.some((t) => t.tags.has('Date')) && sentence.wordAt(1)?.text === ',') {
    return sentence.textOf(first.tokens);
  }
  const preposition = sentence.wordAt(0);
  if (preposition?.pos !== 'PREP' || sentence.phrases[1]?.kind !== 'np' || preposition.lower === 'according') return undefined;
  const end = ofChainEnd(sentence, 1);
  // `In 1991 he started ...`: without a comma, only when a subject and its verb follow at once
  const framed = sentence.wordAt(end + 1)?.text === ',' || (sentence.phrases[end + 1]?.kind === 'np' && opensClause(sentence, end + 1));
  return framed ? sentence.textOf(sentence.tokensOf(0, end)) : undefined;
}

/** Reads the clause whose verb group is at `p`; returns the last phrase index it consumed. */
function readClause(sentence: Sentence, triples: TripleBuilder, earlier: EarlierSubjects, p: number): number {
  const group = sentence.phrases[p] as VerbGroup;
  const found = subjectBefore(sentence, p, group, earlier);
  const relation: Relation = { groups: [group], tokens: [...group.tokens, ...group.extras] };
  let q = p + 1;
  // catenative chains read as one relation: `intends to ask`, `are set to withdraw`, `were unable to see`
  for (;;) {
    const current = relation.groups[relation.groups.length - 1]!;
    const adjective = sentence.wordAt(q)?.pos === 'ADJ' && (current.copula || LINKING_VERBS.has(verbLemma(current.head))) ? sentence.wordAt(q) : undefined;
    const at = adjective === undefined ? q : q + 1;
    if (sentence.wordAt(at)?.pos !== 'TO' || sentence.phrases[at + 1]?.kind !== 'vg') break;
    const next = sentence.phrases[at + 1] as VerbGroup;
    relation.groups.push(next);
    relation.tokens.push(...(adjective === undefined ? [] : [adjective]), sentence.wordAt(at)!, ...next.tokens, ...next.extras);
    q = at + 2;
  }
  while (sentence.wordAt(q)?.pos === 'ADV') q++;
  if (found === undefined) return q - 1;
  const named = antecedentOf(sentence, found.subject, earlier.main);
  const subject = named ?? found.subject;
  const { construction } = found;
  const confidence = found.confidence - (named === undefined ? 0 : 0.05);
  earlier.last = subject;
  if (earlier.main === undefined) earlier.main = subject;
  const last = relation.groups[relation.groups.length - 1]!;

  if (last.passive && sentence.wordAt(q)?.lower === 'by' && sentence.phrases[q + 1]?.kind === 'np') {
    const agent = argumentFrom(sentence, q + 1, true);
    const end = agent.end;
    triples.emit(agent.argument, relation, subject, 'passive', confidence, { active: true, complement: complementFrom(sentence, end + 1) });
    return end;
  }
  // `can be clarified by adding a sliced potato`: the means is the rest of the clause
  if (last.passive && sentence.wordAt(q)?.lower === 'by' && sentence.phrases[q + 1]?.kind === 'vg') {
    const means = complementFrom(sentence, q);
    if (means !== undefined) triples.emit(subject, relation, { conjuncts: [], tokens: means }, construction, confidence - 0.15, {});
    return q;
  }
  // `sell or merge hundreds of thrifts`: coordinated verbs share the object after the last of them
  if (sentence.wordAt(q)?.pos === 'CONJ' && sentence.phrases[q + 1]?.kind === 'vg' && sentence.phrases[q + 2]?.kind === 'np' && !opensClause(sentence, q + 2)) {
    const object = argumentFrom(sentence, q + 2, false);
    triples.emit(subject, relation, object.argument, construction, confidence - 0.05, { complement: complementFrom(sentence, object.end + 1) });
    return q; // the coordinated verb is read next, with the same subject
  }
  const next = sentence.phrases[q];
  const speech = SPEECH_VERBS.has(verbLemma(last.head));
  if (next?.kind === 'np' && opensClause(sentence, q)) {
    // `said the Taliban killed ...`: the noun phrase is the subject of a reported clause
    if (speech) emitClause(sentence, triples, subject, relation, q, construction, confidence);
    return q - 1;
  }
  if (next?.kind === 'np') {
    const object = argumentFrom(sentence, q, false);
    const complement = complementFrom(sentence, object.end + 1);
    triples.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence, { complement });
    return object.end;
  }
  const word = sentence.wordAt(q);
  if (word?.pos === 'PREP' && word.lower !== 'according' && sentence.phrases[q + 1]?.kind === 'np' && !opensClause(sentence, q + 1)) {
    const object = argumentFrom(sentence, q + 1, false);
    const complement = complementFrom(sentence, object.end + 1);
    relation.preposition = word;
    triples.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence - 0.05, { complement });
    return object.end;
  }
  if (word?.pos === 'ADJ' && (last.copula || LINKING_VERBS.has(verbLemma(last.head)))) {
    const end = adjectivePhraseEnd(sentence, q);
    const tokens = sentence.tokensOf(q, end);
    triples.emit(subject, relation, { conjuncts: [], tokens }, 'copula', confidence - 0.1, {});
    return end;
  }
  if (word?.pos === 'SCONJ' && CLAUSE_OPENERS.has(word.lower)) {
    emitClause(sentence, triples, subject, relation, q, construction, confidence);
    return q;
  }
  // `focused on restarting the peace process`: a gerund clause as the object of a preposition
  const gerund = sentence.phrases[q + 1];
  if (word?.pos === 'PREP' && gerund?.kind === 'vg' && gerund.head.tags.has('Gerund')) {
    const clause = complementFrom(sentence, q + 1, true);
    if (clause !== undefined) {
      relation.preposition = word;
      triples.emit(subject, relation, { conjuncts: [], tokens: clause }, construction, confidence - 0.1, {});
    }
    return q;
  }
  // `depends on what he does`
  const opener = sentence.wordAt(q + 1);
  if (word?.pos === 'PREP' && opener?.pos === 'SCONJ' && CLAUSE_OPENERS.has(opener.lower) && opener.lower !== 'that') {
    relation.preposition = word;
    emitClause(sentence, triples, subject, relation, q + 1, construction, confidence);
    return q + 1;
  }
  const antecedent = objectAntecedent(sentence, subject);
  if (antecedent !== undefined) {
    triples.emit(subject, relation, antecedent, 'relative', confidence - 0.2, {});
  } else if (last.passive && sentence.phrases[0]?.kind === 'word' && triples.setting !== undefined) {
    // `By the end of this experiment several results were found`: the setting is all the passive has
    const setting = sentence.tokensOf(0, ofChainEnd(sentence, 1));
    triples.emit(subject, relation, { conjuncts: [], tokens: setting }, construction, confidence - 0.25, { settingAsObject: true });
  }
  return q - 1;
}

/** `a gaping loophole that illegal drug businesses are exploiting`: a verb left without an object takes the noun its clause describes. */
function objectAntecedent(sentence: Sentence, subject: Argument): Argument | undefined {
  const first = subject.conjuncts[0];
  if (first === undefined) return undefined;
  const at = sentence.phrases.indexOf(first);
  const relative = sentence.wordAt(at - 1);
  const noun = sentence.phrases[at - 2];
  if (relative?.pos !== 'REL' || noun?.kind !== 'np' || relative.lower === 'who' || relative.lower === 'whose') return undefined;
  return { conjuncts: [noun], tokens: noun.tokens };
}

/**
 * A noun phrase (with its `of` phrases) directly followed by a finite verb group starts a clause;
 * a bare participle before `by` (`the draft authored by ...`) only describes it.
 */
function opensClause(sentence: Sentence, q: number): boolean {
  let { end } = argumentFrom(sentence, q, false);
  // `since the Taliban’s commitment to the peace agreement is not certain`
  while (sentence.wordAt(end + 1)?.pos === 'PREP' && NOUN_ATTACHING_PREPOSITIONS.has(sentence.wordAt(end + 1)!.lower) && sentence.phrases[end + 2]?.kind === 'np') end += 2;
  const after = sentence.phrases[end + 1];
  if (after?.kind !== 'vg' || after.nonFinite) return false;
  const reducedPassive = !after.tokens.some((t) => t.pos === 'AUX') && sentence.wordAt(end + 2)?.lower === 'by';
  return !reducedPassive;
}

/** `is responsible and accountable for the attack`: adjectives, their conjunctions, and one prepositional phrase. */
function adjectivePhraseEnd(sentence: Sentence, q: number): number {
  let end = q;
  for (;;) {
    if (sentence.wordAt(end + 1)?.pos === 'ADJ') end++;
    else if (sentence.wordAt(end + 1)?.pos === 'CONJ' && sentence.wordAt(end + 2)?.pos === 'ADJ') end += 2;
    else break;
  }
  if (sentence.wordAt(end + 1)?.pos === 'PREP' && sentence.phrases[end + 2]?.kind === 'np') end += 2;
  return end;
}

/** What follows the object up to the end of the clause: `to host the next round of peace talks`. */
function complementFrom(sentence: Sentence, q: number, opensWithVerb = false): Token[] | undefined {
  const first = sentence.phrases[q];
  if (first === undefined) return undefined;
  const firstWord = first.kind === 'word' ? first.token : undefined;
  const opens = opensWithVerb ? first.kind === 'vg' : firstWord !== undefined && (firstWord.pos === 'TO' || firstWord.pos === 'PREP');
  if (!opens) return undefined;
  let end = q;
  for (let k = q + 1; k < sentence.phrases.length; k++) {
    const phrase = sentence.phrases[k]!;
    if (phrase.kind === 'word' && phrase.token.text === ',' && continuesAfterComma(sentence, k)) continue;
    if (phrase.kind === 'word' && (CLAUSE_BREAKS.has(phrase.token.text) || phrase.token.text === ',' || phrase.token.pos === 'REL' || phrase.token.pos === 'SCONJ')) break;
    if (phrase.kind === 'word' && phrase.token.pos === 'PUNCT' && k === sentence.phrases.length - 1) break;
    // `... in the third round and the fight ended`, `until he switched`: a new clause starts here
    if (phrase.kind === 'word' && (phrase.token.pos === 'CONJ' || phrase.token.pos === 'PREP') && sentence.phrases[k + 1]?.kind === 'np' && opensClause(sentence, k + 1)) break;
    end = k;
  }
  return sentence.tokensOf(q, end);
}

/** `in 1941 , at Kettering`: a comma followed by another prepositional phrase does not end the clause. */
function continuesAfterComma(sentence: Sentence, k: number): boolean {
  const next = sentence.wordAt(k + 1);
  return next?.pos === 'PREP' && sentence.phrases[k + 2]?.kind === 'np' && sentence.phrases[k + 3]?.kind !== 'vg';
}
