/** The ingest stage: files, folders and stdin in, documents with content ids out. */
export { documentId, normaliseText, toDocument } from './document-id.js';
export { readInputs, type ReadInputsOptions } from './read-inputs.js';
export { readTwice, type TwoPassInputs } from './read-twice.js';
export { DEFAULT_MAX_FILE_BYTES } from './limits.js';
export { SUPPORTED_EXTENSIONS } from './formats.js';
export { htmlToText, htmlTitle, parseHtml } from './html.js';
export { parsePlainText } from './plain-text.js';
export { parseJsonlRecord } from './jsonl-record.js';
export { titleFromText } from './title.js';
