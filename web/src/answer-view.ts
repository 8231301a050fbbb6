/**
 * A console entry's answer, laid out by kind: the summary once (its actors linked to their cards),
 * then paths hop by hop in their colours, a neighbourhood ring by ring and relation by relation, the
 * edges of a pattern by relation, an actor's relations out and in, or a list of actors. A failed
 * query shows its error with a caret.
 */
import type { ActorSummary, EdgeView, NodeRef, PathView, QueryAnswer } from '../../src/api-types.js';
import { byDistance, byRelation } from '../../src/query/answers/groups.js';
import { ApiRequestError, describeFailure } from './api.js';
import { actorLink, collapsible, linkedSummary, relationGroups, type AnswerActions } from './answer-parts.js';
import { el, link } from './dom.js';
import { renderEvidenceList } from './evidence-view.js';
import { HIGHLIGHT_EDGE, pathColour } from './palette.js';

/** How much of a long answer shows before "more": hubs on the corpus have hundreds of edges. */
const SHOWN = {
  pattern: { groups: 8, edges: 5, sentences: 2 },
  actor: { groups: 6, edges: 3, sentences: 1 },
  ring: { groups: 6, edges: 3, sentences: 1 },
  ringActors: 24,
  found: 30,
  hopSentences: 2,
};

export function renderAnswer(answer: QueryAnswer, actions: AnswerActions): HTMLElement {
  // help's summary is its whole text: shown once, as the monospace table it is
  if (answer.kind === 'help') return el('div', { class: 'answer kind-help' }, el('pre', { class: 'answer-text', text: answer.text }));
  const summary = el('p', { class: 'summary' }, linkedSummary(answer.summary + (answer.truncated ? ' (stopped early)' : ''), namedIn(answer), actions));
  if (answer.kind === 'show' && answer.nodes[0] !== undefined) {
    const actor = answer.nodes[0];
    summary.append(' ', link('open card', () => actions.openNode(actor.key), 'open-card'));
  }
  // filled by the console when the page's filters hide part of the answer
  const note = el('p', { class: 'filter-note', attrs: { role: 'status' } });
  note.hidden = true;
  return el('div', { class: `answer kind-${answer.kind}` }, summary, note, ...body(answer, actions));
}

function body(answer: QueryAnswer, actions: AnswerActions): HTMLElement[] {
  switch (answer.kind) {
    case 'path':
    case 'paths':
      return (answer.paths ?? []).length === 0 ? [] : [renderPaths(answer.paths!, actions)];
    case 'neighbors':
      return renderRings(answer, actions);
    case 'edges':
      return answer.edges.length === 0 ? [] : [relationGroups(byRelation(answer.edges), actions, SHOWN.pattern)];
    case 'show':
      return renderRelationsOf(answer, actions);
    case 'find':
      return answer.nodes.length === 0 ? [] : [renderActorList(answer.actors ?? answer.nodes, actions)];
    case 'help':
      return [];
  }
}

/** `find blink`: each actor with its type and how connected it is, the best match first. */
function renderActorList(actors: readonly (NodeRef & Partial<ActorSummary>)[], actions: AnswerActions): HTMLElement {
  return collapsible('ol', 'actor-list', actors.map((actor) => el('li', { class: 'actor-item', data: { key: actor.key } },
    actorLink(actor, actions),
    ' ', el('span', { class: `type type-${actor.type}`, text: actor.type }),
    actor.degree === undefined ? '' : el('span', { class: 'actor-facts', text: ` · degree ${actor.degree} · ${actor.mentions} mention(s) in ${actor.documents} document(s)` }))),
  SHOWN.found, 'actor');
}

/** The actors the summary names: a path's two ends, the actor asked about, a pattern's fixed ends. */
function namedIn(answer: QueryAnswer): NodeRef[] {
  switch (answer.kind) {
    case 'path':
    case 'paths': {
      const first = answer.paths?.[0]?.nodes;
      return first === undefined || first.length === 0 ? [] : [first[0]!, first[first.length - 1]!];
    }
    case 'neighbors':
    case 'show':
      return answer.nodes.slice(0, 1);
    case 'edges': {
      // `edges from US rel ask`: US is the source of every edge shown
      const shared = (end: (edge: EdgeView) => NodeRef): NodeRef[] => {
        const first = answer.edges[0];
        return first !== undefined && answer.edges.every((edge) => end(edge).key === end(first).key) ? [end(first)] : [];
      };
      return [...shared((edge) => edge.source), ...shared((edge) => edge.target)];
    }
    default:
      return [];
  }
}

/** Each path under its number and colour, the one it is drawn in on the graph; one path keeps the plain dark highlight. */
function renderPaths(paths: readonly PathView[], actions: AnswerActions): HTMLElement {
  const several = paths.length > 1;
  return el('div', { class: 'paths' }, ...paths.map((path, index) => {
    const colour = several ? pathColour(index) : HIGHLIGHT_EDGE;
    const swatch = el('span', { class: 'path-swatch' });
    swatch.style.backgroundColor = colour; // set from script, which the page's CSP allows
    const block = el('section', { class: 'path-block', data: { index: String(index), colour } },
      several ? el('p', { class: 'path-title' }, swatch, `path ${index + 1} · ${path.hops.length} hop(s) · ${path.documents} document(s)`) : '',
      el('ol', { class: 'path', data: { index: String(index), colour } }, ...path.hops.map((hop, step) => {
        const relation = link(hop.forward ? `—${hop.label}→` : `←${hop.label}—`, () => actions.openEdge(hop.edge), 'relation edge-link');
        return el('li', { class: 'hop', data: { edge: hop.edge, step: String(step) } },
          el('p', { class: 'hop-line' }, actorLink(hop.from, actions), ' ', relation, ' ', actorLink(hop.to, actions)),
          renderEvidenceList(hop.evidence, actions.openEvidence, SHOWN.hopSentences));
      })));
    block.style.borderLeftColor = colour;
    return block;
  }));
}

/** `neighbors A depth 2`: one step out (its actors, then its edges by relation), then two steps out. */
function renderRings(answer: QueryAnswer, actions: AnswerActions): HTMLElement[] {
  if (answer.actors === undefined) return answer.edges.length === 0 ? [] : [relationGroups(byRelation(answer.edges), actions, SHOWN.ring)];
  return byDistance(answer.actors, answer.edges).map((ring) => {
    const edges = ring.relations.reduce((sum, relation) => sum + relation.edges.length, 0);
    return el('section', { class: 'ring', data: { depth: String(ring.depth) } },
      el('h4', { class: 'ring-title', text: `${ring.depth} step${ring.depth === 1 ? '' : 's'} out · ${ring.actors.length} actor(s) · ${edges} edge(s)` }),
      collapsible('ul', 'ring-actors', ring.actors.map((actor) => el('li', { data: { key: actor.key } }, actorLink(actor, actions))), SHOWN.ringActors, 'actor'),
      relationGroups(ring.relations, actions, SHOWN.ring));
  });
}

/** `show A`: its relations out, then in, each by relation as on its card. */
function renderRelationsOf(answer: QueryAnswer, actions: AnswerActions): HTMLElement[] {
  const key = answer.nodes[0]?.key;
  // a loop is listed as out and as in: once is enough here
  const edges = [...new Map(answer.edges.map((edge) => [edge.key, edge])).values()];
  const out = edges.filter((edge) => edge.source.key === key);
  const into = edges.filter((edge) => edge.source.key !== key);
  const sides = [{ side: 'out', title: 'Relations out', list: out }, { side: 'in', title: 'Relations in', list: into }];
  return sides.filter(({ list }) => list.length > 0).map(({ side, title, list }) => el('section', { class: `answer-side ${side}` },
    el('h4', { class: 'side-title', text: `${title} (${list.length})` }),
    relationGroups(byRelation(list), actions, SHOWN.actor)));
}

export function renderFailure(query: string, error: unknown): HTMLElement {
  const position = error instanceof ApiRequestError && error.body.error === 'InvalidQuery' ? error.body.position : undefined;
  const detail = el('p', { class: 'error', text: describeFailure(error) });
  if (position === undefined) return el('div', { class: 'answer failed' }, detail);
  // the caret sits under the character where the query stopped making sense
  const caret = `${' '.repeat(Math.max(0, Math.min(position, query.length)))}^`;
  return el('div', { class: 'answer failed' }, el('pre', { class: 'caret', text: `${query}\n${caret}` }), detail);
}
