/** An edge's evidence: who did what to whom, the flags that qualify it, and every sentence that says so. */
import type { EdgeView } from '../../src/api-types.js';
import { el, link } from './dom.js';
import { renderEvidenceList } from './evidence-view.js';
import type { CardActions } from './node-card.js';

export function renderEdgeCard(edge: EdgeView, actions: CardActions): HTMLElement {
  const qualifiers = [
    edge.negated ? 'negated' : '',
    edge.hedged ? 'hedged' : '',
    edge.modality ?? '',
    edge.attributedTo === undefined ? '' : `said by ${edge.attributedTo}`,
    edge.tense,
  ].filter((q) => q !== '');
  return el('article', { class: 'edge-card', data: { key: edge.key } },
    el('p', { class: 'triple' },
      link(edge.source.label, () => actions.openNode(edge.source.key), `node-link type-${edge.source.type}`),
      el('span', { class: 'relation', text: ` ${edge.label} ` }),
      link(edge.target.label, () => actions.openNode(edge.target.key), `node-link type-${edge.target.type}`)),
    el('p', { class: 'facts', text: `${edge.weight} sentence${edge.weight === 1 ? '' : 's'} · ${qualifiers.join(' · ')}` }),
    renderEvidenceList(edge.evidence, actions.openEvidence),
  );
}
