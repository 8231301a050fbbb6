import { KgError } from './kg-error.js';

/** A graph store file that is missing, unreadable or not a kg store. */
export class StoreError extends KgError {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`, file);
  }
}
