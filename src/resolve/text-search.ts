/** Where a name stands in a document's text as whole words. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The offsets of `name` in `text` where it is not part of a longer word (`Joe Bidens`, `XJoe Biden`). */
export function* wholeWordsAt(text: string, name: string): Generator<number> {
  if (name === '') return;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[at + name.length] ?? ' ')) yield at;
  }
}

export function containsWords(text: string, name: string): boolean {
  return !wholeWordsAt(text, name).next().done;
}
