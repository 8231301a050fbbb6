/** Arguments read off the dependency tree: the words a noun's subtree spans, its conjuncts, and the noun phrase that names it. */
import type { NounPhrase } from './03-phrases.js';
import { isNamed, type Argument } from './arguments.js';
import type { Sentence } from './sentence.js';
import type { Token } from './token.js';
import type { DependencyTree } from './tree.js';

/** Dependents that say something of their own about a noun, read as clauses, not as part of it. */
const CLAUSAL = new Set(['acl:relcl', 'appos', 'parataxis', 'advcl', 'dep', 'discourse', 'vocative', 'list', 'reparandum', 'orphan']);
/** A noun that is itself a predicate (`was the first woman to land`) has a subject and copula that are not part of it as an argument. */
const PREDICATE_PARTS = new Set(['nsubj', 'csubj', 'cop', 'aux', 'expl']);
/** `Secretary of State`, `rare and endemic plants`: what stays inside a conjunct's noun phrase. */
const NOUN_CORE = new Set(['det', 'det:predet', 'det:poss', 'amod', 'compound', 'flat', 'nmod:poss', 'nummod', 'fixed', 'goeswith', 'case', 'advmod', 'punct', 'nmod:unmarked']);

export interface ArgumentOptions {
  /** Also leave out reduced relatives (`the sacrifices made by U.S. forces`): a subject's name is its noun. */
  withoutParticiples?: boolean;
  /** Dependents that belong to the relation rather than the argument (the `to` of `wrote to Ghani`). */
  leaveOut?: (child: number) => boolean;
  /** Clausal dependents read as part of the argument after all (an object's apposition). */
  keep?: ReadonlySet<string>;
}

/** The argument a noun heads: one conjunct per coordinated noun that names an actor, and every word its subtree spans. */
export function argumentAt(sentence: Sentence, tree: DependencyTree, head: number, options: ArgumentOptions = {}): Argument {
  const conjuncts = [head, ...nounConjuncts(tree, head)];
  const skip = (c: number): boolean =>
    (CLAUSAL.has(tree.label(c)) && options.keep?.has(tree.label(c)) !== true) ||
    (tree.head(c) === head && PREDICATE_PARTS.has(tree.base(c))) ||
    (options.withoutParticiples === true && tree.label(c) === 'acl') ||
    isFreeAdjunct(tree, c) ||
    verbConjunct(tree, c) ||
    introduces(tree, head, c) ||
    options.leaveOut?.(c) === true;
  const tokens = withWholeWords(sentence.tokens, tree.span(tree.subtree(head, skip), head));
  const within = new Set(tokens.map((t) => t.i));
  const phrases = conjuncts.map((c) => nounPhraseAt(sentence, tree, c, within));
  const named = phrases.length > 1 && phrases.some((np) => isNamed(sentence.mention(np, np.tokens)));
  if (!named) return { conjuncts: phrases.slice(0, 1), tokens };
  const conjunctTokens = conjuncts.map((c, k) => conjunctWords(sentence, tree, c, (d) => skip(d) || !within.has(d), phrases[k]!));
  return { conjuncts: phrases, conjunctTokens, tokens };
}

/**
 * The words one conjunct spans with its own modifiers, without the conjuncts coordinated with it:
 * `the Star of David` of `the Star of David and the symbols of the zodiac`.
 */
function conjunctWords(sentence: Sentence, tree: DependencyTree, c: number, skip: (d: number) => boolean, phrase: NounPhrase): Token[] {
  const own = tree.subtree(c, (d) => skip(d) || introduces(tree, c, d) || (tree.head(d) === c && (tree.base(d) === 'conj' || tree.base(d) === 'cc')));
  const words = withWholeWords(sentence.tokens, tree.span(own, c));
  // the words must still hold the name the conjunct was given
  return phrase.tokens.every((t) => words.includes(t)) ? words : phrase.tokens;
}

/**
 * `became a regular in the side , making his debut in 1987`: a gerund set off by a comma after a noun
 * says what the clause's subject did, not what the noun is, so it is no part of the noun.
 */
function isFreeAdjunct(tree: DependencyTree, c: number): boolean {
  if (tree.label(c) !== 'acl' || !tree.tokens[c]!.lower.endsWith('ing')) return false;
  // the comma may hang on the gerund or on the noun
  return tree.setOff(c, (k) => tree.tokens[k]!.text === ',');
}

/** The words of a subtree as an argument with no name of its own (a clause, an adjective phrase). */
export function wordsAt(tree: DependencyTree, head: number, leaveOut: (c: number) => boolean = () => false): Argument {
  const tokens = tree.span(tree.subtree(head, (c) => leaveOut(c) || CLAUSAL.has(tree.label(c)) || verbConjunct(tree, c) || isFreeAdjunct(tree, c)), head);
  return { conjuncts: [], tokens: withWholeWords(tree.tokens, tokens) };
}

/** A reported clause as written, with its own relative clauses, appositions and coordinated verbs: all of it is what was said. */
export function clauseAt(tree: DependencyTree, head: number, leaveOut: (c: number) => boolean = () => false): Argument {
  const tokens = tree.span(tree.subtree(head, (c) => leaveOut(c) || tree.base(c) === 'parataxis'), head);
  return { conjuncts: [], tokens: withWholeWords(tree.tokens, tokens) };
}

/** The preposition or conjunction that links the argument to what it hangs from (`by` of `by ads`) is not part of it. */
function introduces(tree: DependencyTree, head: number, c: number): boolean {
  if (tree.head(c) !== head || c > head) return false;
  const label = tree.label(c);
  return (label === 'case' && tree.tokens[c]!.pos !== 'POSS') || label === 'mark' || label === 'cc';
}

/**
 * Nouns coordinated with `head` (`Russia, China and India`). An ampersand joins the parts of one
 * name, however many (`Ogilvy & Mather`, `Frankenberry , Laughlin & Constable`), so such a list is none.
 */
function nounConjuncts(tree: DependencyTree, head: number): number[] {
  const all = listed(tree, head);
  if (all.some((c) => tree.childrenOf(c, 'cc').some((k) => tree.tokens[k]!.text === '&'))) return [];
  return sharesNameHead(tree, all) ? [] : all;
}

/**
 * `the London , Midland and Scottish Railway Company`: when the last conjunct is a lone name word that
 * runs straight on into more of a name the parser hung elsewhere, the list names parts of one name,
 * not several nouns, so it is not split.
 */
function sharesNameHead(tree: DependencyTree, conjuncts: readonly number[]): boolean {
  const last = conjuncts[conjuncts.length - 1];
  if (last === undefined || tree.childrenOf(last).some((c) => tree.base(c) !== 'cc' && tree.base(c) !== 'punct')) return false;
  const next = tree.tokens[last + 1];
  return next !== undefined && tree.upos[last + 1] === 'PROPN' && next.capital && tree.head(last + 1) !== last;
}

function listed(tree: DependencyTree, head: number): number[] {
  const out: number[] = [];
  for (const c of tree.childrenOf(head, 'conj')) {
    if (verbConjunct(tree, c)) continue;
    out.push(c, ...listed(tree, c));
  }
  return out;
}

/** A conjunct that is a clause of its own (`... the fight and the referee stopped it`), not a noun in a list. */
function verbConjunct(tree: DependencyTree, c: number): boolean {
  if (tree.label(c) !== 'conj') return false;
  return tree.upos[c] === 'VERB' || tree.childrenOf(c, 'nsubj', 'cop', 'aux').length > 0;
}

/**
 * The noun phrase that names the argument: compromise's chunk around the head, kept inside the
 * head's own subtree, so a chunk that runs across a boundary the tree draws is cut there.
 */
function nounPhraseAt(sentence: Sentence, tree: DependencyTree, head: number, within?: ReadonlySet<number>): NounPhrase {
  const chunk = sentence.chunkOf(head);
  // the chunk may hold an `of` the title needs (`Secretary of State Antony Blinken`), so it is cut by the whole subtree
  const subtree = new Set(tree.subtree(head).filter((k) => within === undefined || within.has(k) || k === head));
  let tokens: Token[] = chunk === undefined ? [] : chunk.filter((t) => subtree.has(t.i));
  if (tokens.length === 0 || !tokens.some((t) => t.i === head)) {
    const core = tree.subtree(head, (c) => !NOUN_CORE.has(tree.label(c)));
    tokens = tree.span(core, head);
  }
  return { kind: 'np', tokens: withWholeWords(sentence.tokens, contiguous(tokens, head)) };
}

/** `al-Qaeda`, `Muqtada al-Sadr`: the parts of a hyphenated word the tokeniser split stay together in a name. */
function withWholeWords(all: readonly Token[], tokens: Token[]): Token[] {
  if (tokens.length === 0) return tokens;
  let from = tokens[0]!.i;
  let to = tokens[tokens.length - 1]!.i;
  const glued = (a: Token, b: Token): boolean => a.end === b.start && (a.pos === 'HYPH' || b.pos === 'HYPH');
  while (from > 0 && glued(all[from - 1]!, all[from]!)) from--;
  while (to < all.length - 1 && glued(all[to]!, all[to + 1]!)) to++;
  return all.slice(from, to + 1);
}

function contiguous(tokens: Token[], head: number): Token[] {
  const at = tokens.findIndex((t) => t.i === head);
  if (at < 0) return tokens;
  let from = at;
  let to = at;
  while (from > 0 && tokens[from - 1]!.i === tokens[from]!.i - 1) from--;
  while (to < tokens.length - 1 && tokens[to + 1]!.i === tokens[to]!.i + 1) to++;
  return tokens.slice(from, to + 1);
}
