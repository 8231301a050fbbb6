import { KgError } from './kg-error.js';

/** A request to the API addressed to a host the server does not answer to (`Host` or `Origin`), as a DNS-rebinding page sends. */
export class ForbiddenHostError extends KgError {}
