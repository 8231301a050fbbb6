/** The legend: each type's colour and count with a checkbox to show it, and the evidence filters (hedged, negated, read through a pronoun). */
import type { GraphPayload } from '../../src/server/api-types.js';
import { el } from './dom.js';
import type { ViewState } from './view-state.js';

export function renderLegend(container: HTMLElement, types: GraphPayload['types'], state: ViewState, onChange: () => void): void {
  const typeList = el('ul', { class: 'legend-types' });
  for (const { type, color, count } of types) {
    const box = checkbox(!state.hiddenTypes.has(type), (shown) => {
      if (shown) state.hiddenTypes.delete(type);
      else state.hiddenTypes.add(type);
      onChange();
    });
    box.dataset.type = type;
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = color; // from script, which the page's CSP allows
    typeList.append(el('li', {}, el('label', {}, box, swatch, type, el('span', { class: 'count', text: String(count) }))));
  }
  const hedged = checkbox(state.hideHedged, (on) => ((state.hideHedged = on), onChange()));
  hedged.dataset.filter = 'hedged';
  const negated = checkbox(state.hideNegated, (on) => ((state.hideNegated = on), onChange()));
  negated.dataset.filter = 'negated';
  const resolved = checkbox(state.hideResolved, (on) => ((state.hideResolved = on), onChange()));
  resolved.dataset.filter = 'resolved';
  container.replaceChildren(
    el('h2', { text: 'Types' }),
    typeList,
    el('h2', { text: 'Evidence' }),
    el('ul', { class: 'legend-filters' },
      el('li', {}, el('label', { title: 'reportedly, allegedly, according to …' }, hedged, 'hide hedged')),
      el('li', {}, el('label', { title: 'did not, never …' }, negated, 'hide negated')),
      el('li', {}, el('label', { title: 'he, she … read as the person named before' }, resolved, 'hide read through a pronoun')),
    ),
  );
}

function checkbox(checked: boolean, onToggle: (checked: boolean) => void): HTMLInputElement {
  const box = el('input', { attrs: { type: 'checkbox' } });
  box.checked = checked;
  box.addEventListener('change', () => onToggle(box.checked));
  return box;
}

