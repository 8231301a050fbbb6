/** The pieces every console answer is made of: actor names that open the card, edges with their sentences, lists that open on demand. */
import type { EdgeView, NodeRef } from '../../src/api-types.js';
import type { RelationEdges } from '../../src/query/answers/groups.js';
import { el, link } from './dom.js';
import { renderEvidenceList, type OpenEvidence } from './evidence-view.js';

export interface AnswerActions {
  openNode(key: string): void;
  openEdge(key: string): void;
  openEvidence: OpenEvidence;
}

export function actorLink(actor: NodeRef, actions: AnswerActions): HTMLButtonElement {
  const button = link(actor.label, () => actions.openNode(actor.key), `node-link actor type-${actor.type}`);
  button.dataset.key = actor.key;
  button.title = `open ${actor.label}'s card`;
  return button;
}

/** `Antony Blinken —wrote to→ Ashraf Ghani · 2 sentences`, the relation opening the edge's card, then its first sentences. */
export function edgeItem(edge: EdgeView, actions: AnswerActions, sentencesShown: number): HTMLLIElement {
  const relation = link(`—${edge.label}→`, () => actions.openEdge(edge.key), 'relation edge-link');
  relation.title = `open every sentence behind ${edge.source.label} ${edge.label} ${edge.target.label}`;
  return el('li', { class: 'answer-edge', data: { edge: edge.key } },
    el('p', { class: 'edge-line' },
      actorLink(edge.source, actions), ' ', relation, ' ', actorLink(edge.target, actions),
      el('span', { class: 'weight', text: ` · ${edge.weight} sentence${edge.weight === 1 ? '' : 's'}` })),
    renderEvidenceList(edge.evidence, actions.openEvidence, sentencesShown));
}

/** Each relation under its name and count, its edges below; long relations and long lists of relations open on demand. */
export function relationGroups(groups: readonly RelationEdges[], actions: AnswerActions, shown: { groups: number; edges: number; sentences: number }): HTMLElement {
  const blocks = groups.map((group) =>
    el('div', { class: 'answer-relation', data: { lemma: group.lemma } },
      el('h5', { class: 'relation-title', text: `${group.label} (${group.edges.length})` }),
      collapsible('ul', 'answer-edges', group.edges.map((edge) => edgeItem(edge, actions, shown.sentences)), shown.edges, 'edge')));
  return collapsible('div', 'answer-relations', blocks, shown.groups, 'relation');
}

/**
 * `items` in a `tag` element, the first `shownAtFirst` shown and the rest behind a "12 more edges"
 * button: a hub's answer runs to hundreds of lines. The rest are in the page, hidden, so the filter
 * note marks them too.
 */
export function collapsible(tag: 'ul' | 'ol' | 'div', className: string, items: HTMLElement[], shownAtFirst: number, noun: string): HTMLElement {
  const list = el(tag, { class: className }, ...items);
  const rest = items.slice(shownAtFirst);
  if (rest.length === 0) return list;
  for (const item of rest) item.hidden = true;
  const more = el('button', { class: 'more', text: `${rest.length} more ${noun}${rest.length === 1 ? '' : 's'}`, attrs: { type: 'button' } });
  const holder = el(tag === 'div' ? 'div' : 'li', { class: 'answer-more' }, more);
  more.addEventListener('click', () => {
    for (const item of rest) item.hidden = false;
    holder.remove();
  });
  list.append(holder);
  return list;
}

/**
 * The summary line with the actors it names turned into links to their cards: the first whole-word
 * appearance of each label (`5 actor(s) within 1 step(s) of [Ashraf Ghani]`); longer labels first, so
 * `Ashraf Ghani` wins over `Ghani`.
 */
export function linkedSummary(summary: string, named: readonly NodeRef[], actions: AnswerActions): DocumentFragment {
  type Piece = string | NodeRef;
  let pieces: Piece[] = [summary];
  const byLength = [...new Map(named.map((actor) => [actor.key, actor])).values()].sort((a, b) => b.label.length - a.label.length);
  for (const actor of byLength) {
    if (actor.label === '') continue;
    const at = pieces.findIndex((piece) => typeof piece === 'string' && wordAt(piece, actor.label) >= 0);
    if (at < 0) continue;
    const text = pieces[at] as string;
    const start = wordAt(text, actor.label);
    pieces = [...pieces.slice(0, at), text.slice(0, start), actor, text.slice(start + actor.label.length), ...pieces.slice(at + 1)];
  }
  const fragment = document.createDocumentFragment();
  for (const piece of pieces) fragment.append(typeof piece === 'string' ? piece : actorLink(piece, actions));
  return fragment;
}

/** Where `word` first stands in `text` with no letter or digit touching it, or -1. */
function wordAt(text: string, word: string): number {
  const touching = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !touching.test(before)) && (after === undefined || !touching.test(after))) return at;
  }
  return -1;
}
