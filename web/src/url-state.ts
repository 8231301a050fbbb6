/** The view a link reproduces: the console query (`?q=`), the selected node (`?node=`) and the date range (`?since=`, `?until=`), kept with replaceState. */

export interface UrlState {
  query: string | null;
  node: string | null;
  /** The date range (`?since=2020-01-01&until=2020-06-30`), days as `YYYY-MM-DD`; anything else is ignored. */
  since: string | null;
  until: string | null;
}

export function readUrlState(location: Location = window.location): UrlState {
  const params = new URLSearchParams(location.search);
  return { query: nonEmpty(params.get('q')), node: nonEmpty(params.get('node')), since: day(params.get('since')), until: day(params.get('until')) };
}

/** Changes only the parts given; `null` removes one. */
export function writeUrlState(change: Partial<UrlState>): void {
  const url = new URL(window.location.href);
  if (change.query !== undefined) set(url.searchParams, 'q', change.query);
  if (change.node !== undefined) set(url.searchParams, 'node', change.node);
  if (change.since !== undefined) set(url.searchParams, 'since', change.since);
  if (change.until !== undefined) set(url.searchParams, 'until', change.until);
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}

function set(params: URLSearchParams, name: string, value: string | null): void {
  if (value === null) params.delete(name);
  else params.set(name, value);
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

function day(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : null;
}
