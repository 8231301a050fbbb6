/**
 * The relation a predicate of the tree states: its verb with auxiliaries, negation and particle,
 * run on through `to`-infinitives (`intends to ask`, `are set to withdraw`, `were unable to see`).
 */
import type { VerbGroup } from './03-phrases.js';
import type { Token } from './token.js';
import type { DependencyTree } from './tree.js';
import type { Relation } from './triple.js';
import { NEGATIONS } from './data/words.js';

/** A relation and where its arguments hang: the last verb of the chain, or the copula's predicate. */
export interface TreeRelation extends Relation {
  /** The word whose dependents are the relation's objects. */
  last: number;
  /** The predicate is a noun, adjective or prepositional phrase joined by a copula (`is a member`). */
  copular: boolean;
  passive: boolean;
}

/** Words that join the verb in the relation: auxiliaries, the copula, particles, and a negation. */
const VERB_WORDS = new Set(['aux', 'aux:pass', 'cop', 'compound:prt']);

/** The relation of the predicate at `p`. */
export function relationAt(tree: DependencyTree, p: number): TreeRelation {
  const groups: VerbGroup[] = [];
  const words: Token[] = [];
  let current = p;
  let copular = tree.childrenOf(p, 'cop').length > 0;
  for (;;) {
    const group = verbGroupAt(tree, current, copular);
    groups.push(group);
    // a copula's predicate is the object (`is a member`), except an adjective that runs on (`is able to see`)
    const next = chainedVerb(tree, current);
    if (copular && next === undefined) {
      words.push(...group.tokens, ...group.extras);
      break;
    }
    // `unable` in `were unable to see`, `set` in `are set to withdraw`: the predicate carries the relation on
    if (copular) group.extras.push(tree.tokens[current]!);
    words.push(...group.tokens, ...group.extras);
    if (next === undefined) break;
    const to = tree.child(next, 'mark');
    if (to !== undefined) words.push(tree.tokens[to]!);
    current = next;
    copular = false;
  }
  const last = groups[groups.length - 1]!;
  return {
    groups,
    tokens: [...new Set(words)].sort((a, b) => a.i - b.i),
    last: current,
    copular,
    passive: last.passive,
  };
}

/** `are familiar with`, `was considered to be`: words the reading found that carry the relation on join its last verb group. */
export function joinRelation(relation: TreeRelation, words: readonly Token[]): void {
  relation.groups[relation.groups.length - 1]!.extras.push(...words);
  relation.tokens = [...relation.tokens, ...words].sort((a, b) => a.i - b.i);
}

/**
 * `intends to ask`: an infinitive with no subject of its own carries the relation on, unless the
 * verb already has an object (`urged Ghani to attend` keeps `urged Ghani`, with `to attend ...` as
 * its complement).
 */
export function chainedVerb(tree: DependencyTree, p: number): number | undefined {
  if (tree.childrenOf(p, 'obj', 'iobj', 'ccomp').length > 0) return undefined;
  const xcomp = tree.child(p, 'xcomp');
  if (xcomp === undefined || tree.upos[xcomp] !== 'VERB' || tree.childrenOf(xcomp, 'nsubj').length > 0) return undefined;
  const mark = tree.child(xcomp, 'mark');
  if (mark === undefined || tree.tokens[mark]!.lower !== 'to' || mark > xcomp) return undefined;
  return xcomp;
}

function verbGroupAt(tree: DependencyTree, p: number, copular: boolean): VerbGroup {
  const head = tree.tokens[p]!;
  const helpers = tree.childrenOf(p).filter((c) => VERB_WORDS.has(tree.label(c)) || isNegation(tree, c) || (!copular && isVerbAdverb(tree, p, c)));
  // `made public`: a predicative adjective right after the verb is part of the relation
  const predicative = tree.childrenOf(p, 'xcomp').filter((c) => tree.upos[c] === 'ADJ' && c === p + 1 && tree.childrenOf(c).length === 0);
  const particles = [...helpers.filter((c) => tree.label(c) === 'compound:prt'), ...predicative].map((c) => tree.tokens[c]!);
  const before = helpers.filter((c) => tree.label(c) !== 'compound:prt').map((c) => tree.tokens[c]!);
  const copula = copular ? tree.child(p, 'cop') : undefined;
  const passive = tree.childrenOf(p, 'aux:pass', 'nsubj:pass').length > 0 || reducedPassive(tree, p);
  const tokens = copular ? before : [...new Set([...before, ...tree.wholeWord(p)])].sort((a, b) => a.i - b.i);
  return {
    kind: 'vg',
    tokens,
    head: copula === undefined ? head : tree.tokens[copula]!,
    extras: particles,
    passive,
    copula: copular,
  };
}

/**
 * `have sharply improved`, `are also known as`, `relies heavily on`: an adverb written inside the
 * verb group, or a manner adverb right after the verb, says how the relation holds and is part of it.
 * One that opens the clause (`Also buried at ...`), or has words of its own, frames the clause instead.
 */
function isVerbAdverb(tree: DependencyTree, p: number, c: number): boolean {
  if (tree.base(c) !== 'advmod' || tree.upos[c] !== 'ADV' || tree.childrenOf(c).length > 0) return false;
  const word = tree.tokens[c]!.lower;
  if (WH_ADVERBS.has(word)) return false;
  if (c > p) return c === p + 1 && word.endsWith('ly');
  const subject = tree.childrenOf(p, 'nsubj', 'expl').find((s) => s < c);
  const helper = tree.childrenOf(p, 'aux', 'aux:pass').find((a) => a < c);
  if (subject === undefined && helper === undefined) return false;
  // only the verb's own helpers and adverbs stand between the adverb and the verb
  for (let k = c + 1; k < p; k++) {
    if (tree.head(k) !== p || !(VERB_WORDS.has(tree.label(k)) || tree.base(k) === 'advmod')) return false;
  }
  return true;
}
const WH_ADVERBS = new Set(['when', 'where', 'why', 'how', 'whenever', 'wherever', 'however']);

/** `a letter seen by TOLOnews`: a participle modifying a noun, with no auxiliary, is passive. */
function reducedPassive(tree: DependencyTree, p: number): boolean {
  if (tree.label(p) !== 'acl' || tree.childrenOf(p, 'aux', 'aux:pass').length > 0) return false;
  const token = tree.tokens[p]!;
  return !token.tags.has('Gerund') && !/ing$/.test(token.lower) && (token.tags.has('PastTense') || token.tags.has('Participle') || /(ed|en|wn|ne)$/.test(token.lower));
}

function isNegation(tree: DependencyTree, c: number): boolean {
  const token = tree.tokens[c]!;
  return (tree.base(c) === 'advmod' && NEGATIONS.has(token.lower)) || (token.pos === 'NEG' && tree.base(c) !== 'det');
}
