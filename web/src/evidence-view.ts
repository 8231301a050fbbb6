/** One piece of evidence as a clickable sentence with its triple marked, its document's title, day and source, and its flags. */
import type { EvidenceView } from '../../src/api-types.js';
import { readAs } from '../../src/view/pronoun-reading.js';
import { el, markedText } from './dom.js';
import { sourceLink } from './source-link.js';

export type OpenEvidence = (evidence: EvidenceView) => void;

export function renderEvidence(evidence: EvidenceView, open: OpenEvidence): HTMLLIElement {
  const sentence = el('button', { class: 'evidence-sentence', attrs: { type: 'button' }, title: `open “${evidence.docTitle}” at this sentence` }, sentenceText(evidence));
  sentence.addEventListener('click', () => open(evidence));
  const date = evidence.date === undefined ? '' : el('time', { class: 'doc-date', text: evidence.date, attrs: { datetime: evidence.date } });
  return el('li', { class: 'evidence', data: { doc: evidence.doc, start: String(evidence.start), end: String(evidence.end) } },
    sentence,
    el('div', { class: 'evidence-meta' },
      el('span', { class: 'doc-title', text: evidence.docTitle }), date, sourceLink(evidence.url, evidence.source), ...flagBadges(evidence)),
  );
}

/**
 * The sentence with the subject, the relation and the object each in a mark of its own; offsets
 * are in the document, the sentence starts at `sentenceStart`. Evidence without the triple's
 * marks (a store damaged outside kg) marks its whole span, as before.
 */
function sentenceText(evidence: EvidenceView): DocumentFragment {
  const { sentenceText: text, sentenceStart: offset } = evidence;
  if (evidence.marks.length === 0) return markedText(text, evidence.start - offset, evidence.end - offset);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const mark of evidence.marks) {
    const [from, to] = [clamp(mark.start - offset, at, text.length), clamp(mark.end - offset, at, text.length)];
    if (to <= from) continue; // overlaps the mark before it, or outside the sentence
    if (from > at) fragment.append(text.slice(at, from));
    fragment.append(el('mark', { class: `triple-${mark.role}`, text: text.slice(from, to), title: mark.role }));
    at = to;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

const clamp = (n: number, low: number, high: number): number => Math.max(low, Math.min(n, high));

export function renderEvidenceList(evidence: readonly EvidenceView[], open: OpenEvidence, shownAtFirst = Infinity): HTMLOListElement {
  const list = el('ol', { class: 'evidence-list' }, ...evidence.slice(0, shownAtFirst).map((e) => renderEvidence(e, open)));
  const rest = evidence.slice(shownAtFirst);
  if (rest.length > 0) {
    // a hub's card would otherwise run to hundreds of sentences
    const more = el('button', { class: 'more', text: `${rest.length} more sentence${rest.length === 1 ? '' : 's'}`, attrs: { type: 'button' } });
    const item = el('li', { class: 'evidence-more' }, more);
    more.addEventListener('click', () => item.replaceWith(...rest.map((e) => renderEvidence(e, open))));
    list.append(item);
  }
  return list;
}

function flagBadges(evidence: EvidenceView): HTMLElement[] {
  const { flags } = evidence;
  const badges: HTMLElement[] = [];
  if (flags.negated) badges.push(el('span', { class: 'flag negated', text: 'negated' }));
  if (flags.hedged) badges.push(el('span', { class: 'flag hedged', text: 'hedged' }));
  if (flags.modality !== undefined) badges.push(el('span', { class: 'flag', text: flags.modality }));
  if (flags.attributedTo !== undefined) badges.push(el('span', { class: 'flag', text: `said by ${flags.attributedTo}` }));
  if (evidence.complement !== undefined) badges.push(el('span', { class: 'complement', text: evidence.complement }));
  for (const end of evidence.resolved ?? []) badges.push(el('span', { class: 'flag resolved', text: readAs(end, evidence.sentence) }));
  return badges;
}
