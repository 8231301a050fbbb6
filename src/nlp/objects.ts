/**
 * What a verb takes after it, tried in order: an agent (`by X`), a means (`by adding ...`), a shared
 * object of coordinated verbs, a reported clause, a noun phrase, a prepositional object, an
 * adjective, a clause, a gerund clause; failing all, the noun a relative clause describes. Each reader
 * returns the last phrase it consumed, or undefined when the words after the verb are not its kind.
 */
import type { Construction } from '../types.js';
import type { VerbGroup } from './03-phrases.js';
import { argumentFrom, ofChainEnd, type Argument } from './arguments.js';
import { adjectivePhraseEnd, complementFrom, opensClause } from './clause-extent.js';
import { verbLemma } from './lemma.js';
import { emitClause } from './reported-speech.js';
import type { Sentence } from './sentence.js';
import type { Relation, TripleBuilder } from './triple.js';
import { CLAUSE_OPENERS, LINKING_VERBS, SPEECH_VERBS } from './data/words.js';

/** A clause read up to its verb: the reader of its object sees this. */
export interface ClauseSoFar {
  sentence: Sentence;
  triples: TripleBuilder;
  subject: Argument;
  relation: Relation;
  /** The last verb group of the relation. */
  last: VerbGroup;
  /** The first phrase after the relation. */
  q: number;
  construction: Construction;
  confidence: number;
}

type ObjectReader = (clause: ClauseSoFar) => number | undefined;

export function readObject(clause: ClauseSoFar): number {
  for (const read of READERS) {
    const end = read(clause);
    if (end !== undefined) return end;
  }
  return readNothingAfter(clause);
}

const readAgent: ObjectReader = ({ sentence, triples, subject, relation, last, q, confidence }) => {
  if (!last.passive || sentence.wordAt(q)?.lower !== 'by' || sentence.phrases[q + 1]?.kind !== 'np') return undefined;
  const agent = argumentFrom(sentence, q + 1, true);
  const end = agent.end;
  triples.emit(agent.argument, relation, subject, 'passive', confidence, { active: true, complement: complementFrom(sentence, end + 1) });
  return end;
};

/** `can be clarified by adding a sliced potato`: the means is the rest of the clause. */
const readMeans: ObjectReader = ({ sentence, triples, subject, relation, last, q, construction, confidence }) => {
  if (!last.passive || sentence.wordAt(q)?.lower !== 'by' || sentence.phrases[q + 1]?.kind !== 'vg') return undefined;
  const means = complementFrom(sentence, q);
  if (means !== undefined) triples.emit(subject, relation, { conjuncts: [], tokens: means }, construction, confidence - 0.15, {});
  return q;
};

/** `sell or merge hundreds of thrifts`: coordinated verbs share the object after the last of them. */
const readSharedObject: ObjectReader = ({ sentence, triples, subject, relation, q, construction, confidence }) => {
  const shared = sentence.wordAt(q)?.pos === 'CONJ' && sentence.phrases[q + 1]?.kind === 'vg' && sentence.phrases[q + 2]?.kind === 'np';
  if (!shared || opensClause(sentence, q + 2)) return undefined;
  const object = argumentFrom(sentence, q + 2, false);
  triples.emit(subject, relation, object.argument, construction, confidence - 0.05, { complement: complementFrom(sentence, object.end + 1) });
  return q; // the coordinated verb is read next, with the same subject
};

/** `said the Taliban killed ...`: the noun phrase is the subject of a reported clause. */
const readReportedSubject: ObjectReader = ({ sentence, triples, subject, relation, last, q, construction, confidence }) => {
  if (sentence.phrases[q]?.kind !== 'np' || !opensClause(sentence, q)) return undefined;
  if (SPEECH_VERBS.has(verbLemma(last.head))) emitClause(sentence, triples, subject, relation, q, construction, confidence);
  return q - 1;
};

const readNounObject: ObjectReader = ({ sentence, triples, subject, relation, last, q, construction, confidence }) => {
  const phrase = sentence.phrases[q];
  if (phrase?.kind !== 'np') return undefined;
  const object = argumentFrom(sentence, q, false);
  // `acknowledged last Wednesday that ...`: a time phrase before a clause is not the object
  const opener = sentence.wordAt(object.end + 1);
  const opensClauseAfter = opener !== undefined && (opener.lower === 'that' || (opener.pos === 'SCONJ' && CLAUSE_OPENERS.has(opener.lower)));
  if (phrase.tokens.some((t) => t.tags.has('Date')) && opensClauseAfter) {
    emitClause(sentence, triples, subject, relation, object.end + 1, construction, confidence);
    return object.end + 1;
  }
  const complement = complementFrom(sentence, object.end + 1);
  triples.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence, { complement });
  return object.end;
};

const readPrepositionObject: ObjectReader = ({ sentence, triples, subject, relation, last, q, construction, confidence }) => {
  const word = sentence.wordAt(q);
  if (word?.pos !== 'PREP' || word.lower === 'according' || sentence.phrases[q + 1]?.kind !== 'np' || opensClause(sentence, q + 1)) return undefined;
  const object = argumentFrom(sentence, q + 1, false);
  const complement = complementFrom(sentence, object.end + 1);
  relation.preposition = word;
  triples.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence - 0.05, { complement });
  return object.end;
};

const readAdjective: ObjectReader = ({ sentence, triples, subject, relation, last, q, confidence }) => {
  if (sentence.wordAt(q)?.pos !== 'ADJ' || !(last.copula || LINKING_VERBS.has(verbLemma(last.head)))) return undefined;
  const end = adjectivePhraseEnd(sentence, q);
  triples.emit(subject, relation, { conjuncts: [], tokens: sentence.tokensOf(q, end) }, 'copula', confidence - 0.1, {});
  return end;
};

const readClauseObject: ObjectReader = ({ sentence, triples, subject, relation, q, construction, confidence }) => {
  const word = sentence.wordAt(q);
  if (word?.pos !== 'SCONJ' || !CLAUSE_OPENERS.has(word.lower)) return undefined;
  emitClause(sentence, triples, subject, relation, q, construction, confidence);
  return q;
};

/** `focused on restarting the peace process`: a gerund clause as the object of a preposition. */
const readGerundObject: ObjectReader = ({ sentence, triples, subject, relation, q, construction, confidence }) => {
  const word = sentence.wordAt(q);
  const gerund = sentence.phrases[q + 1];
  if (word?.pos !== 'PREP' || gerund?.kind !== 'vg' || !gerund.head.tags.has('Gerund')) return undefined;
  const clause = complementFrom(sentence, q + 1, true);
  if (clause !== undefined) {
    relation.preposition = word;
    triples.emit(subject, relation, { conjuncts: [], tokens: clause }, construction, confidence - 0.1, {});
  }
  return q;
};

/** `depends on what he does`. */
const readPrepositionClause: ObjectReader = ({ sentence, triples, subject, relation, q, construction, confidence }) => {
  const word = sentence.wordAt(q);
  const opener = sentence.wordAt(q + 1);
  if (word?.pos !== 'PREP' || opener?.pos !== 'SCONJ' || !CLAUSE_OPENERS.has(opener.lower) || opener.lower === 'that') return undefined;
  relation.preposition = word;
  emitClause(sentence, triples, subject, relation, q + 1, construction, confidence);
  return q + 1;
};

const READERS: readonly ObjectReader[] = [
  readAgent,
  readMeans,
  readSharedObject,
  readReportedSubject,
  readNounObject,
  readPrepositionObject,
  readAdjective,
  readClauseObject,
  readGerundObject,
  readPrepositionClause,
];

/** Nothing after the verb: an object relative takes its antecedent, an agentless passive the sentence's setting. */
function readNothingAfter({ sentence, triples, subject, relation, last, q, construction, confidence }: ClauseSoFar): number {
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
