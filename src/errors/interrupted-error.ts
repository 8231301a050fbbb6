import { KgError } from './kg-error.js';

/** The user stopped a run (Ctrl-C) before it finished; nothing was saved. */
export class InterruptedError extends KgError {}
