/** Reads verb clauses: a subject and a verb group or catenative chain; `objects.ts` reads what follows. */
import type { VerbGroup } from './03-phrases.js';
import { verbLemma } from './lemma.js';
import { readObject } from './objects.js';
import { antecedentOf } from './pronouns.js';
import type { Sentence } from './sentence.js';
import { subjectBefore, type EarlierSubjects } from './subjects.js';
import type { Relation, TripleBuilder } from './triple.js';
import { LINKING_VERBS } from './data/words.js';

export function readClauses(sentence: Sentence, triples: TripleBuilder): void {
  const earlier: EarlierSubjects = { last: undefined, main: undefined };
  for (let p = 0; p < sentence.phrases.length; p++) {
    const phrase = sentence.phrases[p]!;
    if (phrase.kind === 'vg') p = readClause(sentence, triples, earlier, p);
  }
}

/** Reads the clause whose verb group is at `p`; returns the last phrase index it consumed. */
function readClause(sentence: Sentence, triples: TripleBuilder, earlier: EarlierSubjects, p: number): number {
  const group = sentence.phrases[p] as VerbGroup;
  const found = subjectBefore(sentence, p, group, earlier);
  const relation: Relation = { groups: [group], tokens: [...group.tokens, ...group.extras] };
  let q = p + 1;
  // catenative chains read as one relation: `intends to ask`, `are set to withdraw`, `were unable to see`
  for (;;) {
    const current = relation.groups[relation.groups.length - 1]!;
    const adjective = sentence.wordAt(q)?.pos === 'ADJ' && (current.copula || LINKING_VERBS.has(verbLemma(current.head))) ? sentence.wordAt(q) : undefined;
    const at = adjective === undefined ? q : q + 1;
    if (sentence.wordAt(at)?.pos !== 'TO' || sentence.phrases[at + 1]?.kind !== 'vg') break;
    const next = sentence.phrases[at + 1] as VerbGroup;
    relation.groups.push(next);
    relation.tokens.push(...(adjective === undefined ? [] : [adjective]), sentence.wordAt(at)!, ...next.tokens, ...next.extras);
    q = at + 2;
  }
  while (sentence.wordAt(q)?.pos === 'ADV') q++;
  if (found === undefined) return q - 1;
  const named = antecedentOf(sentence, found.subject, earlier.main);
  const subject = named ?? found.subject;
  const { construction } = found;
  const confidence = found.confidence - (named === undefined ? 0 : 0.05);
  earlier.last = subject;
  if (earlier.main === undefined) earlier.main = subject;
  const last = relation.groups[relation.groups.length - 1]!;

  return readObject({ sentence, triples, subject, relation, last, q, construction, confidence });
}
