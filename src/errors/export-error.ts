import { KgError } from './kg-error.js';

/** An export that cannot be made as asked: a format kg does not write, or a place it cannot write to. */
export class ExportError extends KgError {
  constructor(target: string, problem: string) {
    super(`${target}: ${problem}`, target);
  }
}
