/** Reported speech: a clause as a verb's object, and who the sentence's statements come from. */
import type { Construction } from '../types.js';
import type { NounPhrase } from './03-phrases.js';
import type { Argument } from './arguments.js';
import { verbLemma } from './lemma.js';
import type { Sentence } from './sentence.js';
import type { Relation, TripleBuilder } from './triple.js';
import { SPEECH_VERBS } from './data/words.js';

/** `..., Blinken wrote.` or `according to the letter`: who the sentence's statements come from. */
export function findAttribution(sentence: Sentence): string | undefined {
  for (let p = 0; p < sentence.phrases.length; p++) {
    const word = sentence.wordAt(p);
    if (word?.lower === 'according' && sentence.wordAt(p + 1)?.lower === 'to' && sentence.phrases[p + 2]?.kind === 'np') {
      return sentence.mention(sentence.phrases[p + 2] as NounPhrase, (sentence.phrases[p + 2] as NounPhrase).tokens).name;
    }
    const phrase = sentence.phrases[p];
    if (phrase?.kind === 'vg' && SPEECH_VERBS.has(verbLemma(phrase.head))) {
      const before = sentence.phrases[p - 1];
      const opener = sentence.wordAt(p - 2);
      const after = sentence.phrases[p + 1];
      const closesSentence = after === undefined || (after.kind === 'word' && after.token.pos === 'PUNCT');
      if (before?.kind === 'np' && opener !== undefined && /^[,"”'’]+$/.test(opener.text) && closesSentence) {
        return sentence.mention(before, before.tokens).name;
      }
    }
  }
  return undefined;
}

/**
 * `A bomb exploded ..., authorities said.` and `... , '' said Alan Gottesman`: a closing reporting
 * clause gives the speaker → said → everything before it.
 */
export function readReportingClause(sentence: Sentence, triples: TripleBuilder): void {
  const last = sentence.phrases.length - 1;
  const end = sentence.wordAt(last)?.pos === 'PUNCT' ? last - 1 : last;
  for (let p = 1; p <= end; p++) {
    const phrase = sentence.phrases[p];
    if (phrase?.kind !== 'vg' || !SPEECH_VERBS.has(verbLemma(phrase.head))) continue;
    const before = sentence.phrases[p - 1];
    const inverted = before?.kind === 'word' && sentence.phrases[p + 1]?.kind === 'np' && p + 1 === end;
    const plain = before?.kind === 'np' && p === end;
    const speakerAt = inverted ? p + 1 : p - 1;
    const contentEnd = inverted ? p - 1 : p - 2;
    if ((!inverted && !plain) || !isClosingMark(sentence.wordAt(contentEnd)?.text)) continue;
    let contentStart = 0;
    while (sentence.wordAt(contentStart)?.pos === 'PUNCT') contentStart++;
    let stop = contentEnd;
    while (stop > contentStart && sentence.wordAt(stop)?.pos === 'PUNCT') stop--;
    if (stop - contentStart < 2) continue;
    const speaker = sentence.phrases[speakerAt] as NounPhrase;
    const relation: Relation = { groups: [phrase], tokens: [...phrase.tokens] };
    const content = sentence.tokensOf(contentStart, stop);
    triples.emit({ conjuncts: [speaker], tokens: speaker.tokens }, relation, { conjuncts: [], tokens: content }, 'active', 0.7, { clausal: true });
    return;
  }
}

const isClosingMark = (text: string | undefined): boolean => text !== undefined && /^[,"”'’`]+$/.test(text);

/** `X said (that) ...`: the clause is the object, and what it states is attributed to X. */
export function emitClause(
  sentence: Sentence,
  triples: TripleBuilder,
  subject: Argument,
  relation: Relation,
  q: number,
  construction: Construction,
  confidence: number,
): void {
  let end = sentence.phrases.length - 1;
  while (end > q && sentence.wordAt(end)?.pos === 'PUNCT') end--;
  const clause = sentence.tokensOf(q, end);
  if (clause.length > 1) triples.emit(subject, relation, { conjuncts: [], tokens: clause }, construction, confidence - 0.2, { clausal: true });
  const last = relation.groups[relation.groups.length - 1]!;
  const speaker = subject.conjuncts[0];
  if (SPEECH_VERBS.has(verbLemma(last.head)) && speaker !== undefined && triples.attribution === undefined) {
    triples.attribution = sentence.mention(speaker, speaker.tokens).name;
  }
}
