/** A console entry: the query echoed, then its answer as text with each path's hops and sentences, or the error with a caret. */
import type { PathView, QueryAnswer } from '../../src/server/api-types.js';
import { ApiRequestError, describeFailure } from './api.js';
import { el } from './dom.js';
import { renderEvidenceList, type OpenEvidence } from './evidence-view.js';

export function renderAnswer(answer: QueryAnswer, openEvidence: OpenEvidence): HTMLElement {
  const paths = answer.paths ?? [];
  return el('div', { class: `answer kind-${answer.kind}` },
    el('p', { class: 'summary', text: answer.summary + (answer.truncated ? ' (stopped early)' : '') }),
    // a path's text repeats what its hops show, so a path answer shows the hops instead
    paths.length > 0 ? el('div', { class: 'paths' }, ...paths.map((path, index) => renderPath(path, index, openEvidence))) : el('pre', { class: 'answer-text', text: answer.text }),
  );
}

function renderPath(path: PathView, index: number, openEvidence: OpenEvidence): HTMLElement {
  return el('ol', { class: 'path', data: { index: String(index) } }, ...path.hops.map((hop, step) =>
    el('li', { class: 'hop', data: { edge: hop.edge, step: String(step) } },
      el('p', { class: 'hop-line' },
        el('span', { class: 'node', text: hop.from.label }),
        el('span', { class: 'relation', text: hop.forward ? ` —${hop.label}→ ` : ` ←${hop.label}— ` }),
        el('span', { class: 'node', text: hop.to.label })),
      renderEvidenceList(hop.evidence, openEvidence, 2))));
}

export function renderFailure(query: string, error: unknown): HTMLElement {
  const position = error instanceof ApiRequestError && error.body.error === 'InvalidQuery' ? error.body.position : undefined;
  const detail = el('p', { class: 'error', text: describeFailure(error) });
  if (position === undefined) return el('div', { class: 'answer failed' }, detail);
  // the caret sits under the character where the query stopped making sense
  const caret = `${' '.repeat(Math.max(0, Math.min(position, query.length)))}^`;
  return el('div', { class: 'answer failed' }, el('pre', { class: 'caret', text: `${query}\n${caret}` }), detail);
}
