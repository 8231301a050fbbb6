/**
 * The console under the graph: runs queries against `/api/query`, keeps their history, lists the
 * answers (scrolled to where the new one starts) and keeps each answer's note of what the page's
 * filters hide up to date.
 */
import type { QueryAnswer } from '../../src/api-types.js';
import { api } from './api.js';
import type { AnswerActions } from './answer-parts.js';
import { renderAnswer, renderFailure } from './answer-view.js';
import { ConsoleHistory } from './console-history.js';
import { el } from './dom.js';
import type { HiddenParts } from './filter-note.js';

const ENTRIES_KEPT = 30;

export interface ConsoleHandlers {
  answered(answer: QueryAnswer): void;
  /** The query failed (malformed, an unknown actor): what the last answer lit must go dark. */
  failed(): void;
  actions: AnswerActions;
  /** What of an answer the page's filters hide now. */
  hiddenByFilters(answer: QueryAnswer): HiddenParts;
}

export class QueryConsole {
  private readonly history = new ConsoleHistory();
  private ticket = 0;
  /** The answer shown in each entry still in the log, to redo its filter note when the filters change. */
  private readonly answers = new WeakMap<HTMLElement, QueryAnswer>();

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
      entry.append(renderAnswer(answer, this.handlers.actions));
      this.answers.set(entry, answer);
      this.noteFilters(entry);
      if (ticket === this.ticket) this.handlers.answered(answer); // a slow answer must not light over a newer one
    } catch (error) {
      entry.append(renderFailure(query, error));
      if (ticket === this.ticket) this.handlers.failed();
    } finally {
      entry.classList.remove('running');
      if (ticket === this.ticket) this.scrollToStart(entry);
    }
  }

  /** The page's filters changed: every answer in the log says again what of it they hide. */
  filtersChanged(): void {
    for (const entry of this.log.children) if (entry instanceof HTMLElement) this.noteFilters(entry);
  }

  private noteFilters(entry: HTMLElement): void {
    const answer = this.answers.get(entry);
    const note = entry.querySelector<HTMLElement>('.filter-note');
    if (answer === undefined || note === null) return;
    const hidden = this.handlers.hiddenByFilters(answer);
    note.textContent = hidden.note ?? '';
    note.hidden = hidden.note === null;
    // the hidden hops, edges and actors stay listed, marked as what the graph does not show
    for (const part of entry.querySelectorAll<HTMLElement>('[data-edge]')) part.classList.toggle('filtered', hidden.edges.has(part.dataset.edge!));
    for (const part of entry.querySelectorAll<HTMLElement>('.actor-item[data-key], .ring-actors li[data-key]')) {
      part.classList.toggle('filtered', hidden.actors.has(part.dataset.key!));
    }
  }

  private append(entry: HTMLElement): void {
    this.log.append(entry);
    while (this.log.children.length > ENTRIES_KEPT) this.log.firstElementChild?.remove();
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** The answer is read from its first line: the log scrolls to the entry's top, not past its summary to the bottom. */
  private scrollToStart(entry: HTMLElement): void {
    if (!entry.isConnected) return; // pushed out of the log by newer entries meanwhile
    this.log.scrollTop += entry.getBoundingClientRect().top - this.log.getBoundingClientRect().top;
  }

  private walkHistory(event: KeyboardEvent): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const entry = event.key === 'ArrowUp' ? this.history.previous(this.input.value) : this.history.next();
    if (entry === null) return;
    event.preventDefault();
    this.input.value = entry;
  }
}
