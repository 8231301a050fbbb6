import { KgError } from './kg-error.js';

/** An HTTP request that is missing a parameter or carries one of the wrong shape. */
export class RequestError extends KgError {}
