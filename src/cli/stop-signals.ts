/**
 * Ctrl-C (SIGINT) and SIGTERM during a command that holds a store's lock: the first asks the
 * command to stop; if it has not ended GRACE_MS later, or on a second signal, kg ends anyway,
 * removing its lock first. Whatever the command was doing, the lock never outlives the process.
 */
import { InterruptedError } from '../errors/index.js';
import { releaseLockNow } from '../graph/store-lock.js';

type StopSignal = 'SIGINT' | 'SIGTERM';

/** What a shell reports for a process these signals ended: 128 + the signal's number. */
const EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** Workers stop at once; this is for a save under way to finish, and for a read that will not end. */
const GRACE_MS = 3000;

/**
 * Runs `work` with a signal that aborts on the first SIGINT or SIGTERM. If the work then stops
 * with an InterruptedError, kg says so and ends as killed by that signal; if it finishes anyway
 * (the signal came during the save), its result stands.
 */
export async function runStoppable(file: string, work: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const stop = new AbortController();
  let received: StopSignal | undefined;
  let grace: NodeJS.Timeout | undefined;
  const onSignal = (signal: StopSignal): void => {
    if (received !== undefined) end(file, received, onSignal);
    received = signal;
    stop.abort();
    grace = setTimeout(() => end(file, signal, onSignal), GRACE_MS);
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
    if (received !== undefined && error instanceof InterruptedError) end(file, received, onSignal);
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
function end(file: string, signal: StopSignal, onSignal: (signal: StopSignal) => void): never {
  releaseLockNow(file);
  process.stderr.write(`kg: ${signal === 'SIGINT' ? 'interrupted' : 'stopped by SIGTERM'}; ${file} is as it was last saved\n`);
  stopListening(onSignal);
  process.kill(process.pid, signal);
  // where a signal cannot end the process by itself
  process.exit(EXIT_CODES[signal]);
}

function stopListening(onSignal: (signal: StopSignal) => void): void {
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
