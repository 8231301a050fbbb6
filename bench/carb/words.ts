/** Word lists the CaRB scorer and the error breakdown consult, kept apart from the code that uses them. */

/** CaRB's matcher lets a predicted `be` stand for any of these in the gold relation. */
export const BE_FORMS = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'] as const;

/** A gold relation containing one of these (as a substring) is also tried with subject and object swapped. */
export const SAID_VERBS = ['said', 'told', 'added', 'adds', 'says'] as const;

/** Attribution verbs, wider than SAID_VERBS, for guessing a missed gold tuple's construction. */
export const ATTRIBUTION_WORDS = ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'reported', 'according'];

/** CaRB's own PREPS list plus the prepositions it lacks that end relations in the gold (`known as`, `worked for`). */
export const PREPOSITIONS = new Set([
  'above', 'across', 'against', 'along', 'among', 'around', 'at', 'before', 'behind', 'below', 'beneath', 'beside',
  'between', 'by', 'for', 'from', 'in', 'into', 'near', 'of', 'off', 'on', 'to', 'toward', 'under', 'upon', 'with',
  'within', 'about', 'after', 'as', 'during', 'over', 'since', 'through', 'throughout', 'towards', 'until', 'via',
  'without', 'like', 'than', 'onto', 'out', 'per', 'beyond', 'despite', 'amid', 'including',
]);

/** Irregular past participles that do not end in -ed/-en but make a passive after a form of be. */
export const IRREGULAR_PARTICIPLES = new Set(['made', 'built', 'held', 'led', 'sold', 'paid', 'found', 'set', 'put', 'run', 'won', 'told', 'sent', 'kept', 'left', 'bought', 'brought', 'thought', 'taught', 'caught', 'born', 'known', 'shown', 'hit', 'cut', 'spent', 'lost', 'meant', 'read', 'heard', 'said']);
