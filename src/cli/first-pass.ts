/**
 * The first pass over a run's inputs, shared by extraction (`kg build`, `kg add`, the server) and
 * by `kg ingest`: which documents are new, how many words they hold, and the names they teach.
 */
import { toDocument } from '../ingest/index.js';
import { LexiconLearner } from '../nlp/lexicon.js';
import type { SourceDocument } from '../types.js';
import { aborted, untilStopped } from './until-stopped.js';

export interface FirstPass {
  /** Ids of the new documents, each once; the second pass takes them from here. */
  fresh: Set<string>;
  /** Documents skipped because `knownIds` held their id or the inputs repeated it. */
  known: number;
  /** Words in the new documents. */
  words: number;
  /** Names learnt from the new documents as a whole, to lay over the store's lexicon. */
  learnt: Record<string, string>;
}

/** Reads `inputs` once; a stop (Ctrl-C on `signal`) ends the read with an InterruptedError. */
export async function firstPass(inputs: AsyncGenerator<SourceDocument>, knownIds: ReadonlySet<string>, signal?: AbortSignal): Promise<FirstPass> {
  const learner = new LexiconLearner();
  const fresh = new Set<string>();
  let [known, words] = [0, 0];
  for await (const source of untilStopped(inputs, aborted(signal))) {
    const doc = toDocument(source);
    if (knownIds.has(doc.id) || fresh.has(doc.id)) {
      known++; // known ids skip the NLP entirely
      continue;
    }
    fresh.add(doc.id);
    words += wordCount(doc.text);
    // names are learnt from the whole run, so a name read mid-sentence anywhere helps everywhere
    learner.add(doc.text);
  }
  return { fresh, known, words, learnt: Object.fromEntries(learner.lexicon()) };
}

/** Whitespace-separated words, the unit every words/s figure counts. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
