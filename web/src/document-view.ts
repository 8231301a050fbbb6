/**
 * A document's text with every evidence span marked and one span (the evidence that was clicked)
 * picked out and scrolled into view. Spans overlap, so the text is cut at every span boundary.
 */
import type { DocumentView, DocumentMark } from '../../src/api-types.js';
import { el } from './dom.js';
import { sourceLink } from './source-link.js';

export interface Span {
  start: number;
  end: number;
}

export function renderDocument(doc: DocumentView, chosen: Span | null, openEdge: (key: string) => void): { body: HTMLElement; shown: () => void } {
  const text = el('div', { class: 'document-text' }, ...segments(doc, chosen, openEdge));
  const meta = [doc.date, doc.source].filter((part) => part !== undefined && part !== '').join(' · ');
  const body = el('article', { class: 'document', data: { id: doc.id } },
    el('h3', { class: 'document-title', text: doc.title }),
    el('p', { class: 'facts', text: `${meta}${meta === '' ? '' : ' · '}${doc.marks.length} evidence span${doc.marks.length === 1 ? '' : 's'}` },
      ...(doc.url === undefined ? [] : [' · ', sourceLink(doc.url, doc.source)])),
    text);
  const shown = (): void => text.querySelector('mark.chosen')?.scrollIntoView({ block: 'center' });
  return { body, shown };
}

function segments(doc: DocumentView, chosen: Span | null, openEdge: (key: string) => void): (Node | string)[] {
  const length = doc.text.length;
  const clamp = (n: number): number => Math.max(0, Math.min(length, n));
  const cuts = new Set([0, length]);
  for (const span of chosen === null ? doc.marks : [...doc.marks, chosen]) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: (Node | string)[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const piece = doc.text.slice(from, to);
    const covering = doc.marks.filter((m) => m.start <= from && m.end >= to);
    const isChosen = chosen !== null && chosen.start <= from && chosen.end >= to;
    if (covering.length === 0 && !isChosen) parts.push(piece);
    else parts.push(mark(piece, covering, isChosen, openEdge));
  }
  return parts;
}

function mark(piece: string, covering: DocumentMark[], chosen: boolean, openEdge: (key: string) => void): HTMLElement {
  const relations = [...new Set(covering.map((m) => m.relation))];
  const element = el('mark', { class: chosen ? 'evidence chosen' : 'evidence', text: piece, title: relations.join(' · ') });
  const first = covering[0];
  if (first !== undefined) {
    element.dataset.edge = first.edge;
    element.addEventListener('click', () => openEdge(first.edge));
  }
  return element;
}
