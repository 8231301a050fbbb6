/** Summarises an edge's evidence list into the edge's own attributes: label, weight, flags. */
import type { EdgeAttributes, Evidence, Modality, Tense } from '../types.js';

type Summary = Omit<EdgeAttributes, 'lemma' | 'evidence'>;

/**
 * The label is the relation as most often read the way the edge points: a passive read from its
 * agent (`X was survived by Y` drawn Y → X) reads as its active lemma (`survive`), its surface form
 * kept in the evidence. An edge is negated or hedged only when every piece of its evidence is: one
 * plain statement is enough to stand behind it. Attribution, modality and tense are the most common
 * among its evidence.
 */
export function summariseEvidence(evidence: readonly Evidence[], lemma: string): Summary {
  const attributedTo = mostCommon(evidence.map((e) => e.flags.attributedTo));
  const modality = mostCommon(evidence.map((e) => e.flags.modality)) as Modality | undefined;
  return {
    label: mostCommon(evidence.map((e) => (e.passive === true ? lemma : e.relation))) ?? '',
    weight: evidence.length,
    negated: evidence.length > 0 && evidence.every((e) => e.flags.negated),
    hedged: evidence.length > 0 && evidence.every((e) => e.flags.hedged),
    tense: (mostCommon(evidence.map((e) => e.flags.tense)) as Tense | undefined) ?? 'present',
    ...(attributedTo === undefined ? {} : { attributedTo }),
    ...(modality === undefined ? {} : { modality }),
  };
}

/** The most frequent defined value; ties go to the one seen first. */
function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    if (value === undefined) continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > counts.get(best)!) best = value;
  }
  return best;
}
