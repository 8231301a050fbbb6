/** The right-hand panel: shows one view at a time (node card, edge evidence, document) with a way back. */
import { el } from './dom.js';

export interface PanelView {
  /** What the view is about, for the panel's header and for going back. */
  title: string;
  kind: 'node' | 'edge' | 'document' | 'message';
  body: HTMLElement;
  /** Runs each time the view is put in the page (going back to it too), e.g. to scroll a marked span into view. */
  shown?: () => void;
}

export class SidePanel {
  private views: PanelView[] = [];
  /** A view requested later wins over one still loading. */
  private ticket = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly title: HTMLElement,
    private readonly body: HTMLElement,
    private readonly backButton: HTMLButtonElement,
    private readonly expandButton: HTMLButtonElement,
    closeButton: HTMLButtonElement,
    private readonly onClose: () => void,
  ) {
    backButton.addEventListener('click', () => this.back());
    closeButton.addEventListener('click', () => this.close());
  }

  /**
   * Shows what `load` builds; `stack` keeps the current view to come back to (a document opened
   * from a card) instead of replacing it. A failure shows as text in the panel.
   */
  async open(kind: PanelView['kind'], title: string, load: () => Promise<Omit<PanelView, 'kind'>>, stack = false): Promise<void> {
    const ticket = ++this.ticket;
    if (!stack) this.views = [];
    this.render({ kind: 'message', title, body: el('p', { class: 'loading', text: 'Loading…' }) }, false);
    let view: PanelView;
    try {
      view = { kind, ...(await load()) };
    } catch (error) {
      view = { kind: 'message', title, body: el('p', { class: 'error', text: error instanceof Error ? error.message : String(error) }) };
    }
    if (ticket !== this.ticket) return;
    this.views.push(view);
    this.render(view, this.views.length > 1);
  }

  back(): void {
    if (this.views.length < 2) return;
    this.views.pop();
    this.render(this.views[this.views.length - 1]!, this.views.length > 1);
  }

  close(): void {
    this.ticket++;
    this.views = [];
    this.root.hidden = true;
    this.onClose();
  }

  get closed(): boolean {
    return this.root.hidden;
  }

  /** How much of the graph the panel covers from the right, in pixels (none when closed). */
  coveredWidth(): number {
    return this.root.hidden ? 0 : this.root.getBoundingClientRect().width;
  }

  get current(): PanelView | undefined {
    return this.views[this.views.length - 1];
  }

  private render(view: PanelView, canGoBack: boolean): void {
    this.root.hidden = false;
    this.root.dataset.kind = view.kind;
    this.expandButton.hidden = view.kind !== 'node';
    this.title.textContent = view.title;
    this.backButton.hidden = !canGoBack;
    this.body.replaceChildren(view.body);
    this.body.scrollTop = 0;
    view.shown?.();
  }
}
