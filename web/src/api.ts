/** The page's only road to the server: typed calls for each endpoint, with API errors turned into one error class. */
import type {
  ApiError,
  DocumentView,
  EdgeView,
  GraphPayload,
  NodeCard,
  QueryAnswer,
  SearchResults,
} from '../../src/api-types.js';

/** An answer the server gave with a 4xx/5xx status, or no usable answer at all. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.detail);
    this.name = 'ApiRequestError';
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, { error: 'Internal', detail: `cannot reach the server (${String(error)})` });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiRequestError(response.status, asApiError(body, response));
  if (body === undefined) throw new ApiRequestError(response.status, { error: 'Internal', detail: `${path} did not answer with JSON` });
  return body as T;
}

/** A server that fails before its error middleware (a proxy, a crash) may send anything. */
function asApiError(body: unknown, response: Response): ApiError {
  if (typeof body === 'object' && body !== null && typeof (body as ApiError).error === 'string' && typeof (body as ApiError).detail === 'string') {
    return body as ApiError;
  }
  return { error: 'Internal', detail: `${response.status} ${response.statusText}`.trim() };
}

const part = encodeURIComponent; // node and edge keys hold `|` and spaces

export const api = {
  graph: (scope: 'all' | 'overview' = 'all') => request<GraphPayload>(`/api/graph?scope=${scope}`),
  search: (query: string, limit: number, signal: AbortSignal) =>
    request<SearchResults>(`/api/search?q=${part(query)}&limit=${limit}`, { signal }),
  node: (key: string) => request<NodeCard>(`/api/nodes/${part(key)}`),
  edge: (key: string) => request<EdgeView>(`/api/edges/${part(key)}`),
  document: (id: string) => request<DocumentView>(`/api/documents/${part(id)}`),
  query: (query: string) =>
    request<QueryAnswer>('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
};

/** The words to show for any failure, whatever threw it. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiRequestError) return error.body.detail;
  return error instanceof Error ? error.message : String(error);
}
