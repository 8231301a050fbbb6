/**
 * The header's Export menu: links to the whole graph's files (plain HTML in index.html) and to the
 * current view's, whose query describes what is drawn (src/view/shared-view.ts reads it). Those are
 * rewritten whenever the view changes, and the menu closes once a download starts.
 */

/** Past this, a link's query may not get through a server's header limit; the view then goes without the nodes it brought in. */
const LONGEST_EXPORT_QUERY = 6000;

export class ExportMenu {
  constructor(
    private readonly menu: HTMLDetailsElement,
    private readonly describeView: () => URLSearchParams,
  ) {
    menu.addEventListener('toggle', () => this.update());
    menu.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement) menu.removeAttribute('open');
    });
  }

  /** Points the current view's links at what is drawn now. */
  update(): void {
    const view = this.describeView();
    if (view.toString().length > LONGEST_EXPORT_QUERY) view.delete('also');
    for (const link of this.menu.querySelectorAll<HTMLAnchorElement>('a[data-view]')) link.href = `${link.dataset.view}?${view.toString()}`;
  }
}
