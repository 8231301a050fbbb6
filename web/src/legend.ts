/**
 * The legend: what the view takes in (concepts, expanded nodes), what colour, size and labels stand
 * for, each type's colour and count with a checkbox to show it, the kinds of edges with a relation
 * filter (matched as the console's `via`), and the evidence filters (hedged, negated, read through a pronoun).
 */
import type { GraphPayload } from '../../src/api-types.js';
import { matchesRelation } from '../../src/query/relation-match.js';
import { el } from './dom.js';
import type { Encodings } from './encodings.js';
import type { PageGraph } from './graph-data.js';
import { OTHER_COMMUNITY } from './palette.js';
import type { ColorBy, SizeBy, ViewState } from './view-state.js';

export interface LegendEvents {
  /** A filter or an encoding changed: redraw. */
  changed(): void;
  /** What the view takes in changed: redraw and frame it again. */
  scopeChanged(): void;
}

export function renderLegend(container: HTMLElement, graph: PageGraph, types: GraphPayload['types'], encodings: Encodings, state: ViewState, events: LegendEvents): void {
  const body = el('div', { class: 'legend-body' },
    viewSection(graph, encodings, state, events),
    typeSection(types, state, events),
    relationSection(graph, state, events),
    evidenceSection(state, events),
  );
  // a summary keeps the legend one click away on a small screen
  const details = el('details', { class: 'legend-details' }, el('summary', { text: 'Legend and filters' }), body);
  details.open = window.matchMedia('(min-width: 900px)').matches;
  container.replaceChildren(details);
}

function viewSection(graph: PageGraph, encodings: Encodings, state: ViewState, events: LegendEvents): HTMLElement {
  const overview = graph.filterNodes((_key, node) => node.overview).length;
  const concepts = checkbox(state.showConcepts, 'show-concepts', (on) => ((state.showConcepts = on), events.scopeChanged()));
  const reset = el('button', { class: 'reset-view', text: 'Reset view', attrs: { type: 'button', 'data-control': 'reset-view' }, title: 'Drop the nodes brought in by “expand”' });
  reset.addEventListener('click', () => {
    state.expanded.clear();
    events.scopeChanged();
  });
  const colorBy = select<ColorBy>('color-by', 'Colour by', state.colorBy, [['type', 'type'], ['community', 'community (Louvain)']], (value) => {
    state.colorBy = value;
    communities.hidden = value !== 'community';
    events.changed();
  });
  const sizeBy = select<SizeBy>('size-by', 'Size by', state.sizeBy, [['degree', 'degree'], ['pagerank', 'PageRank'], ['betweenness', 'betweenness']], (value) => {
    state.sizeBy = value;
    events.changed();
  });
  const density = el('input', { attrs: { type: 'range', min: '0', max: '1', step: '0.05', 'aria-label': 'Label density', 'data-control': 'label-density' } });
  density.value = String(state.labelDensity);
  density.addEventListener('input', () => {
    state.labelDensity = Number(density.value);
    events.changed();
  });
  const communities = el('ul', { class: 'legend-communities' },
    ...[...encodings.communityColors].map(([community, color], rank) => swatchItem(color, `community ${rank + 1}`, String(community))),
    swatchItem(OTHER_COMMUNITY, 'smaller communities', 'other'));
  communities.hidden = state.colorBy !== 'community';
  return el('section', { class: 'legend-view' },
    el('h2', { text: 'View' }),
    el('p', { class: 'scope-note', text: `${overview} actors tied to another actor; the rest come with concepts, a search or “expand”.` }),
    el('label', {}, concepts, 'show concepts and every actor'),
    reset,
    colorBy,
    communities,
    sizeBy,
    el('label', { class: 'density' }, 'Labels', density),
  );
}

function typeSection(types: GraphPayload['types'], state: ViewState, events: LegendEvents): HTMLElement {
  const typeList = el('ul', { class: 'legend-types' });
  for (const { type, color, count } of types) {
    const box = checkbox(!state.hiddenTypes.has(type), '', (shown) => {
      if (shown) state.hiddenTypes.delete(type);
      else state.hiddenTypes.add(type);
      events.changed();
    });
    box.dataset.type = type;
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = color; // from script, which the page's CSP allows
    typeList.append(el('li', {}, el('label', {}, box, swatch, type, el('span', { class: 'count', text: String(count) }))));
  }
  return el('section', {}, el('h2', { text: 'Types' }), typeList);
}

function relationSection(graph: PageGraph, state: ViewState, events: LegendEvents): HTMLElement {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, { lemma }) => counts.set(lemma, (counts.get(lemma) ?? 0) + 1));
  const lemmas = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const list = el('datalist', { attrs: { id: 'relation-list' } }, ...lemmas.map(([lemma, count]) => el('option', { attrs: { value: lemma, label: `${count} edge${count === 1 ? '' : 's'}` } })));
  const input = el('input', { class: 'relation-filter', attrs: { type: 'search', list: 'relation-list', placeholder: 'every relation', 'aria-label': 'Only the relation', 'data-control': 'relation' } });
  input.value = state.relation ?? '';
  const message = el('p', { class: 'relation-message' });
  input.addEventListener('change', () => {
    const value = input.value.trim().toLowerCase();
    // as the console's `via`: `ask` keeps `ask` and `ask to`
    const known = value === '' || graph.someEdge((_edge, attributes) => matchesRelation(attributes, value));
    message.textContent = known ? '' : `no relation “${value}” in this graph`;
    state.relation = value === '' || !known ? null : value;
    events.changed();
  });
  return el('section', { class: 'legend-relations' },
    el('h2', { text: 'Relations' }),
    el('ul', { class: 'edge-kinds' },
      el('li', {}, el('span', { class: 'edge-key straight' }), 'one relation, thicker with more sentences'),
      el('li', {}, el('span', { class: 'edge-key curved' }), 'several relations between one pair, each bent its own way'),
      el('li', {}, el('span', { class: 'edge-key lit' }), 'on the selection or the console’s answer')),
    el('label', { class: 'relation-label' }, 'only', input),
    list,
    message,
  );
}

function evidenceSection(state: ViewState, events: LegendEvents): HTMLElement {
  const hedged = checkbox(state.hideHedged, 'hedged', (on) => ((state.hideHedged = on), events.changed()));
  const negated = checkbox(state.hideNegated, 'negated', (on) => ((state.hideNegated = on), events.changed()));
  const resolved = checkbox(state.hideResolved, 'resolved', (on) => ((state.hideResolved = on), events.changed()));
  return el('section', {},
    el('h2', { text: 'Evidence' }),
    el('ul', { class: 'legend-filters' },
      el('li', {}, el('label', { title: 'reportedly, allegedly, according to …' }, hedged, 'hide hedged')),
      el('li', {}, el('label', { title: 'did not, never …' }, negated, 'hide negated')),
      el('li', {}, el('label', { title: 'he, she … read as the person named before' }, resolved, 'hide read through a pronoun')),
    ),
  );
}

function checkbox(checked: boolean, filter: string, onToggle: (checked: boolean) => void): HTMLInputElement {
  const box = el('input', { attrs: { type: 'checkbox' } });
  if (filter !== '') box.dataset.filter = filter;
  box.checked = checked;
  box.addEventListener('change', () => onToggle(box.checked));
  return box;
}

function select<T extends string>(control: string, title: string, value: T, options: [T, string][], onChange: (value: T) => void): HTMLLabelElement {
  const choice = el('select', { attrs: { 'data-control': control } }, ...options.map(([v, text]) => el('option', { text, attrs: { value: v } })));
  choice.value = value;
  choice.addEventListener('change', () => onChange(choice.value as T));
  return el('label', { class: 'choice' }, `${title} `, choice);
}

function swatchItem(color: string, text: string, community: string): HTMLLIElement {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.backgroundColor = color;
  return el('li', { data: { community } }, swatch, text);
}
