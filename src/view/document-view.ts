/** A document with every evidence span in it, so the page can mark the one a reader came from. */
import { NotFoundError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { DocumentMark, DocumentView } from '../api-types.js';

export function documentView(loaded: LoadedGraph, id: string): DocumentView {
  const doc = loaded.documents.get(id);
  if (doc === undefined) throw new NotFoundError(`no document ${JSON.stringify(id)} in this graph`, id);
  const marks: DocumentMark[] = [];
  for (const edge of loaded.edgesOfDocument(id)) {
    for (const evidence of loaded.graph.getEdgeAttribute(edge, 'evidence')) {
      if (evidence.doc === id) marks.push({ start: evidence.start, end: evidence.end, edge, relation: evidence.relation });
    }
  }
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id,
    title: doc.title,
    source: doc.source,
    ...(doc.date === undefined ? {} : { date: doc.date }),
    ...(doc.url === undefined ? {} : { url: doc.url }),
    text: doc.text,
    sentences: doc.sentences.map(({ index, start, end }) => ({ index, start, end })),
    marks,
  };
}
