/** A node's card: type, aliases with the reason each was merged, documents, and relations out and in with their evidence. */
import type { NodeCard, NodeRef, RelationGroup } from '../../src/server/api-types.js';
import { el, link } from './dom.js';
import { renderEvidenceList, type OpenEvidence } from './evidence-view.js';

export interface CardActions {
  openNode(key: string): void;
  openEdge(key: string): void;
  openEvidence: OpenEvidence;
  openDocument(id: string): void;
}

const EVIDENCE_SHOWN = 3;

export function renderNodeCard(card: NodeCard, actions: CardActions): HTMLElement {
  const reasons = new Map(card.merges.map((m) => [m.alias, m.reason]));
  return el('article', { class: 'node-card', data: { key: card.key } },
    el('p', { class: 'facts' },
      el('span', { class: `type type-${card.type}`, text: card.type }),
      ` ${card.mentions} mention${card.mentions === 1 ? '' : 's'} · ${card.degree} relation${card.degree === 1 ? '' : 's'}`),
    section('Also called', 'names', el('ul', { class: 'aliases' }, ...card.aliases.map(({ alias, count }) => {
      const reason = reasons.get(alias);
      return el('li', {}, el('span', { class: 'alias', text: alias }), el('span', { class: 'count', text: ` ×${count}` }),
        reason === undefined ? '' : el('span', { class: 'reason', text: ` — ${reason}` }));
    }))),
    relations('Relations out', 'out', card.out, actions),
    relations('Relations in', 'in', card.in, actions),
    section('Documents', 'documents', el('ul', { class: 'document-list' }, ...card.documents.map((doc) => el('li', {}, link(doc.title, () => actions.openDocument(doc.id), 'document-link'))))),
  );
}

function relations(title: string, side: 'out' | 'in', groups: RelationGroup[], actions: CardActions): HTMLElement {
  if (groups.length === 0) return el('section', { class: `relations ${side} empty` });
  return section(title, `relations ${side}`, ...groups.map((group) =>
    el('div', { class: 'relation-group', data: { lemma: group.lemma, side } },
      // the lemma names the relation across its readings (`letter to`, `wrote to` are both `write to`)
      el('h4', { class: 'relation' }, group.label,
        group.lemma === group.label ? '' : el('span', { class: 'lemma', text: ` · ${group.lemma}` })),
      el('ul', { class: 'relation-edges' }, ...group.edges.map(({ edge, other, weight, evidence }) =>
        el('li', { class: 'relation-edge', data: { edge } },
          el('div', { class: 'edge-line' },
            el('span', { class: 'arrow', text: side === 'out' ? '→ ' : '← ' }),
            nodeLink(other, actions),
            ' ',
            link(`${weight} sentence${weight === 1 ? '' : 's'}`, () => actions.openEdge(edge), 'edge-link')),
          renderEvidenceList(evidence, actions.openEvidence, EVIDENCE_SHOWN)))),
    ),
  ));
}

function nodeLink(node: NodeRef, actions: CardActions): HTMLButtonElement {
  const button = link(node.label, () => actions.openNode(node.key), `node-link type-${node.type}`);
  button.dataset.key = node.key;
  return button;
}

function section(title: string, className: string, ...content: Node[]): HTMLElement {
  return el('section', { class: className }, el('h3', { text: title }), ...content);
}
