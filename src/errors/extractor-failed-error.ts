import { InputError } from './input-error.js';

/**
 * The extractor could not read a whole document (a bug in the tagger); the run goes on without it.
 * It carries the document's id and the bare reason, which `kg worker` records on the queue.
 */
export class ExtractorFailedError extends InputError {
  readonly documentId: string;
  readonly reason: string;

  constructor(source: string, documentId: string, reason: string) {
    super(source, `the extractor failed on this document (a bug; please report it): ${reason}`);
    this.documentId = documentId;
    this.reason = reason;
  }
}
