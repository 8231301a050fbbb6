/** The header's search: alias-aware suggestions from `/api/search` as the user types, chosen by mouse or keyboard. */
import type { SearchHit } from '../../src/api-types.js';
import { api, describeFailure } from './api.js';
import { el } from './dom.js';

const DEBOUNCE_MS = 150;
const LIMIT = 10;

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onChoose: (hit: SearchHit) => void,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => this.close());
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.lookUp(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async lookUp(query: string): Promise<void> {
    this.pending?.abort(); // an older answer arriving late must not replace a newer one
    if (query === '') return this.close();
    const pending = (this.pending = new AbortController());
    try {
      const found = await api.search(query, LIMIT, pending.signal);
      if (pending.signal.aborted) return;
      this.show(found.results);
    } catch (error) {
      if (pending.signal.aborted) return;
      this.showMessage(describeFailure(error));
    }
  }

  private show(hits: SearchHit[]): void {
    this.hits = hits;
    // nothing is chosen for the reader: Enter with none marked takes the best match
    this.active = -1;
    if (hits.length === 0) return this.showMessage(`nothing named “${this.input.value.trim()}”`);
    this.list.replaceChildren(...hits.map((hit, index) => this.option(hit, index)));
    this.open();
    this.mark();
  }

  private option(hit: SearchHit, index: number): HTMLLIElement {
    const alias = hit.matched !== hit.label ? el('span', { class: 'matched', text: ` also “${hit.matched}”` }) : '';
    const item = el('li', { class: 'suggestion', attrs: { role: 'option', id: `suggestion-${index}` }, data: { key: hit.key } },
      el('span', { class: 'label', text: hit.label }), alias, el('span', { class: `type type-${hit.type}`, text: hit.type }));
    // mousedown comes before the input's blur, which would close the list under the pointer
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.choose(index);
    });
    return item;
  }

  private showMessage(text: string): void {
    this.hits = [];
    this.active = -1;
    this.list.replaceChildren(el('li', { class: 'suggestion-message', text }));
    this.open();
  }

  private key(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.mark();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) return this.choose(this.active);
      if (this.hits.length > 0 && !this.list.hidden) return this.choose(0);
      // Enter before the debounced suggestions came: look up now and take the best
      window.clearTimeout(this.timer);
      void this.lookUp(this.input.value.trim()).then(() => this.hits.length > 0 && this.choose(0));
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private mark(): void {
    [...this.list.children].forEach((item, index) => item.classList.toggle('active', index === this.active));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (hit === undefined) return;
    this.input.value = hit.label;
    this.close();
    this.onChoose(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.pending?.abort();
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
