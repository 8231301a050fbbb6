/**
 * A node's card: type, aliases with the reason each was merged, documents, and relations out and
 * in with their evidence. A hub has hundreds of relations: actions come first, `is`/`has` after,
 * and each list opens on its first few with a control for the rest.
 */
import type { NodeCard, NodeRef, RelationGroup } from '../../src/api-types.js';
import { el, link } from './dom.js';
import { renderEvidenceList, type OpenEvidence } from './evidence-view.js';

export interface CardActions {
  openNode(key: string): void;
  openEdge(key: string): void;
  openEvidence: OpenEvidence;
  openDocument(id: string): void;
}

/** Shown before a "more" control: relation groups per side, edges per group, sentences per edge, names, documents. */
const GROUPS_SHOWN = 5;
const EDGES_SHOWN = 2;
const EVIDENCE_SHOWN = 1;
const NAMES_SHOWN = 6;
const DOCUMENTS_SHOWN = 5;

export function renderNodeCard(card: NodeCard, actions: CardActions): HTMLElement {
  const reasons = new Map(card.merges.map((m) => [m.alias, m.reason]));
  return el('article', { class: 'node-card', data: { key: card.key } },
    el('p', { class: 'facts' },
      el('span', { class: `type type-${card.type}`, text: card.type }),
      ` ${card.mentions} mention${card.mentions === 1 ? '' : 's'} · ${card.degree} relation${card.degree === 1 ? '' : 's'}`),
    section('Also called', 'names', el('ul', { class: 'aliases' }, ...collapsed(card.aliases.map(({ alias, count }) => {
      const reason = reasons.get(alias);
      return el('li', {}, el('span', { class: 'alias', text: alias }), el('span', { class: 'count', text: ` ×${count}` }),
        reason === undefined ? '' : el('span', { class: 'reason', text: ` — ${reason}` }));
    }), NAMES_SHOWN, (n) => `${n} more name${n === 1 ? '' : 's'}`, 'more-names'))),
    relations('Relations out', 'out', card.out, actions),
    relations('Relations in', 'in', card.in, actions),
    section('Documents', 'documents', el('ul', { class: 'document-list' }, ...collapsed(
      card.documents.map((doc) => el('li', {}, link(doc.title, () => actions.openDocument(doc.id), 'document-link'))),
      DOCUMENTS_SHOWN, (n) => `${n} more document${n === 1 ? '' : 's'}`, 'more-documents'))),
  );
}

function relations(title: string, side: 'out' | 'in', groups: RelationGroup[], actions: CardActions): HTMLElement {
  if (groups.length === 0) return el('section', { class: `relations ${side} empty` });
  const items = groups.map((group, index) => {
    const item = relationGroup(group, side, actions);
    // the actions come first (node-card.ts on the server): a line marks where `is`/`has` begin after them
    return group.kind === 'state' && groups[index - 1]?.kind === 'action'
      ? [el('p', { class: 'kind-divider', text: 'is, has …' }), item]
      : [item];
  });
  return section(title, `relations ${side}`, ...collapsed(items.map((parts) => el('div', { class: 'relation-entry' }, ...parts)), GROUPS_SHOWN, (n) => `${n} more relation${n === 1 ? '' : 's'}`, 'more-groups'));
}

function relationGroup(group: RelationGroup, side: 'out' | 'in', actions: CardActions): HTMLElement {
  const edges = group.edges.map(({ edge, other, weight, evidence }) =>
    el('li', { class: 'relation-edge', data: { edge } },
      el('div', { class: 'edge-line' },
        el('span', { class: 'arrow', text: side === 'out' ? '→ ' : '← ' }),
        nodeLink(other, actions),
        ' ',
        link(`${weight} sentence${weight === 1 ? '' : 's'}`, () => actions.openEdge(edge), 'edge-link')),
      renderEvidenceList(evidence, actions.openEvidence, EVIDENCE_SHOWN)));
  return el('div', { class: `relation-group kind-${group.kind}`, data: { lemma: group.lemma, side, kind: group.kind } },
    // the lemma names the relation across its readings (`letter to`, `wrote to` are both `write to`)
    el('h4', { class: 'relation' }, group.label,
      group.lemma === group.label ? '' : el('span', { class: 'lemma', text: ` · ${group.lemma}` })),
    el('p', { class: 'group-counts', text: `${count(group.edges.length, 'edge')} · ${count(group.sentences, 'sentence')}` }),
    el('ul', { class: 'relation-edges' }, ...collapsed(edges, EDGES_SHOWN, (n) => `${n} more`, 'more-edges')));
}

/** The first `shown` items, then one control that shows the rest (kept in the page, hidden, so a find in the page sees them once shown). */
function collapsed(items: HTMLElement[], shown: number, label: (hidden: number) => string, className: string): HTMLElement[] {
  if (items.length <= shown + 1) return items; // a control in place of one item would save nothing
  const rest = items.slice(shown);
  for (const item of rest) item.hidden = true;
  const more = el('button', { class: `more ${className}`, text: label(rest.length), attrs: { type: 'button' } });
  const holder = items[0]!.tagName === 'LI' ? el('li', { class: 'more-holder' }, more) : el('div', { class: 'more-holder' }, more);
  more.addEventListener('click', () => {
    for (const item of rest) item.hidden = false;
    holder.remove();
  });
  return [...items, holder];
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function nodeLink(node: NodeRef, actions: CardActions): HTMLButtonElement {
  const button = link(node.label, () => actions.openNode(node.key), `node-link type-${node.type}`);
  button.dataset.key = node.key;
  return button;
}

function section(title: string, className: string, ...content: Node[]): HTMLElement {
  return el('section', { class: className }, el('h3', { text: title }), ...content);
}
