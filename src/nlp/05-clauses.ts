/**
 * Reads clauses off the dependency tree, as ClausIE does: each predicate's subject, its relation,
 * and the objects its dependents give. The table below says which dependents make which reading;
 * `subjectOf` says where a predicate's subject comes from when it has none of its own.
 */
import type { Construction } from '../types.js';
import { isNamed, type Argument } from './arguments.js';
import { verbLemma } from './lemma.js';
import { antecedentOf } from './pronouns.js';
import type { Sentence } from './sentence.js';
import type { Token } from './token.js';
import type { DependencyTree } from './tree.js';
import { argumentAt, clauseAt, wordsAt } from './tree-arguments.js';
import { relationAt, chainedVerb, joinRelation, type TreeRelation } from './tree-relations.js';
import { settingWords } from './tree-setting.js';
import type { TripleBuilder } from './triple.js';
import { SPEECH_VERBS } from './data/words.js';

interface FoundSubject {
  subject: Argument;
  construction: Construction;
  confidence: number;
}

/** A clause read up to its relation; each reading of the table looks at the relation's dependents. */
interface Clause {
  sentence: Sentence;
  tree: DependencyTree;
  triples: TripleBuilder;
  p: number;
  subject: Argument;
  relation: TreeRelation;
  construction: Construction;
  confidence: number;
}

type Reading = (clause: Clause) => boolean;

/** An object keeps what it says of itself in passing: `a nickname , `` the Pavarotti of the Organ ''`. */
const AS_OBJECT = { keep: new Set(['appos']) };

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);
const FREE_RELATIVES = new Set(['what', 'whatever', 'whoever', 'whichever']);
const isRelative = (tree: DependencyTree, i: number): boolean => RELATIVE_PRONOUNS.has(tree.tokens[i]!.lower) && tree.tokens[i]!.pos !== 'DET';

export function readClauses(sentence: Sentence, triples: TripleBuilder): void {
  const tree = sentence.tree;
  if (tree === undefined) return;
  const subjects = new Map<number, FoundSubject | undefined>();
  let main: Argument | undefined;
  const found = (p: number): FoundSubject | undefined => {
    if (!subjects.has(p)) subjects.set(p, subjectOf(sentence, tree, p, found, main));
    return subjects.get(p);
  };
  for (let p = 0; p < tree.tokens.length; p++) {
    if (!isPredicate(tree, p) || isChained(tree, p)) continue;
    const subject = found(p);
    if (subject === undefined) continue;
    main ??= subject.subject;
    triples.conditional = underCondition(tree, p);
    const clause: Clause = { sentence, tree, triples, p, relation: relationAt(tree, p), ...subject };
    if (isEmbeddedQuestion(tree, p)) clause.confidence -= EMBEDDED_QUESTION_PENALTY;
    for (const [, , read] of READINGS) if (read(clause)) break;
  }
}

/**
 * ClausIE's clause types as readings, tried in order; the first that applies emits the triple.
 * Each row: the name, an example and what it gives, the reader.
 */
const READINGS: readonly [name: string, example: string, read: Reading][] = [
  ['SV passive + agent', 'The letter was published by TOLONews → TOLONews | published by | letter', readAgent],
  ['SVC copula', 'Turkey is a member of NATO → Turkey | is | a member of NATO', readCopula],
  ['SVO(O)(A)', 'Tom joined the company as a clerk → Tom | joined | the company | as a clerk', readObject],
  ['SV relative', 'the proposal that the envoy drafted in Doha → envoy | drafted | proposal | in Doha', readRelativeObject],
  ['SV + clause', 'Blinken said that the talks would resume → Blinken | said | that the talks would resume', readClauseObject],
  ['SVA', 'Blinken wrote to Ghani → Blinken | wrote to | Ghani', readPrepositionObject],
  ['SV + gerund', 'They focused on restarting the process → They | focused on | restarting the process', readGerundObject],
  ['SVC linking verb', 'She became very ill with a cold → She | became | very ill with a cold', readPredicative],
  ['SVO shared object', 'The bank will sell or close the branches → bank | will sell | branches', readSharedObject],
  ['SV passive + setting', 'After the Battle of Culloden, these rebellions were crushed → rebellions | were crushed | After the Battle of Culloden', readSettingObject],
];

function readAgent({ sentence, tree, triples, p, subject, relation, confidence }: Clause): boolean {
  if (!relation.passive) return false;
  // `had been shown to be overstretched by the war`: the parser may hang the agent on any verb of the chain
  const verbs = [relation.last, ...relation.groups.map((g) => g.head.i).reverse()];
  const agent = verbs.map((v) => tree.childrenOf(v, 'obl').find((c) => tree.label(c) === 'obl:agent' || tree.caseWord(c)?.lower === 'by')).find((c) => c !== undefined);
  if (agent === undefined || !isNounLike(tree, agent)) return false;
  relation.preposition = undefined;
  const argument = argumentAt(sentence, tree, agent, AS_OBJECT);
  triples.emit(argument, relation, subject, 'passive', confidence, { active: true, complement: complementAfter(tree, relation.last, agent, p) });
  return true;
}

function readCopula({ sentence, tree, triples, p, subject, relation, confidence }: Clause): boolean {
  if (!relation.copular) return false;
  const predicate = relation.last;
  // the predicate's own subject, copula and the like; the same words deeper down belong to the object (`the decision to cease`, `NATO and the EU`)
  const leaveOut = (c: number): boolean => tree.head(c) === predicate && (['nsubj', 'csubj', 'cop', 'aux', 'expl', 'mark'].includes(tree.base(c)) || tree.label(c) === 'cc' || isNegationOf(tree, c));
  const preposition = tree.caseWord(predicate);
  if (preposition !== undefined) relation.preposition = preposition;
  if (isNounLike(tree, predicate)) {
    // only the predicate's own preposition joins the relation (`is in Kabul`); those inside it stay (`a member of NATO`)
    const object = argumentAt(sentence, tree, predicate, { ...AS_OBJECT, leaveOut: (c) => leaveOut(c) || (tree.head(c) === predicate && tree.base(c) === 'case' && tree.tokens[c]!.pos !== 'POSS') });
    triples.emit(subject, relation, object, 'copula', confidence - (preposition === undefined ? 0 : 0.05), {});
    return true;
  }
  // `are familiar with the situation`, `were payable at Michaelmas`: an adjective takes its prepositional object into the relation
  const complement = tree.upos[predicate] === 'ADJ' ? tree.childrenOf(predicate, 'obl', 'nmod').find((c) => c > predicate && isNounLike(tree, c) && tree.caseWord(c) !== undefined) : undefined;
  if (complement !== undefined) {
    joinRelation(relation, [tree.tokens[predicate]!]);
    relation.preposition = tree.caseWord(complement);
    triples.emit(subject, relation, argumentAt(sentence, tree, complement, AS_OBJECT), 'copula', confidence - 0.1, { complement: complementAfter(tree, predicate, complement, p) });
    return true;
  }
  const object = wordsAt(tree, predicate, leaveOut);
  if (object.tokens.length === 0) return false;
  triples.emit(subject, relation, object, 'copula', confidence - 0.1, {});
  return true;
}

function readObject({ sentence, tree, triples, p, subject, relation, construction, confidence }: Clause): boolean {
  const object = tree.childrenOf(relation.last, 'obj', 'iobj')[0];
  if (object === undefined) return false;
  // `stressed to Ghani the urgency`: a prepositional object written first is the one the relation takes
  const before = tree.childrenOf(relation.last, 'obl').find((c) => c > relation.last && c < object && isNounLike(tree, c) && tree.caseWord(c) !== undefined);
  if (before !== undefined && !isRelative(tree, object)) return readPrepositionObject({ sentence, tree, triples, p, subject, relation, construction, confidence });
  // `what people say`: a free relative's `what` stands for nothing the sentence names
  if (FREE_RELATIVES.has(tree.tokens[object]!.lower)) return true;
  const argument = isRelative(tree, object) && tree.label(p) === 'acl:relcl' ? antecedent(sentence, tree, p) : argumentAt(sentence, tree, object, AS_OBJECT);
  const relative = argument !== undefined && isRelative(tree, object);
  if (argument === undefined) return true;
  triples.emit(subject, relation, argument, relative ? 'relative' : construction, confidence - (relative ? 0.2 : 0), { complement: complementAfter(tree, relation.last, object, p) });
  return true;
}

function readClauseObject(clause: Clause): boolean {
  const { tree, triples, subject, relation, construction, confidence } = clause;
  const content = tree.child(relation.last, 'ccomp');
  if (content === undefined) return false;
  const words = clauseAt(tree, content);
  if (words.tokens.length > 1) triples.emit(subject, relation, words, construction, confidence - 0.2, { clausal: true });
  return true;
}

function readPrepositionObject({ sentence, tree, triples, p, subject, relation, construction, confidence }: Clause): boolean {
  // a verb the parser took for a noun has its prepositional phrases as a noun's (`nmod`)
  const labels = tree.upos[relation.last] === 'NOUN' ? ['obl', 'nmod'] : ['obl'];
  const object = tree.childrenOf(relation.last, ...labels).find((c) => c > relation.last && isNounLike(tree, c) && tree.caseWord(c) !== undefined && tree.caseWord(c)!.lower !== 'according');
  if (object === undefined) return false;
  relation.preposition = tree.caseWord(object);
  const argument = argumentAt(sentence, tree, object, AS_OBJECT);
  triples.emit(subject, relation, argument, construction, confidence - 0.05, { complement: complementAfter(tree, relation.last, object, p) });
  return true;
}

/** `focused on restarting the peace process`: a gerund clause opened by a preposition. */
function readGerundObject({ tree, triples, subject, relation, construction, confidence }: Clause): boolean {
  const clause = tree.childrenOf(relation.last, 'advcl').find((c) => c > relation.last && tree.tokens[c]!.tags.has('Gerund') && markOf(tree, c)?.pos === 'PREP');
  if (clause === undefined) return false;
  relation.preposition = markOf(tree, clause);
  triples.emit(subject, relation, wordsAt(tree, clause, (c) => c === tree.child(clause, 'mark')), construction, confidence - 0.1, {});
  return true;
}

/** `became very ill`, `remained a member`: a linking verb's predicate is its object. */
function readPredicative({ tree, triples, subject, relation, confidence }: Clause): boolean {
  const predicate = tree.childrenOf(relation.last, 'xcomp').find((c) => c > relation.last && tree.upos[c] !== 'VERB' && !relation.groups.some((g) => g.extras.includes(tree.tokens[c]!)));
  if (predicate === undefined) return false;
  // `was considered to be the patron saint`: `to be` carries the relation on, and what follows it is the object
  const to = tree.childrenOf(predicate, 'mark').find((c) => tree.tokens[c]!.lower === 'to' && c < predicate);
  const be = tree.childrenOf(predicate, 'cop').find((c) => to !== undefined && c > to && c < predicate);
  if (to !== undefined && be !== undefined) joinRelation(relation, [tree.tokens[to]!, tree.tokens[be]!]);
  const words = wordsAt(tree, predicate, (c) => tree.base(c) === 'nsubj' || c === to || c === be);
  if (words.tokens.length === 0) return false;
  triples.emit(subject, relation, words, 'copula', confidence - 0.1, {});
  return true;
}

/**
 * `sell or close the branches`: coordinated verbs share an object that follows them both, whichever
 * of the two the tree hangs it on.
 */
function readSharedObject({ sentence, tree, triples, p, subject, relation, construction, confidence }: Clause): boolean {
  const verb = relation.last;
  const partners = [...tree.childrenOf(verb, 'conj').filter((c) => c > verb), ...(tree.label(verb) === 'conj' ? [tree.head(verb)] : [])];
  for (const partner of partners) {
    // a verb with a subject of its own is another clause (`forces are set to withdraw, but a surge has sparked concerns`)
    if (tree.childrenOf(partner, 'nsubj').length > 0 && partner > verb) continue;
    const object = tree.childrenOf(partner, 'obj').find((o) => o > verb && o > partner);
    if (object === undefined || isRelative(tree, object)) continue;
    triples.emit(subject, relation, argumentAt(sentence, tree, object, AS_OBJECT), construction, confidence - 0.05, { complement: complementAfter(tree, partner, object, p) });
    return true;
  }
  return false;
}

/** An agentless passive with nothing after it: the setting the sentence opens with is all it says (`After the battle, the rebellions were crushed`). */
function readSettingObject({ tree, triples, p, subject, relation, construction, confidence }: Clause): boolean {
  if (!relation.passive || tree.label(p) !== 'root') return false;
  const setting = settingWords(tree);
  if (setting === undefined) return false;
  triples.emit(subject, relation, { conjuncts: [], tokens: setting }, construction, confidence - 0.25, { settingAsObject: true });
  return true;
}

/**
 * A relative clause whose verb has no object of its own takes the noun it describes: `a loophole
 * that businesses exploit`, `the proposal the envoy drafted in Doha`, `the house in which he lived`.
 */
function readRelativeObject({ sentence, tree, triples, p, subject, relation, confidence }: Clause): boolean {
  if (tree.label(p) !== 'acl:relcl' || tree.childrenOf(p, 'nsubj').some((s) => isRelative(tree, s))) return false;
  const verb = relation.last;
  // a verb that reports a clause (`the letter that it says was sent`) does not take the noun as its object
  if (tree.childrenOf(verb, 'ccomp', 'xcomp').length > 0) return false;
  const noun = antecedent(sentence, tree, p);
  if (noun === undefined) return false;
  const through = tree.childrenOf(verb, 'obl').find((c) => isRelative(tree, c));
  if (through !== undefined) relation.preposition = tree.caseWord(through);
  const complement = complementFrom(tree, verb, verb, p);
  triples.emit(subject, relation, noun, 'relative', confidence - 0.2, complement === undefined ? {} : { complement });
  return true;
}

/** The subject of the predicate at `p`: its own, the noun a relative clause describes, or a coordinated verb's. */
function subjectOf(
  sentence: Sentence,
  tree: DependencyTree,
  p: number,
  found: (p: number) => FoundSubject | undefined,
  main: Argument | undefined,
): FoundSubject | undefined {
  const own = tree.childrenOf(p, 'nsubj', 'csubj')[0];
  const label = tree.label(p);
  if (own !== undefined) {
    if (isRelative(tree, own) && label === 'acl:relcl') {
      const noun = antecedent(sentence, tree, p);
      return noun === undefined ? undefined : { subject: noun, construction: 'relative', confidence: 0.6 };
    }
    // `..., by Muslims , who maintain`, with the clause hung elsewhere: `who` and `which` stand for the noun written just before
    if (WH_RELATIVES.has(tree.tokens[own]!.lower)) {
      const noun = nounBefore(tree, own);
      return noun === undefined ? undefined : { subject: argumentAt(sentence, tree, noun, { withoutParticiples: true }), construction: 'relative', confidence: 0.5 };
    }
    if (tree.base(own) === 'csubj') return undefined;
    const subject = namedSide(sentence, tree, own);
    const named = antecedentOf(sentence, subject, main);
    return { subject: named ?? subject, construction: 'active', confidence: named === undefined ? 0.9 : 0.85 };
  }
  if (label === 'conj') {
    // `was sold to Dave Johnson and renamed`: a verb the parser coordinated with a noun shares the subject of the verb that noun hangs on
    let head = tree.head(p);
    for (let steps = 0; head >= 0 && tree.upos[p] === 'VERB' && !isPredicate(tree, head) && steps < tree.tokens.length; steps++) head = tree.head(head);
    if (head < 0) return undefined;
    const first = found(head);
    return first === undefined ? undefined : { ...first, confidence: Math.min(first.confidence, 0.7) };
  }
  if (label === 'acl') {
    const noun = tree.head(p);
    // `efforts to streamline`, `in charge of provisioning`: the noun of an infinitive or a gerund after a preposition is not its subject
    if (!isNounLike(tree, noun) || tree.childrenOf(p, 'mark', 'case').length > 0) return undefined;
    const participle = tree.tokens[p]!;
    const gerund = participle.tags.has('Gerund') || participle.lower.endsWith('ing');
    return { subject: argumentAt(sentence, tree, noun, { withoutParticiples: true }), construction: 'relative', confidence: gerund ? 0.45 : 0.55 };
  }
  if (label === 'advcl' && tree.child(p, 'mark') === undefined && tree.tokens[p]!.tags.has('Gerund')) {
    const first = found(tree.head(p));
    return first === undefined ? undefined : { ...first, confidence: 0.45 };
  }
  return undefined;
}

/**
 * `The U.S. special envoy, Zalmay Khalilzad, had suggested`: a subject with an apposition is its
 * named side, or the side written first when neither or both name someone.
 */
function namedSide(sentence: Sentence, tree: DependencyTree, noun: number): Argument {
  const subject = argumentAt(sentence, tree, noun, { withoutParticiples: true });
  if (subject.conjuncts.some((np) => isNamed(sentence.mention(np, np.tokens)))) return subject;
  // the apposition may hang on the subject or on the last noun of its `of`/`for` phrase (`the envoy for Afghanistan, Zalmay Khalilzad,`)
  const apposition = tree.subtree(noun, (c) => !['nmod', 'appos'].includes(tree.base(c))).flatMap((k) => tree.childrenOf(k, 'appos'))[0];
  if (apposition === undefined) return subject;
  const other = argumentAt(sentence, tree, apposition, { withoutParticiples: true });
  return other.conjuncts.some((np) => isNamed(sentence.mention(np, np.tokens))) ? other : subject;
}

const WH_RELATIVES = new Set(['who', 'which']);

/** The head of the noun phrase that ends just before `i` (past a comma), if one does. */
function nounBefore(tree: DependencyTree, i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && tree.isPunctuation(k)) k--;
  if (k < 0 || !isNounLike(tree, k) || tree.upos[k] === 'PRON') return undefined;
  // from the last word of a name or compound up to its head (`William Jones`, `New York bonds`)
  while (['flat', 'compound'].includes(tree.base(k)) && tree.head(k) >= 0 && isNounLike(tree, tree.head(k))) k = tree.head(k);
  return k;
}

/** The noun a relative clause at `p` describes. */
function antecedent(sentence: Sentence, tree: DependencyTree, p: number): Argument | undefined {
  const noun = tree.head(p);
  if (noun < 0 || !isNounLike(tree, noun)) return undefined;
  // `negate what many consider a heretical ending`: a free relative has no noun; `what` would stand for nothing said
  if (FREE_RELATIVES.has(tree.tokens[noun]!.lower)) return undefined;
  // `Celeski is an Australian footballer who plays as a midfielder`: the predicate noun is its subject, who plays
  const copulaSubject = tree.childrenOf(noun, 'cop').length > 0 ? tree.childrenOf(noun, 'nsubj').find((s) => !isRelative(tree, s)) : undefined;
  if (copulaSubject !== undefined && isNounLike(tree, copulaSubject) && tree.upos[copulaSubject] !== 'PRON') return namedSide(sentence, tree, copulaSubject);
  return argumentAt(sentence, tree, noun, { withoutParticiples: true });
}

/**
 * What follows the object and completes the relation, up to the last of the verb's dependents that
 * do (`as a junior clerk in the Goods Depot at Kettering in 1941`).
 */
function complementAfter(tree: DependencyTree, verb: number, object: number, p: number): Token[] | undefined {
  return complementFrom(tree, verb, Math.max(...tree.subtree(object)), p);
}

/** The verb's completing dependents that start after `objectEnd`, as one run of words. */
function complementFrom(tree: DependencyTree, verb: number, objectEnd: number, p: number): Token[] | undefined {
  const parts = tree.childrenOf(verb, 'obl', 'obj', 'iobj', 'xcomp', 'ccomp', 'advcl').filter((c) => c > objectEnd && c !== p && (tree.base(c) !== 'advcl' || markOf(tree, c)?.lower === 'to'));
  if (parts.length === 0) return undefined;
  const words = new Set(parts.flatMap((c) => tree.subtree(c)));
  // the complement runs on from its first word while the words are its parts' (a comma may join two)
  const from = Math.min(...words);
  let to = from;
  while (words.has(to + 1) || (tree.isPunctuation(to + 1) && words.has(to + 2))) to++;
  const tokens = tree.tokens.slice(from, to + 1);
  while (tokens.length > 0 && tree.isPunctuation(tokens[0]!.i)) tokens.shift();
  while (tokens.length > 0 && tree.isPunctuation(tokens[tokens.length - 1]!.i)) tokens.pop();
  return tokens.length > 0 ? tokens : undefined;
}

/** `whether any of the countries agreed`, `if the letter is genuine`: a clause under `whether` or `if`, or inside one. */
function underCondition(tree: DependencyTree, p: number): boolean {
  for (let k = p, steps = 0; k >= 0 && steps < tree.tokens.length; k = tree.head(k), steps++) {
    if (tree.childrenOf(k, 'mark').some((m) => CONDITIONS.has(tree.tokens[m]!.lower))) return true;
  }
  return false;
}
const CONDITIONS = new Set(['whether', 'if', 'unless']);

/**
 * `has n't decided how it will raise the funds`, `can see why an examiner would regard these`: a
 * clause asked about, not stated, asserts nothing, so its reading is worth less.
 */
function isEmbeddedQuestion(tree: DependencyTree, p: number): boolean {
  if (tree.label(p) === 'root') return false;
  return tree.childrenOf(p, 'mark', 'advmod').some((c) => c < p && QUESTION_WORDS.has(tree.tokens[c]!.lower));
}
const QUESTION_WORDS = new Set(['whether', 'how', 'why']);
const EMBEDDED_QUESTION_PENALTY = 0.25;

/** Predicates: verbs heading a clause, and words a copula joins to a subject. */
function isPredicate(tree: DependencyTree, p: number): boolean {
  if (tree.childrenOf(p, 'cop').length > 0) return true;
  return isVerbal(tree, p) && CLAUSE_LABELS.has(tree.base(p)) && tree.label(p) !== 'compound:prt';
}

/**
 * A verb by the parser's tag, or by the tagger's when the tree gives the word a subject and the
 * auxiliary or object only a verb has (`The weapons do not influence the racers`, tagged a noun).
 */
function isVerbal(tree: DependencyTree, p: number): boolean {
  if (tree.upos[p] === 'VERB') return true;
  if (tree.tokens[p]!.pos !== 'VERB' || tree.upos[p] !== 'NOUN') return false;
  if (tree.childrenOf(p, 'nsubj').length === 0) return false;
  // `This often results in deaths`: a sentence's root with a subject and no copula can only be its verb
  return tree.childrenOf(p, 'aux', 'obj').length > 0 || (tree.label(p) === 'root' && tree.childrenOf(p, 'cop').length === 0);
}
const CLAUSE_LABELS = new Set(['root', 'conj', 'ccomp', 'advcl', 'acl', 'parataxis', 'csubj', 'xcomp', 'dep']);

/** An infinitive already read as part of the verb before it (`intends to ask`). */
function isChained(tree: DependencyTree, p: number): boolean {
  return tree.label(p) === 'xcomp' && chainedVerb(tree, tree.head(p)) === p;
}

const isNounLike = (tree: DependencyTree, i: number): boolean => ['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'SYM'].includes(tree.upos[i] ?? '');
const markOf = (tree: DependencyTree, i: number): Token | undefined => {
  const c = tree.child(i, 'mark');
  return c === undefined ? undefined : tree.tokens[c];
};
const isNegationOf = (tree: DependencyTree, c: number): boolean => tree.base(c) === 'advmod' && tree.tokens[c]!.pos === 'NEG';

/** `X said that ...`, `..., X said` and `according to X`: who the sentence's statements come from. */
export function findAttribution(sentence: Sentence, tree: DependencyTree): { speaker: string; verb: number } | undefined {
  for (let i = 0; i < tree.tokens.length; i++) {
    if (tree.tokens[i]!.lower === 'according' && tree.base(i) === 'case') {
      const source = tree.head(i);
      if (source >= 0) return { speaker: mentionName(sentence, tree, source), verb: -1 };
    }
  }
  for (let v = 0; v < tree.tokens.length; v++) {
    if (tree.upos[v] !== 'VERB' || !SPEECH_VERBS.has(verbLemma(tree.tokens[v]!))) continue;
    const speaker = tree.child(v, 'nsubj');
    // the parser sometimes hangs `that ...` on a speech verb as an adverbial clause; it is still what was said
    const thatClause = tree.childrenOf(v, 'advcl').some((c) => markOf(tree, c)?.lower === 'that');
    const reports = tree.child(v, 'ccomp') !== undefined || thatClause || tree.label(v) === 'parataxis' || tree.childrenOf(v, 'parataxis').length > 0;
    if (speaker !== undefined && reports && !isRelative(tree, speaker)) return { speaker: mentionName(sentence, tree, speaker), verb: v };
  }
  return undefined;
}

function mentionName(sentence: Sentence, tree: DependencyTree, noun: number): string {
  const argument = argumentAt(sentence, tree, noun, { withoutParticiples: true });
  const np = argument.conjuncts[0]!;
  return sentence.mention(np, np.tokens).name;
}

/**
 * `A bomb exploded ..., authorities said.`: a speech verb set beside the clause it reports gives
 * the speaker → said → the rest of the sentence.
 */
export function readReportingClause(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder): void {
  for (let v = 0; v < tree.tokens.length; v++) {
    if (tree.label(v) !== 'parataxis' || tree.upos[v] !== 'VERB' || !SPEECH_VERBS.has(verbLemma(tree.tokens[v]!))) continue;
    const speaker = tree.child(v, 'nsubj');
    if (speaker === undefined) continue;
    const reported = tree.head(v);
    const content = wordsAt(tree, reported, (c) => c === v);
    if (content.tokens.length < 3) continue;
    const relation = relationAt(tree, v);
    triples.emit(argumentAt(sentence, tree, speaker), relation, content, 'active', 0.7, { clausal: true });
    return;
  }
}
