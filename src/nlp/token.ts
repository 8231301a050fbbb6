/** The token shape the extractor's rules work on: compromise's tags reduced to one coarse class. */

export type Pos =
  | 'PUNCT' // , ; : ( ) quotes and dashes between clauses
  | 'HYPH' // a hyphen that may join two words (`credit - card`)
  | 'DET'
  | 'ADJ'
  | 'NOUN'
  | 'PROPN'
  | 'PRON'
  | 'NUM'
  | 'VERB'
  | 'AUX' // auxiliaries, copulas used as auxiliaries, modals
  | 'NEG'
  | 'ADV'
  | 'PREP'
  | 'TO' // `to` before an infinitive
  | 'CONJ'
  | 'REL' // relative pronoun opening a relative clause
  | 'SCONJ' // subordinator opening a clause
  | 'POSS' // a separate possessive marker (`'s`)
  | 'PART'; // verb particle (`set out`)

export interface Token {
  /** Position in the sentence's token list. */
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** compromise's tags. */
  tags: Set<string>;
  pos: Pos;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** A word with a possessive ending (`Iran's`). */
  possessive: boolean;
}

export interface TaggedSentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}
