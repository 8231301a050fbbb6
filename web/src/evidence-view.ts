/** One piece of evidence as a clickable sentence with its span marked, its document and its flags. */
import type { EvidenceView } from '../../src/server/api-types.js';
import { readAs } from '../../src/view/pronoun-reading.js';
import { el, markedText } from './dom.js';

export type OpenEvidence = (evidence: EvidenceView) => void;

export function renderEvidence(evidence: EvidenceView, open: OpenEvidence): HTMLLIElement {
  // the span is in document offsets; the sentence starts at sentenceStart
  const sentence = el('button', { class: 'evidence-sentence', attrs: { type: 'button' }, title: `open “${evidence.docTitle}” at this sentence` },
    markedText(evidence.sentenceText, evidence.start - evidence.sentenceStart, evidence.end - evidence.sentenceStart));
  sentence.addEventListener('click', () => open(evidence));
  return el('li', { class: 'evidence', data: { doc: evidence.doc, start: String(evidence.start), end: String(evidence.end) } },
    sentence,
    el('div', { class: 'evidence-meta' }, el('span', { class: 'doc-title', text: evidence.docTitle }), ...flagBadges(evidence)),
  );
}

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
