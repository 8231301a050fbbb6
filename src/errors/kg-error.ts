/** The base of every error kg raises on purpose: each carries the input it is about. */
export class KgError extends Error {
  /** The file, line, query or id the error is about, when there is one. */
  readonly input: string | undefined;

  constructor(message: string, input?: string) {
    super(message);
    this.name = new.target.name;
    this.input = input;
  }
}
