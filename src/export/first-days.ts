/**
 * When each node and edge first appears, for GEXF's timeline: a node from the first day a document
 * names it, an edge from the first day of its evidence. Days come from the documents' dates
 * (`document-day.ts`); an element with no dated document has no first day.
 */
import { documentDay } from '../graph/document-day.js';
import type { Evidence } from '../types.js';
import type { DocumentLookup } from './flatten.js';

export class FirstDays {
  readonly #dayOf = new Map<string, string>();

  constructor(documents: DocumentLookup) {
    for (const [id, doc] of documents) {
      const day = documentDay(doc.date);
      if (day !== undefined) this.#dayOf.set(id, day);
    }
  }

  /** Whether any document has a day: without one the graph has no timeline and stays static. */
  get any(): boolean {
    return this.#dayOf.size > 0;
  }

  /** The earliest day among the documents, or undefined when none has one. */
  of(docs: Iterable<string>): string | undefined {
    let first: string | undefined;
    for (const doc of docs) {
      const day = this.#dayOf.get(doc);
      // `YYYY-MM-DD` strings compare as the days they name
      if (day !== undefined && (first === undefined || day < first)) first = day;
    }
    return first;
  }

  ofEvidence(evidence: readonly Evidence[]): string | undefined {
    return this.of(evidence.map((piece) => piece.doc));
  }
}
