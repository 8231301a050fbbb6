/** What the main thread and the extraction workers say to each other (structured-clone data only). */
import type { Document, ExtractedDocument } from '../types.js';

/** What extraction adds to a document; the document itself stays with the main thread. */
export type Extraction = Pick<ExtractedDocument, 'sentences' | 'triples'>;

/** Sent to every worker once, before any document. */
export interface ExtractSetup {
  /** The run's lexicon as entries (lowercase word → compromise tag). */
  lexicon: [string, string][];
}

export interface ExtractTask {
  /** The document's place among this run's new documents, so results keep input order. */
  index: number;
  doc: Document;
}

export interface ExtractAnswer {
  index: number;
  extracted?: Extraction;
  /** Why the whole document could not be read (a bug in the tagger); `extracted` is then absent. */
  failure?: string;
  /** Sentences the rules failed on; the document's other sentences are still read. */
  sentenceErrors: { start: number; message: string }[];
}
