/** How far a query may go before it stops and says it was cut short. */
export interface QueryLimits {
  /** Most actors (or paths, or edges) an answer lists. */
  maxResults: number;
  /** Wall-clock budget for one query, in milliseconds. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxResults: 500, timeBudgetMs: 2000 };

/** A clock that says when the budget is spent; checked inside loops, so a query can never hang. */
export function deadline(limits: QueryLimits): () => boolean {
  const end = performance.now() + limits.timeBudgetMs;
  return () => performance.now() > end;
}
