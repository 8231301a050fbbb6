/**
 * Our resolver's answer to a GAP row: it reads the row's text as a document, finds its mentions
 * itself, and resolves the pronoun at the row's offset; the labelled spans of A and B are used only
 * to read the answer (does the person it chose have a mention over A? over B?).
 */
import { resolveCoreference } from '../../src/coref/index.js';
import { parseText } from '../../src/nlp/parse-document.js';
import type { SentenceParser } from '../../src/nlp/parse-sentence.js';
import type { GapRow } from './gap-file.js';
import type { GapAnswer } from './score.js';

export function predictRow(row: GapRow, parser: SentenceParser): GapAnswer {
  const { links } = resolveCoreference(parseText(row.text, parser));
  const link = links.find(({ pronoun }) => pronoun.start === row.pronounOffset);
  if (link === undefined) return { a: false, b: false };
  const covers = (candidate: GapRow['a']): boolean => {
    const end = candidate.offset + candidate.name.length;
    return link.entity.mentions.some((mention) => mention.kind === 'name' && mention.start < end && candidate.offset < mention.end);
  };
  return { a: covers(row.a), b: covers(row.b) };
}
