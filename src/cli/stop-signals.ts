/**
 * Ctrl-C (SIGINT) and SIGTERM during a command that holds a store's lock: the first asks the
 * command to stop; if it has not ended GRACE_MS later, or on a second signal, kg ends anyway,
 * removing its lock first. Whatever the command was doing, the lock never outlives the process.
 */
import { InterruptedError } from '../errors/index.js';
import type { GraphStore } from '../store/graph-store.js';

type StopSignal = 'SIGINT' | 'SIGTERM';

/** What a shell reports for a process these signals ended: 128 + the signal's number. */
const EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** Workers stop at once; this is for a read that will not end. A save under way is waited for (see whileSaving). */
const GRACE_MS = 3000;

/** Saves under way: the grace time waits for them, since a large store takes longer than it to save; a second signal does not. */
let saving = 0;

/** Runs a save so that a first Ctrl-C lets it finish (its result then stands) instead of throwing it away after the grace time. */
export async function whileSaving<T>(save: () => Promise<T>): Promise<T> {
  saving++;
  try {
    return await save();
  } finally {
    saving--;
  }
}

/**
 * Runs `work` with a signal that aborts on the first SIGINT or SIGTERM. If the work then stops
 * with an InterruptedError, kg says so and ends as killed by that signal; if it finishes anyway
 * (the signal came during the save), its result stands.
 */
export async function runStoppable(store: Pick<GraphStore, 'name' | 'releaseNow'>, work: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const stop = new AbortController();
  let received: StopSignal | undefined;
  let grace: NodeJS.Timeout | undefined;
  const onSignal = (signal: StopSignal): void => {
    if (received !== undefined) end(store, received, onSignal);
    received = signal;
    stop.abort();
    const endUnlessSaving = (): void => {
      if (saving > 0) grace = setTimeout(endUnlessSaving, 100);
      else end(store, signal, onSignal);
    };
    grace = setTimeout(endUnlessSaving, GRACE_MS);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const code = await work(stop.signal);
    // after a signal, something the command started may still hold the process (a read it left
    // behind): listening on and the timer end it then
    if (received === undefined) stopListening(onSignal);
    grace?.unref();
    return code;
  } catch (error) {
    if (received !== undefined && error instanceof InterruptedError) end(store, received, onSignal);
    stopListening(onSignal);
    clearTimeout(grace);
    throw error;
  }
}

/**
 * Says what happened and ends the process as killed by `signal`, so the shell sees 130 or 143 (and
 * a script's loop stops on Ctrl-C). Re-raising the signal is also what ends a process whose
 * thread pool is stuck in a read, where process.exit would wait for it forever.
 */
function end(store: Pick<GraphStore, 'name' | 'releaseNow'>, signal: StopSignal, onSignal: (signal: StopSignal) => void): never {
  store.releaseNow();
  process.stderr.write(`kg: ${signal === 'SIGINT' ? 'interrupted' : 'stopped by SIGTERM'}; ${store.name} is as it was last saved\n`);
  stopListening(onSignal);
  process.kill(process.pid, signal);
  // where a signal cannot end the process by itself
  process.exit(EXIT_CODES[signal]);
}

function stopListening(onSignal: (signal: StopSignal) => void): void {
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
