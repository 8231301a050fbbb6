import { KgError } from './kg-error.js';

/** A parser model file that is truncated, corrupt, of another version or not a kg parser model at all. */
export class ModelFileError extends KgError {
  constructor(problem: string) {
    super(`parser model: ${problem}`);
  }
}
