/** A worker thread's side of extraction: documents in, triples out, with the corpus lexicon fixed for the run. */
import { parentPort } from 'node:worker_threads';
import { describe } from '../errors/index.js';
import { extract } from '../nlp/extract.js';
import { shippedParser } from './parser-model.js';
import type { Document } from '../types.js';
import type { ExtractAnswer, ExtractSetup, ExtractTask } from './extract-messages.js';

let words = new Map<string, string>();

parentPort!.on('message', (message: ExtractTask | ExtractSetup) => {
  if ('lexicon' in message) words = new Map(message.lexicon);
  else parentPort!.postMessage(answer(message.index, message.doc));
});

function answer(index: number, doc: Document): ExtractAnswer {
  const sentenceErrors: ExtractAnswer['sentenceErrors'] = [];
  try {
    const { sentences, triples } = extract(doc, { parser: shippedParser(), lexicon: words, onSentenceError: (error, sentence) => sentenceErrors.push({ start: sentence.start, message: describe(error) }) });
    // the text goes back to no one: the main thread still has the document
    return { index, extracted: { sentences, triples }, sentenceErrors };
  } catch (error) {
    // the tagger itself failed on this document: it is reported and the run goes on
    return { index, failure: describe(error), sentenceErrors };
  }
}
