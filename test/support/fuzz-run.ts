/**
 * What every fuzz property shares: a fixed seed (so a failure replays), a timer that catches what a
 * case throws, and a readable view of odd inputs. `KG_FUZZ_SEED=n KG_FUZZ_RUNS=10` hunts further.
 */
/** The seed every property runs with unless KG_FUZZ_SEED names another. */
const SEED = 20_818;

/** fast-check's settings for a property of `numRuns` cases, scaled by KG_FUZZ_RUNS. */
export function fuzzRuns(numRuns: number): { seed: number; numRuns: number } {
  const seed = Number(process.env['KG_FUZZ_SEED'] ?? SEED);
  const scale = Number(process.env['KG_FUZZ_RUNS'] ?? 1);
  return { seed, numRuns: Math.max(1, Math.round(numRuns * scale)) };
}

export type Timed<T> = { ms: number } & ({ threw: false; value: T } | { threw: true; error: unknown });

/** Runs one case, timing it and catching what it throws, so a property can bound both its time and its outcome. */
export function timed<T>(run: () => T): Timed<T> {
  const start = performance.now();
  try {
    const value = run();
    return { ms: performance.now() - start, threw: false, value };
  } catch (error) {
    return { ms: performance.now() - start, threw: true, error };
  }
}

/** A fuzz input as a failure message shows it: JSON-escaped, so control characters and lone surrogates are visible, and cut short. */
export function shown(text: string, max = 300): string {
  // cut before quoting: failure messages are built for every check, and inputs run to 400k characters
  return text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} chars)` : JSON.stringify(text);
}
