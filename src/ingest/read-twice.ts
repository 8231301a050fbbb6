/**
 * Inputs read in two passes (first to learn the lexicon and count, then to extract) without
 * holding the documents in between: files and folders are simply read again; stdin cannot be,
 * so its documents are kept from the first pass.
 */
import type { InputError } from '../errors/index.js';
import type { SourceDocument } from '../types.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';

export interface TwoPassInputs {
  /** Reports every problem with the inputs. */
  first(): AsyncGenerator<SourceDocument>;
  /** The same documents again; problems were reported by the first pass. */
  second(): AsyncGenerator<SourceDocument>;
}

export function readTwice(paths: string[], options: ReadInputsOptions): TwoPassInputs {
  const fromStdin: SourceDocument[] = [];
  const quiet = (_error: InputError): void => undefined;
  return {
    async *first() {
      for (const path of paths) {
        for await (const source of readInputs([path], options)) {
          if (path === '-') fromStdin.push(source);
          yield source;
        }
      }
    },
    async *second() {
      for (const path of paths) {
        if (path === '-') yield* fromStdin;
        else yield* readInputs([path], { ...options, onError: quiet });
      }
    },
  };
}
