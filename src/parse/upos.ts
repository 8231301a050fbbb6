/** The seventeen Universal POS tags, in a fixed order so a tag's bit in a mask never moves. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

const INDEX = new Map<string, number>(UPOS.map((tag, i) => [tag, i]));

/** Index of a UPOS tag, or of `X` for anything unknown. */
export function uposIndex(tag: string): number {
  return INDEX.get(tag) ?? UPOS.length - 1;
}
