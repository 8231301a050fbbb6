/**
 * The date range: two days that keep only the evidence from documents dated between them (both
 * included), so an edge with none left is hidden, together with the legend's evidence filters.
 * The days go in the URL (`?since=`, `?until=`) as the console writes them. A graph without dated
 * documents has no range to choose, and the control stays hidden.
 */
import { el } from './dom.js';
import { readUrlState, writeUrlState } from './url-state.js';
import type { DateWindow, ViewState } from './view-state.js';

export class DateRange {
  readonly #days: readonly string[];
  readonly #from: HTMLInputElement;
  readonly #to: HTMLInputElement;
  readonly #summary: HTMLElement;

  /** `days`: every day a document is dated, ascending (the payload's `days`). */
  constructor(container: HTMLElement, days: readonly string[], private readonly state: ViewState, private readonly onChange: () => void) {
    this.#days = days;
    const [first, last] = [days[0] ?? '', days[days.length - 1] ?? ''];
    this.#from = dayInput('since', first, last, 'Evidence from this day on');
    this.#to = dayInput('until', first, last, 'Evidence up to this day');
    this.#summary = el('p', { class: 'date-summary', attrs: { 'aria-live': 'polite' } });
    const reset = el('button', { class: 'date-reset', text: 'all dates', attrs: { type: 'button' } });
    container.replaceChildren(
      el('h2', { text: 'Dates' }),
      el('div', { class: 'date-inputs' },
        el('label', {}, 'from ', this.#from),
        el('label', {}, 'to ', this.#to),
        reset),
      this.#summary);
    container.hidden = days.length === 0;
    if (days.length === 0) return;
    this.#from.addEventListener('change', () => this.#apply(true));
    this.#to.addEventListener('change', () => this.#apply(true));
    reset.addEventListener('click', () => {
      this.#from.value = '';
      this.#to.value = '';
      this.#apply(true);
    });
    const linked = readUrlState();
    this.#from.value = linked.since ?? '';
    this.#to.value = linked.until ?? '';
    if (linked.since !== null || linked.until !== null) this.#apply(false);
    else this.#describe(null);
  }

  #apply(writeUrl: boolean): void {
    const since = this.#from.value === '' ? null : this.#from.value;
    const until = this.#to.value === '' ? null : this.#to.value;
    const range = since === null && until === null ? null : dateWindow(this.#days, since, until);
    this.state.dateWindow = range;
    this.#describe(range);
    if (writeUrl) writeUrlState({ since, until });
    this.onChange();
  }

  #describe(range: DateWindow | null): void {
    const total = this.#days.length;
    const shown = range === null ? total : Math.max(0, range.last - range.first + 1);
    this.#summary.textContent = range === null
      ? `${total} day${total === 1 ? '' : 's'} with documents, ${this.#days[0]} to ${this.#days[total - 1]}`
      : shown === 0 ? 'no document is dated in this range' : `${shown} of ${total} days with documents`;
  }
}

/** The view's parameters with the date range, when one is in force (its days are in the URL), for "export this view". */
export function withDateRange(params: URLSearchParams, state: Pick<ViewState, 'dateWindow'>): URLSearchParams {
  if (state.dateWindow === null) return params;
  const { since, until } = readUrlState();
  if (since !== null) params.set('since', since);
  if (until !== null) params.set('until', until);
  return params;
}

/** The days between `since` and `until` (both included; null is open) as indexes into `days`; `first > last` when none is. */
export function dateWindow(days: readonly string[], since: string | null, until: string | null): DateWindow {
  // `YYYY-MM-DD` strings compare as the days they name
  const first = since === null ? 0 : countBefore(days, since);
  const last = until === null ? days.length - 1 : countBefore(days, `${until}\u0000`) - 1;
  return { first, last };
}

/** How many of the ascending `days` come before `day`. */
function countBefore(days: readonly string[], day: string): number {
  let [low, high] = [0, days.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function dayInput(name: string, min: string, max: string, label: string): HTMLInputElement {
  return el('input', { class: `date-${name}`, attrs: { type: 'date', name, min, max, 'aria-label': label } });
}
