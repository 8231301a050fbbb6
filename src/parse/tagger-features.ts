/** The tagger's feature templates: a table of atom tuples, each hashed with its template number. */
import { compileTemplates, hashTemplates, type TemplateTable } from './templates.js';

/** Atoms: the values a template may combine, filled per word by `Tagger`. */
export const T = {
  W0: 0, W_1: 1, W_2: 2, W1: 3, W2: 4, FORM0: 5,
  PRE1: 6, PRE2: 7, PRE3: 8, SUF1: 9, SUF2: 10, SUF3: 11, SUF4: 12,
  SHAPE0: 13, SHAPE_1: 14, SHAPE1: 15, FLAGS0: 16,
  TAG_1: 17, TAG_2: 18,
  AMB0: 19, AMB1: 20, AMB2: 21, AMB_1: 22,
  SUF3_1: 23, SUF3p1: 24, FORM1: 25, FORM_1: 26,
  HINT0: 27, HINT_1: 28, HINT1: 29, HFORM0: 30,
} as const;
export const TAGGER_ATOMS = 31;

const TEMPLATES: TemplateTable = [
  ['bias', []],
  ['w0', [T.W0]],
  ['form0', [T.FORM0]],
  ['prefix1', [T.PRE1]],
  ['prefix2', [T.PRE2]],
  ['prefix3', [T.PRE3]],
  ['suffix1', [T.SUF1]],
  ['suffix2', [T.SUF2]],
  ['suffix3', [T.SUF3]],
  ['suffix4', [T.SUF4]],
  ['shape0', [T.SHAPE0]],
  ['flags0', [T.FLAGS0]],
  ['shape-1 shape0 shape+1', [T.SHAPE_1, T.SHAPE0, T.SHAPE1]],
  ['tag-1', [T.TAG_1]],
  ['tag-2 tag-1', [T.TAG_2, T.TAG_1]],
  ['tag-1 w0', [T.TAG_1, T.W0]],
  ['tag-1 suffix3', [T.TAG_1, T.SUF3]],
  ['w-1', [T.W_1]],
  ['w-2', [T.W_2]],
  ['w+1', [T.W1]],
  ['w+2', [T.W2]],
  ['w-1 w0', [T.W_1, T.W0]],
  ['w0 w+1', [T.W0, T.W1]],
  ['w-1 w+1', [T.W_1, T.W1]],
  ['form-1', [T.FORM_1]],
  ['form+1', [T.FORM1]],
  ['suffix3-1', [T.SUF3_1]],
  ['suffix3+1', [T.SUF3p1]],
  ['tags0', [T.AMB0]],
  ['tags+1', [T.AMB1]],
  ['tags+2', [T.AMB2]],
  ['tags0 tags+1', [T.AMB0, T.AMB1]],
  ['tag-1 tags0', [T.TAG_1, T.AMB0]],
  ['tag-1 tags0 tags+1', [T.TAG_1, T.AMB0, T.AMB1]],
  ['tags0 w0', [T.AMB0, T.W0]],
  ['tags-1 tags0', [T.AMB_1, T.AMB0]],
  ['tag-1 w+1', [T.TAG_1, T.W1]],
  ['tags0 suffix3', [T.AMB0, T.SUF3]],
  ['shape0 w+1', [T.SHAPE0, T.W1]],
  // what compromise said of the word and its neighbours (the caller's hints)
  ['hint0', [T.HINT0]],
  ['hint0 hform0', [T.HINT0, T.HFORM0]],
  ['hint-1 hint0', [T.HINT_1, T.HINT0]],
  ['hint0 hint+1', [T.HINT0, T.HINT1]],
  ['tag-1 hint0', [T.TAG_1, T.HINT0]],
  ['hint0 tags0', [T.HINT0, T.AMB0]],
  ['hint0 suffix3', [T.HINT0, T.SUF3]],
  ['hint0 w0', [T.HINT0, T.W0]],
];

export const TAGGER_TEMPLATES = TEMPLATES.length;
const COMPILED = compileTemplates(TEMPLATES, 1);
/** Identifies this template table; a model trained with another table is refused. */
export const TAGGER_FINGERPRINT = COMPILED.fingerprint;

/** Writes one hash per template into `out`; returns how many. */
export function taggerFeatures(atoms: Int32Array, out: Uint32Array): number {
  return hashTemplates(COMPILED, atoms, out);
}
