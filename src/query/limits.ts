/** How far a query may go before it stops and says it was cut short. */
export interface QueryLimits {
  /** Most actors (or paths, or edges) an answer lists. */
  maxResults: number;
  /** Wall-clock budget for one query, in milliseconds, from the moment it is received. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxResults: 500, timeBudgetMs: 2000 };
