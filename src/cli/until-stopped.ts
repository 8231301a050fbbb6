/** Reading inputs so that Ctrl-C is answered at once, whichever pass is reading. */
import { InterruptedError } from '../errors/index.js';

/**
 * The inputs, until the run is stopped: a read that waits (stdin with no writer yet, a disk that
 * hangs) must not hold Ctrl-C up. What it was waiting for is left behind.
 */
export async function* untilStopped<T>(inputs: AsyncGenerator<T>, stopped: Promise<void>): AsyncGenerator<T> {
  const stop = stopped.then(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([inputs.next(), stop]);
      if (next === undefined) throw interrupted();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // closes the file being read when the run ends early; after a stop, only once the read returns
    void inputs.return(undefined).catch(() => undefined);
  }
}

export function interrupted(): InterruptedError {
  return new InterruptedError('stopped before the end; nothing was saved');
}

/** Settles when the signal fires (never, without one), so waiting on workers yields to Ctrl-C. */
export function aborted(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise(() => undefined);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
