import { KgError } from './kg-error.js';

/** A document, node or edge that the graph does not hold. */
export class NotFoundError extends KgError {}
