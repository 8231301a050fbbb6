/** The console under the graph: runs queries against `/api/query`, keeps their history and lists the answers. */
import type { QueryAnswer } from '../../src/server/api-types.js';
import { api } from './api.js';
import { renderAnswer, renderFailure } from './answer-view.js';
import { ConsoleHistory } from './console-history.js';
import { el } from './dom.js';
import type { OpenEvidence } from './evidence-view.js';

const ENTRIES_KEPT = 30;

export interface ConsoleHandlers {
  answered(answer: QueryAnswer): void;
  openEvidence: OpenEvidence;
}

export class QueryConsole {
  private readonly history = new ConsoleHistory();
  private ticket = 0;

  constructor(
    form: HTMLFormElement,
    private readonly input: HTMLInputElement,
    private readonly log: HTMLElement,
    private readonly handlers: ConsoleHandlers,
  ) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      if (query !== '') void this.run(query);
    });
    input.addEventListener('keydown', (event) => this.walkHistory(event));
  }

  async run(query: string): Promise<void> {
    const ticket = ++this.ticket;
    this.history.add(query);
    this.input.value = '';
    const entry = el('li', { class: 'entry running' }, el('p', { class: 'echo', text: `› ${query}` }));
    this.append(entry);
    try {
      const answer = await api.query(query);
      entry.append(renderAnswer(answer, this.handlers.openEvidence));
      if (ticket === this.ticket) this.handlers.answered(answer); // a slow answer must not light over a newer one
    } catch (error) {
      entry.append(renderFailure(query, error));
    } finally {
      entry.classList.remove('running');
      this.log.scrollTop = this.log.scrollHeight;
    }
  }

  private append(entry: HTMLElement): void {
    this.log.append(entry);
    while (this.log.children.length > ENTRIES_KEPT) this.log.firstElementChild?.remove();
    this.log.scrollTop = this.log.scrollHeight;
  }

  private walkHistory(event: KeyboardEvent): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const entry = event.key === 'ArrowUp' ? this.history.previous(this.input.value) : this.history.next();
    if (entry === null) return;
    event.preventDefault();
    this.input.value = entry;
  }
}
