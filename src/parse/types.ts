/** Shapes shared by the tagger, the parser, the model file and the training code. */

/** One word of a treebank sentence: its form, gold tags and gold dependency. */
export interface TreebankWord {
  form: string;
  upos: string;
  xpos: string;
  /** 0 = root, else the 1-based index of the head word. */
  head: number;
  /** Full UD relation with its subtype, e.g. `nsubj:pass`. */
  deprel: string;
  /** What another tagger said of the word (kg gives compromise's class and verb form), used as features. */
  hints?: readonly string[];
}

/** Per token, the hint strings a caller gives the tagger; `undefined` where it has none. */
export type Hints = readonly (readonly string[] | undefined)[];

export type TreebankSentence = readonly TreebankWord[];

/** The tagger's and parser's output for one sentence. */
export interface Parse {
  upos: string[];
  /** Per token: 0 = root, else the 1-based index of its head. */
  heads: Int32Array;
  /** Full UD deprel with subtype: `nsubj:pass`, `acl:relcl`, `obl:tmod`, `compound:prt`, `nmod:poss` ... */
  labels: string[];
}
