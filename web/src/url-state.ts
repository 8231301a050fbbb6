/** The view a link reproduces: the console query (`?q=`) and the selected node (`?node=`), kept with replaceState. */

export interface UrlState {
  query: string | null;
  node: string | null;
}

export function readUrlState(location: Location = window.location): UrlState {
  const params = new URLSearchParams(location.search);
  return { query: nonEmpty(params.get('q')), node: nonEmpty(params.get('node')) };
}

/** Changes only the parts given; `null` removes one. */
export function writeUrlState(change: Partial<UrlState>): void {
  const url = new URL(window.location.href);
  if (change.query !== undefined) set(url.searchParams, 'q', change.query);
  if (change.node !== undefined) set(url.searchParams, 'node', change.node);
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}

function set(params: URLSearchParams, name: string, value: string | null): void {
  if (value === null) params.delete(name);
  else params.set(name, value);
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
