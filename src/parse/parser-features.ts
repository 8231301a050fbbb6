/**
 * The parser's feature templates, after Zhang & Nivre (2011) adapted to arc-hybrid (s0's head is
 * not known yet, so s1 and s2 stand in for it): a table of atom tuples, hashed with their number.
 * Atoms name a word position — s0..s2 on the stack, b0..b2 in the buffer, and the leftmost (l1),
 * second-leftmost (l2), rightmost (r1), second-rightmost (r2) children — and what is read there:
 * w the lowercase word, p the tag, l the arc label, s the word's last three letters, a the tags the
 * word had in training (these two help where the predicted tag is wrong).
 */
import { compileTemplates, hashTemplates, type TemplateTable } from './templates.js';
import type { ParseState } from './transitions.js';
import type { TaggerContext } from './tagger.js';

export const P = {
  S0W: 0, S0P: 1, S1W: 2, S1P: 3, S2W: 4, S2P: 5,
  B0W: 6, B0P: 7, B1W: 8, B1P: 9, B2W: 10, B2P: 11,
  S0L1W: 12, S0L1P: 13, S0L1L: 14, S0L2W: 15, S0L2P: 16, S0L2L: 17,
  S0R1W: 18, S0R1P: 19, S0R1L: 20, S0R2W: 21, S0R2P: 22, S0R2L: 23,
  S1R1W: 24, S1R1P: 25, S1R1L: 26, S1L1P: 27, S1L1L: 28,
  B0L1W: 29, B0L1P: 30, B0L1L: 31, B0L2W: 32, B0L2P: 33, B0L2L: 34,
  DIST: 35, DIST01: 36, S0VL: 37, S0VR: 38, B0VL: 39, S1VR: 40,
  S0LSET: 41, S0RSET: 42, B0LSET: 43, S1RSET: 44,
  S0S: 45, B0S: 46, S0A: 47, B0A: 48, B1A: 49, S1A: 50,
} as const;
export const PARSER_ATOMS = 51;

const TEMPLATES: TemplateTable = [
  // single words
  ['s0wp', [P.S0W, P.S0P]], ['s0w', [P.S0W]], ['s0p', [P.S0P]],
  ['b0wp', [P.B0W, P.B0P]], ['b0w', [P.B0W]], ['b0p', [P.B0P]],
  ['b1wp', [P.B1W, P.B1P]], ['b1w', [P.B1W]], ['b1p', [P.B1P]],
  ['b2wp', [P.B2W, P.B2P]], ['b2w', [P.B2W]], ['b2p', [P.B2P]],
  ['s1wp', [P.S1W, P.S1P]], ['s1w', [P.S1W]], ['s1p', [P.S1P]],
  ['s2w', [P.S2W]], ['s2p', [P.S2P]],
  // word pairs: s0 with b0, and s1 with s0 (the RIGHT decision)
  ['s0wp b0wp', [P.S0W, P.S0P, P.B0W, P.B0P]], ['s0wp b0w', [P.S0W, P.S0P, P.B0W]],
  ['s0w b0wp', [P.S0W, P.B0W, P.B0P]], ['s0wp b0p', [P.S0W, P.S0P, P.B0P]],
  ['s0p b0wp', [P.S0P, P.B0W, P.B0P]], ['s0w b0w', [P.S0W, P.B0W]], ['s0p b0p', [P.S0P, P.B0P]],
  ['b0p b1p', [P.B0P, P.B1P]],
  ['s1wp s0wp', [P.S1W, P.S1P, P.S0W, P.S0P]], ['s1w s0w', [P.S1W, P.S0W]],
  ['s1p s0wp', [P.S1P, P.S0W, P.S0P]], ['s1wp s0p', [P.S1W, P.S1P, P.S0P]], ['s1p s0p', [P.S1P, P.S0P]],
  // three words
  ['b0p b1p b2p', [P.B0P, P.B1P, P.B2P]], ['s0p b0p b1p', [P.S0P, P.B0P, P.B1P]],
  ['s1p s0p b0p', [P.S1P, P.S0P, P.B0P]], ['s0p s0l1p b0p', [P.S0P, P.S0L1P, P.B0P]],
  ['s0p s0r1p b0p', [P.S0P, P.S0R1P, P.B0P]], ['s0p b0p b0l1p', [P.S0P, P.B0P, P.B0L1P]],
  ['s1p s0p s0l1p', [P.S1P, P.S0P, P.S0L1P]], ['s1p s1r1p s0p', [P.S1P, P.S1R1P, P.S0P]],
  ['s1w s0p b0p', [P.S1W, P.S0P, P.B0P]], ['s1p s0w b0p', [P.S1P, P.S0W, P.B0P]], ['s1p s0p b0w', [P.S1P, P.S0P, P.B0W]],
  // distance
  ['s0w d', [P.S0W, P.DIST]], ['s0p d', [P.S0P, P.DIST]], ['b0w d', [P.B0W, P.DIST]], ['b0p d', [P.B0P, P.DIST]],
  ['s0w b0w d', [P.S0W, P.B0W, P.DIST]], ['s0p b0p d', [P.S0P, P.B0P, P.DIST]],
  ['s1p s0p d01', [P.S1P, P.S0P, P.DIST01]], ['s1w s0w d01', [P.S1W, P.S0W, P.DIST01]],
  // valency
  ['s0w vr', [P.S0W, P.S0VR]], ['s0p vr', [P.S0P, P.S0VR]], ['s0w vl', [P.S0W, P.S0VL]], ['s0p vl', [P.S0P, P.S0VL]],
  ['b0w vl', [P.B0W, P.B0VL]], ['b0p vl', [P.B0P, P.B0VL]], ['s1p vr', [P.S1P, P.S1VR]],
  // children
  ['s0l1w', [P.S0L1W]], ['s0l1p', [P.S0L1P]], ['s0l1l', [P.S0L1L]],
  ['s0r1w', [P.S0R1W]], ['s0r1p', [P.S0R1P]], ['s0r1l', [P.S0R1L]],
  ['b0l1w', [P.B0L1W]], ['b0l1p', [P.B0L1P]], ['b0l1l', [P.B0L1L]],
  ['s1r1w', [P.S1R1W]], ['s1r1p', [P.S1R1P]], ['s1r1l', [P.S1R1L]], ['s1l1p', [P.S1L1P]], ['s1l1l', [P.S1L1L]],
  ['s0p s0l1l', [P.S0P, P.S0L1L]], ['s0p s0r1l', [P.S0P, P.S0R1L]], ['b0p b0l1l', [P.B0P, P.B0L1L]],
  ['s1p s1r1l', [P.S1P, P.S1R1L]],
  // third order
  ['s0l2w', [P.S0L2W]], ['s0l2p', [P.S0L2P]], ['s0l2l', [P.S0L2L]],
  ['s0r2w', [P.S0R2W]], ['s0r2p', [P.S0R2P]], ['s0r2l', [P.S0R2L]],
  ['b0l2w', [P.B0L2W]], ['b0l2p', [P.B0L2P]], ['b0l2l', [P.B0L2L]],
  ['s0p s0l1p s0l2p', [P.S0P, P.S0L1P, P.S0L2P]], ['s0p s0r1p s0r2p', [P.S0P, P.S0R1P, P.S0R2P]],
  ['s0p s1p s2p', [P.S0P, P.S1P, P.S2P]], ['b0p b0l1p b0l2p', [P.B0P, P.B0L1P, P.B0L2P]],
  // label sets
  ['s0w srset', [P.S0W, P.S0RSET]], ['s0p srset', [P.S0P, P.S0RSET]],
  ['s0w slset', [P.S0W, P.S0LSET]], ['s0p slset', [P.S0P, P.S0LSET]],
  ['b0w slset', [P.B0W, P.B0LSET]], ['b0p slset', [P.B0P, P.B0LSET]], ['s1p srset', [P.S1P, P.S1RSET]],
  // suffixes and tags seen in training
  ['s0s', [P.S0S]], ['b0s', [P.B0S]], ['s0s b0p', [P.S0S, P.B0P]], ['s0p b0s', [P.S0P, P.B0S]],
  ['s0a', [P.S0A]], ['b0a', [P.B0A]], ['s0a b0a', [P.S0A, P.B0A]], ['s1a s0a', [P.S1A, P.S0A]],
  ['b0a b1a', [P.B0A, P.B1A]], ['s0p b0a', [P.S0P, P.B0A]], ['s0a b0p', [P.S0A, P.B0P]],
];

export const PARSER_TEMPLATES = TEMPLATES.length;
/** Identifies this template table; a model trained with another table is refused. */
const COMPILED = compileTemplates(TEMPLATES, 101);
export const PARSER_FINGERPRINT = COMPILED.fingerprint;

/** Per-sentence word and tag values, indexed 0 (no word), 1..n, n + 1 (the root). */
export interface ParserContext {
  words: Int32Array;
  tags: Int32Array;
  suffixes: Int32Array;
  tagsSeen: Int32Array;
}

const NONE_WORD = 0x6e6f6e65;
const ROOT_WORD = 0x726f6f74;
const NONE_TAG = -1;
const ROOT_TAG = -2;

/** Per word (0-based): the tagger's context (word hashes, tags seen in training) and its predicted tags. */
export function parserContext(tagger: TaggerContext, tags: Int32Array): ParserContext {
  const n = tags.length;
  const padded = (values: Int32Array, none: number, root: number): Int32Array => {
    const out = new Int32Array(n + 2);
    out[0] = none;
    out.set(values.subarray(0, n), 1);
    out[n + 1] = root;
    return out;
  };
  return {
    words: padded(tagger.info.lower, NONE_WORD, ROOT_WORD),
    tags: padded(tags, NONE_TAG, ROOT_TAG),
    suffixes: padded(tagger.info.suffix[2]!, NONE_WORD, ROOT_WORD),
    tagsSeen: padded(tagger.tagsSeen, -1, -2),
  };
}

/** Fills the atoms for the state's current configuration. */
export function fillParserAtoms(ctx: ParserContext, state: ParseState, atoms: Int32Array): void {
  const { words, tags } = ctx;
  const { labels, left1, left2, right1, right2 } = state;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b0;
  // Past the root there are no words; index 0 reads as "none".
  const b1 = b0 + 1 <= state.root ? b0 + 1 : 0;
  const b2 = b0 + 2 <= state.root ? b0 + 2 : 0;
  const put = (w: number, p: number, at: number): void => {
    atoms[w] = words[at]!;
    atoms[p] = tags[at]!;
  };
  const child = (w: number, p: number, l: number, at: number): void => {
    atoms[w] = words[at]!;
    atoms[p] = tags[at]!;
    atoms[l] = at === 0 ? -1 : labels[at]!;
  };
  put(P.S0W, P.S0P, s0);
  put(P.S1W, P.S1P, s1);
  put(P.S2W, P.S2P, s2);
  put(P.B0W, P.B0P, b0);
  put(P.B1W, P.B1P, b1);
  put(P.B2W, P.B2P, b2);
  const s0l1 = s0 === 0 ? 0 : left1[s0]!;
  const s0l2 = s0 === 0 ? 0 : left2[s0]!;
  const s0r1 = s0 === 0 ? 0 : right1[s0]!;
  const s0r2 = s0 === 0 ? 0 : right2[s0]!;
  child(P.S0L1W, P.S0L1P, P.S0L1L, s0l1);
  child(P.S0L2W, P.S0L2P, P.S0L2L, s0l2);
  child(P.S0R1W, P.S0R1P, P.S0R1L, s0r1);
  child(P.S0R2W, P.S0R2P, P.S0R2L, s0r2);
  child(P.S1R1W, P.S1R1P, P.S1R1L, s1 === 0 ? 0 : right1[s1]!);
  const s1l1 = s1 === 0 ? 0 : left1[s1]!;
  atoms[P.S1L1P] = tags[s1l1]!;
  atoms[P.S1L1L] = s1l1 === 0 ? -1 : labels[s1l1]!;
  child(P.B0L1W, P.B0L1P, P.B0L1L, left1[b0]!);
  child(P.B0L2W, P.B0L2P, P.B0L2L, left2[b0]!);
  atoms[P.DIST] = s0 === 0 ? -1 : Math.min(b0 - s0, 6) + (b0 === state.root ? 10 : 0);
  atoms[P.DIST01] = s1 === 0 ? -1 : Math.min(s0 - s1, 6);
  atoms[P.S0VL] = state.leftCount[s0]!;
  atoms[P.S0VR] = state.rightCount[s0]!;
  atoms[P.B0VL] = state.leftCount[b0]!;
  atoms[P.S1VR] = state.rightCount[s1]!;
  atoms[P.S0LSET] = state.leftLabels[s0]!;
  atoms[P.S0RSET] = state.rightLabels[s0]!;
  atoms[P.B0LSET] = state.leftLabels[b0]!;
  atoms[P.S1RSET] = state.rightLabels[s1]!;
  atoms[P.S0S] = ctx.suffixes[s0]!;
  atoms[P.B0S] = ctx.suffixes[b0]!;
  atoms[P.S0A] = ctx.tagsSeen[s0]!;
  atoms[P.B0A] = ctx.tagsSeen[b0]!;
  atoms[P.B1A] = ctx.tagsSeen[b1]!;
  atoms[P.S1A] = ctx.tagsSeen[s1]!;
}

/** Writes one hash per template into `out`; returns how many. */
export function parserFeatures(atoms: Int32Array, out: Uint32Array): number {
  return hashTemplates(COMPILED, atoms, out);
}
