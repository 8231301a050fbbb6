/**
 * Relations that noun phrases state without a verb, read off the tree: appositions and the roles
 * they name, possessives, where a thing is, and message nouns. The tree says which noun a
 * prepositional phrase belongs to, so `made public by media in Afghanistan` is read as media being
 * in Afghanistan only when `in Afghanistan` hangs on `media`.
 */
import { isNamed, type Argument } from './arguments.js';
import type { NounPhrase } from './03-phrases.js';
import type { Sentence } from './sentence.js';
import type { DependencyTree } from './tree.js';
import { argumentAt } from './tree-arguments.js';
import type { Relation, TripleBuilder } from './triple.js';
import { LOCATING_PREPOSITIONS, MESSAGE_NOUNS, MESSAGE_VERBS_PAST, POSSESSIVE_DETERMINERS, TITLE_HEADS } from './data/words.js';

const NO_VERB: Relation = { groups: [], tokens: [] };

export function readNominal(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const label = tree.label(i);
    if (label === 'appos') readApposition(sentence, tree, triples, i);
    else if (label === 'nmod:poss') readPossessive(sentence, tree, triples, i);
    else if (tree.base(i) === 'nmod') readLocation(sentence, tree, triples, i);
    if (MESSAGE_NOUNS[tree.tokens[i]!.lower] !== undefined) readMessageNoun(sentence, tree, triples, i);
  }
}

/**
 * `Zalmay Khalilzad, the U.S. special envoy` and `the U.S. special envoy, Zalmay Khalilzad`: the
 * named side is the other; two places say the first lies in the second.
 */
function readApposition(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder, r: number): void {
  const l = tree.head(r);
  if (l < 0 || r < l || closesAList(tree, r)) return;
  const left = argumentAt(sentence, tree, l, { withoutParticiples: true });
  const right = argumentAt(sentence, tree, r);
  const leftPhrase = left.conjuncts[0]!;
  const rightPhrase = right.conjuncts[0]!;
  const leftMention = sentence.mention(leftPhrase, leftPhrase.tokens);
  const rightMention = sentence.mention(rightPhrase, rightPhrase.tokens);
  if (leftMention.type === 'place' && rightMention.type === 'place') {
    emitLocated(triples, leftPhrase, rightPhrase, 'is in', 0.45);
  } else if (isNamed(leftMention) && !isNamed(rightMention) && !rightMention.pronoun && setApart(tree, r)) {
    if (!readRoleOf(sentence, tree, triples, left, r)) triples.emitIs(leftMention, right.tokens, 'apposition', 0.8, false);
  } else if (!isNamed(leftMention) && !leftMention.pronoun && isNamed(rightMention) && leftPhrase.tokens[0]?.pos === 'DET' && (setApart(tree, r) || namesARole(tree, leftPhrase))) {
    if (!readRoleOf(sentence, tree, triples, right, l)) triples.emitIs(rightMention, left.tokens, 'apposition', 0.75, false);
  }
}

/**
 * A named side followed by a description is set apart by a comma, dash or bracket; words run
 * together (`Attack Squadron 725`, `an Elvis impersonator`) are one phrase the parser split.
 */
function setApart(tree: DependencyTree, r: number): boolean {
  return tree.setOff(r, (k) => tree.isPunctuation(k));
}

/** `Richard Nixon , the Koreagate scandal , and his prison sentence`: a phrase after a comma that opens a list with `and` is the list's next item, not a second name for the first. */
function closesAList(tree: DependencyTree, r: number): boolean {
  return tree.childrenOf(r, 'conj').some((c) => tree.childrenOf(c, 'cc').length > 0 && setApart(tree, c));
}

/** `the French socialist Henri de Saint-Simon` needs no comma, but `the 6th European Championships` has no role noun before the name. */
function namesARole(tree: DependencyTree, phrase: NounPhrase): boolean {
  return phrase.tokens.some((t) => t.pos === 'NOUN' && tree.upos[t.i] === 'NOUN');
}

/**
 * `Zalmay Khalilzad, the U.S. special envoy for Afghanistan`, `X, president of Y`: a role held in a
 * named actor links the two (`is the U.S. special envoy for` → Afghanistan), rather than making the
 * whole description a node of its own.
 */
function readRoleOf(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder, holder: Argument, role: number): boolean {
  // a role (`envoy`, `spokesman`, `founder`), not any description (`a remnant of the Trump administration`)
  const noun = tree.tokens[role]!;
  if (!TITLE_HEADS.has(noun.lower) && !noun.tags.has('Actor')) return false;
  const of = tree.childrenOf(role, 'nmod').find((c) => c > role && ROLE_PREPOSITIONS.has(tree.caseWord(c)?.lower ?? ''));
  if (of === undefined) return false;
  const preposition = tree.caseWord(of)!;
  const place = argumentAt(sentence, tree, of);
  if (!place.conjuncts.some((np) => isNamed(sentence.mention(np, np.tokens)))) return false;
  const words = tree.tokens.slice(tree.subtree(role)[0]!, role + 1).filter((t) => t.pos !== 'PUNCT');
  const text = ['is', ...words.map((t) => t.text), preposition.lower].join(' ');
  const lemma = ['be', ...words.filter((t) => t.pos !== 'DET').map((t) => (t.pos === 'PROPN' ? t.text : t.lower)), preposition.lower].join(' ');
  triples.emit(holder, NO_VERB, place, 'apposition', 0.75, { nominal: { text, lemma } });
  return true;
}

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at']);

/** `Pittsburgh 's mayor` says Pittsburgh has a mayor. */
function readPossessive(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder, owner: number): void {
  const owned = tree.head(owner);
  if (owned < 0 || (tree.upos[owned] !== 'NOUN' && tree.upos[owned] !== 'PROPN')) return;
  // `Voice of America 's South Sudan in Focus`: the owner is the whole name, not its last word
  if (endsNameWithOf(tree, owner)) return;
  const ownerArgument = argumentAt(sentence, tree, owner, { leaveOut: (c) => tree.tokens[c]!.pos === 'POSS' });
  const ownerPhrase = ownerArgument.conjuncts[0]!;
  // `his visit`, `its troops`: an owner that is a pronoun says nothing until it is resolved
  if (POSSESSIVE_DETERMINERS.has(tree.tokens[owner]!.lower) || sentence.mention(ownerPhrase, ownerPhrase.tokens).pronoun) return;
  // the thing owned, without its owner: `Afghanistan 's TOLONews` → `TOLONews`
  // only the noun the owner is written on: in `RFE/RL's Radio Free Afghanistan, TOLOnews, AP` the others are not RFE/RL's
  const ownedWords = argumentAt(sentence, tree, owned, { withoutParticiples: true, leaveOut: (c) => c === owner || c < owner || tree.base(c) === 'conj' });
  const ownedArgument = { conjuncts: ownedWords.conjuncts.slice(0, 1), tokens: ownedWords.tokens };
  if (ownedArgument.tokens.length === 0) return;
  // annotators rarely spell possessives out: a likely reading, but kept below the verbs
  triples.emit(ownerArgument, NO_VERB, ownedArgument, 'possessive', 0.2, { nominal: { text: 'has', lemma: 'have' } });
}

/** The name word at `at` ends a name joined by `of` (`Voice of America`, `Bank of England`). */
function endsNameWithOf(tree: DependencyTree, at: number): boolean {
  const [before, of] = [tree.tokens[at - 2], tree.tokens[at - 1]];
  return of?.lower === 'of' && before !== undefined && before.capital && before.pos === 'PROPN' && tree.tokens[at]!.capital;
}

/**
 * `the Ogilvy & Mather unit in New York`: a noun with `in`, `at` or `on` and a named place or
 * organization hanging on it says where the thing is. Ranked low: annotators seldom spell it out.
 */
function readLocation(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder, where: number): void {
  const preposition = tree.caseWord(where);
  const thing = tree.head(where);
  if (preposition === undefined || !LOCATING_PREPOSITIONS.has(preposition.lower) || thing < 0 || !isNoun(tree, thing)) return;
  const place = argumentAt(sentence, tree, where).conjuncts[0]!;
  const placeMention = sentence.mention(place, place.tokens);
  if (placeMention.type !== 'place' && placeMention.type !== 'organization') return;
  const thingPhrase = argumentAt(sentence, tree, thing).conjuncts[0]!;
  if (sentence.mention(thingPhrase, thingPhrase.tokens).pronoun) return;
  emitLocated(triples, thingPhrase, place, `is ${preposition.lower}`, 0.22);
}

/** `a letter from Blinken to Ghani`: a message noun with a sender and a recipient implies its verb. */
function readMessageNoun(sentence: Sentence, tree: DependencyTree, triples: TripleBuilder, noun: number): void {
  const lemma = MESSAGE_NOUNS[tree.tokens[noun]!.lower]!;
  const byCase = (word: string): number | undefined => tree.childrenOf(noun, 'nmod').find((c) => tree.caseWord(c)?.lower === word);
  const sender = byCase('from');
  const recipient = byCase('to');
  if (sender === undefined || recipient === undefined) return;
  const [verb = '', ...rest] = lemma.split(' ');
  const read = [MESSAGE_VERBS_PAST[verb] ?? verb, ...rest].join(' ');
  const relation: Relation = { groups: [], tokens: [tree.tokens[noun]!] };
  triples.emit(argumentAt(sentence, tree, sender), relation, argumentAt(sentence, tree, recipient), 'preposition', 0.6, { nominal: { text: read, lemma } });
}

function emitLocated(triples: TripleBuilder, thing: NounPhrase, where: NounPhrase, relation: string, confidence: number): void {
  const lemma = relation.replace(/^is/, 'be');
  triples.emit({ conjuncts: [thing], tokens: thing.tokens }, NO_VERB, { conjuncts: [where], tokens: where.tokens }, 'preposition', confidence, { nominal: { text: relation, lemma } });
}

const isNoun = (tree: DependencyTree, i: number): boolean => tree.upos[i] === 'NOUN' || tree.upos[i] === 'PROPN';

