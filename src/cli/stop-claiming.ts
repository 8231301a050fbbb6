/**
 * Ctrl-C (SIGINT) and SIGTERM for `kg worker`: the first stops it claiming, and the batch in hand
 * is finished and stored; a second ends it at once, abandoning the batch, which goes back to the
 * queue when its lease runs out. Either way nothing is lost.
 */
type StopSignal = 'SIGINT' | 'SIGTERM';

export interface StopRequest {
  /** Aborts on the first signal: waits end, no new batch is claimed. */
  readonly signal: AbortSignal;
  dispose(): void;
}

export function stopOnSignals(onFirst: (signal: StopSignal) => void): StopRequest {
  const stop = new AbortController();
  const onSignal = (signal: StopSignal): void => {
    if (!stop.signal.aborted) {
      stop.abort();
      onFirst(signal);
      return;
    }
    dispose();
    // ends the process as killed by the signal, so the shell sees 130 or 143
    process.kill(process.pid, signal);
  };
  const dispose = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { signal: stop.signal, dispose };
}

/** Waits `ms`, or less if the stop comes first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
