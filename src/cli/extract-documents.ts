/** Reads inputs and runs the extractor over the documents a store does not hold yet. */
import type { InputError } from '../errors/index.js';
import { readInputs, toDocument } from '../ingest/index.js';
import { extract } from '../nlp/extract.js';
import { learnLexicon } from '../nlp/lexicon.js';
import type { Document, ExtractedDocument } from '../types.js';
import { startProgress } from './progress.js';
import { sentenceFailure } from './report.js';

export interface ExtractRun {
  documents: ExtractedDocument[];
  /** The store's lexicon with what the new documents taught. */
  lexicon: Record<string, string>;
  /** Documents skipped because the store (or this run) already had their id. */
  known: number;
  words: number;
}

export interface ExtractRunOptions {
  knownIds: ReadonlySet<string>;
  lexicon: Record<string, string>;
  onError: (error: InputError) => void;
  stdin?: NodeJS.ReadableStream;
}

export async function extractDocuments(paths: string[], options: ExtractRunOptions): Promise<ExtractRun> {
  const fresh: Document[] = [];
  const seen = new Set(options.knownIds);
  let known = 0;
  const readOptions = { onError: options.onError, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) };
  for await (const source of readInputs(paths, readOptions)) {
    const doc = toDocument(source);
    if (seen.has(doc.id)) {
      known++; // known ids skip the NLP entirely
      continue;
    }
    seen.add(doc.id);
    fresh.push(doc);
  }
  // names are learnt from the whole batch first, so a name read mid-sentence anywhere helps everywhere
  const lexicon = { ...options.lexicon, ...Object.fromEntries(learnLexicon(fresh.map((doc) => doc.text))) };
  const lexiconMap = new Map(Object.entries(lexicon));
  const progress = startProgress(fresh.length);
  const documents: ExtractedDocument[] = [];
  let words = 0;
  try {
    for (const doc of fresh) {
      const onSentenceError = (error: unknown, sentence: { start: number }): void => options.onError(sentenceFailure(doc.source, sentence, error));
      documents.push(extract(doc, { lexicon: lexiconMap, onSentenceError }));
      const count = wordCount(doc.text);
      words += count;
      progress.tick(count);
    }
  } finally {
    progress.stop();
  }
  return { documents, lexicon, known, words };
}

/** Whitespace-separated words, the unit every words/s figure counts. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
