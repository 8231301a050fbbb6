/** How the CLI tells the user about problems: one line each on stderr, and an exit code at the end. */
import { describe, InputError } from '../errors/index.js';

export class Problems {
  count = 0;

  constructor(private readonly stream: NodeJS.WritableStream = process.stderr) {}

  readonly report = (error: unknown): void => {
    this.count++;
    this.stream.write(`kg: ${describe(error)}\n`);
  };
}

/** A rule that failed on one sentence: reported against the document, and the rest is read. */
export function sentenceFailure(source: string, sentence: { start: number }, error: unknown): InputError {
  return new InputError(source, `the extractor failed on the sentence at character ${sentence.start} (a bug; please report it): ${describe(error)}`);
}
