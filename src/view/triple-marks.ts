/**
 * Where the subject, the relation and the object of a piece of evidence stand in its sentence, so
 * the page can mark all three. Evidence keeps only the span from the first to the last word of
 * the triple; the store's documents keep the triple it was read from, whose subject and object
 * mentions carry their own offsets. The relation's offsets are kept nowhere: its words (as read,
 * `wrote to`) are looked for inside the span, outside both ends, in order; a word the sentence
 * does not hold (`be` of an apposition `Blinken, the Secretary of State`) is not marked.
 */
import type { Evidence, ExtractedDocument, Span, Triple } from '../types.js';

export type TripleRole = 'subject' | 'relation' | 'object';

/** A marked part of a sentence, in document offsets (`[start, end)`). */
export interface TripleMark extends Span {
  role: TripleRole;
}

const triplesByDocument = new WeakMap<ExtractedDocument, Map<string, Triple>>();

const tripleKey = (sentence: number, span: Span, relation: string): string => `${sentence}:${span.start}:${span.end}:${relation}`;

/** The triple a piece of evidence was read from; indexed once per document. */
export function evidenceTriple(evidence: Evidence, doc: ExtractedDocument | undefined): Triple | undefined {
  if (doc === undefined) return undefined;
  let index = triplesByDocument.get(doc);
  if (index === undefined) {
    index = new Map();
    // the first reading wins, as in the graph, where the same span read twice is one piece of evidence
    for (const triple of doc.triples) {
      const key = tripleKey(triple.sentence, triple.span, triple.relation);
      if (!index.has(key)) index.set(key, triple);
    }
    triplesByDocument.set(doc, index);
  }
  return index.get(tripleKey(evidence.sentence, evidence, evidence.relation));
}

/** The three parts, in text order; empty when the triple is not in the store (a store damaged outside kg). */
export function tripleMarks(evidence: Evidence, doc: ExtractedDocument | undefined): TripleMark[] {
  const triple = evidenceTriple(evidence, doc);
  if (triple === undefined || doc === undefined) return [];
  const ends: TripleMark[] = [
    { role: 'subject', start: triple.subject.start, end: triple.subject.end },
    { role: 'object', start: triple.object.start, end: triple.object.end },
  ].filter((mark): mark is TripleMark => mark.end > mark.start && mark.start >= 0 && mark.end <= doc.text.length);
  const relation = relationMarks(doc.text, triple, ends);
  return [...ends, ...relation].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Each word of the relation found in the span, after the one before, outside both ends; neighbours joined into one mark. */
function relationMarks(text: string, triple: Triple, ends: readonly Span[]): TripleMark[] {
  const marks: TripleMark[] = [];
  let from = triple.span.start;
  for (const word of triple.relation.split(/\s+/u).filter((w) => w !== '')) {
    const found = findWord(text, word, from, triple.span.end, ends);
    if (found === undefined) continue;
    const last = marks[marks.length - 1];
    if (last !== undefined && /^\s*$/u.test(text.slice(last.end, found.start))) last.end = found.end;
    else marks.push({ role: 'relation', ...found });
    from = found.end;
  }
  return marks;
}

/** Where `word` stands as a whole word, in any case, within `[from, to)` and outside every span of `ends`. */
function findWord(text: string, word: string, from: number, to: number, ends: readonly Span[]): Span | undefined {
  const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'giu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index + match[0].length <= to; match = pattern.exec(text)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const whole = !isWordChar(text[start - 1]) && !isWordChar(text[end]);
    const inside = ends.some((span) => start < span.end && end > span.start);
    if (whole && !inside) return { start, end };
    pattern.lastIndex = start + 1;
  }
  return undefined;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
