/** `kg extract`: prints triples without storing them, as JSON lines or in the OpenIE/CaRB TSV layout. */
import { readInputs, toDocument } from '../../ingest/index.js';
import { extract } from '../../nlp/extract.js';
import { shippedParser } from '../../pipeline/parser-model.js';
import { learnLexicon } from '../../nlp/lexicon.js';
import type { Document, Triple } from '../../types.js';
import { openieLine, tripleSentence } from '../../export/openie-tsv.js';
import { Problems, sentenceFailure } from '../report.js';

export interface ExtractCommandOptions {
  format: 'jsonl' | 'tsv';
  /** Each input line is one sentence (the CaRB layout), not part of a document. */
  sentences: boolean;
  stdin?: NodeJS.ReadableStream;
  out?: NodeJS.WritableStream;
}

export async function extractCommand(paths: string[], options: ExtractCommandOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  const problems = new Problems();
  const readOptions = { onError: problems.report, ...(options.stdin === undefined ? {} : { stdin: options.stdin, stdinFormat: 'txt' as const }) };
  const documents: Document[] = [];
  for await (const source of readInputs(paths, readOptions)) {
    if (!options.sentences) {
      documents.push(toDocument(source));
      continue;
    }
    for (const line of source.text.split('\n')) {
      if (line.trim() !== '') documents.push(toDocument({ source: source.source, title: line, text: line }));
    }
  }
  const lexicon = learnLexicon(documents.map((d) => d.text));
  for (const doc of documents) {
    const onSentenceError = (error: unknown, sentence: { start: number }): void => problems.report(sentenceFailure(doc.source, sentence, error));
    const extracted = extract(doc, { parser: shippedParser(), lexicon, onSentenceError });
    for (const triple of extracted.triples) {
      // with --sentences the line is the sentence, whole, as CaRB's gold has it, however the splitter reads it
      const sentence = options.sentences ? doc.text : tripleSentence(extracted, triple);
      out.write(options.format === 'tsv' ? openieLine(sentence, triple) : jsonLine(doc, triple));
    }
  }
  return problems.count > 0 ? 1 : 0;
}

function jsonLine(doc: Document, triple: Triple): string {
  return `${JSON.stringify({
    doc: doc.id,
    title: doc.title,
    sentence: triple.sentence,
    subject: { text: triple.subject.text, name: triple.subject.name, type: triple.subject.type },
    relation: triple.relation,
    lemma: triple.lemma,
    object: { text: triple.object.text, name: triple.object.name, type: triple.object.type },
    ...(triple.complement === undefined ? {} : { complement: triple.complement }),
    ...(triple.setting === undefined ? {} : { setting: triple.setting }),
    flags: triple.flags,
    construction: triple.construction,
    confidence: triple.confidence,
    span: triple.span,
    evidence: doc.text.slice(triple.span.start, triple.span.end),
  })}\n`;
}
