import { KgError } from './kg-error.js';

/** An input file, line or stream that cannot be read as a document. */
export class InputError extends KgError {
  /** 1-based line number inside the input, for line-oriented formats. */
  readonly line: number | undefined;

  constructor(input: string, problem: string, line?: number) {
    super(`${line === undefined ? input : `${input}:${line}`}: ${problem}`, input);
    this.line = line;
  }
}
