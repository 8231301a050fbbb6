/** How the CLI tells the user about problems: one line each on stderr, and an exit code at the end. */
import { InputError, KgError } from '../errors/index.js';

export class Problems {
  count = 0;

  constructor(private readonly stream: NodeJS.WritableStream = process.stderr) {}

  readonly report = (error: unknown): void => {
    this.count++;
    this.stream.write(`kg: ${describe(error)}\n`);
  };
}

export function describe(error: unknown): string {
  if (error instanceof KgError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** A rule that failed on one sentence: reported against the document, and the rest is read. */
export function sentenceFailure(source: string, sentence: { start: number }, error: unknown): InputError {
  return new InputError(source, `the extractor failed on the sentence at character ${sentence.start} (a bug; please report it): ${describe(error)}`);
}
