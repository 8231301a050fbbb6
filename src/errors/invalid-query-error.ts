import { KgError } from './kg-error.js';

/** A console query that does not parse or asks for something impossible; says where it went wrong. */
export class InvalidQueryError extends KgError {
  /** The character (0-based) in the query where it stopped making sense. */
  readonly position: number;

  constructor(query: string, position: number, problem: string) {
    super(`${problem} (at character ${position + 1})`, query);
    this.position = position;
  }
}
