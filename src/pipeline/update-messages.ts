/** What the server asks of a store-update worker, and what it answers. */
import type { SourceDocument } from '../types.js';

export type UpdateRequest =
  | { kind: 'add'; file: string; sources: SourceDocument[] }
  | { kind: 'remove'; file: string; ids: string[] };

export type UpdateAnswer =
  | { ok: true; added: string[]; known: number; removed: string[]; documents: number; problems: string[] }
  /** `kind` names the kg error class, so the server can answer with the right status. */
  | { ok: false; kind: string; message: string };
