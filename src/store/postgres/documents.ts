/**
 * The stored documents, with their sentences and triples, and the lexicon the corpus taught the
 * tagger: what every graph is derived from. Written in batches (one transaction each), read back
 * whole by `kg resolve` and by exports.
 */
import type { PoolClient } from 'pg';
import type { ExtractedDocument, Sentence, Triple } from '../../types.js';
import { copyRows } from './copy-rows.js';

/**
 * Inserts the documents the store does not hold yet, in the caller's transaction; returns the ids
 * it inserted. A document another writer stored first is skipped, so none is ever stored twice.
 */
export async function insertDocuments(client: PoolClient, documents: readonly ExtractedDocument[]): Promise<string[]> {
  if (documents.length === 0) return [];
  const column = <T>(pick: (doc: ExtractedDocument) => T): T[] => documents.map(pick);
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO documents (id, title, source, date, external_id, url, text)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [column((d) => d.id), column((d) => d.title), column((d) => d.source), column((d) => d.date ?? null),
      column((d) => d.externalId ?? null), column((d) => d.url ?? null), column((d) => d.text)],
  );
  const ids = new Set(inserted.rows.map((row) => row.id));
  const fresh = documents.filter((doc) => ids.has(doc.id));
  await copyRows(client, 'sentences', ['doc_id', 'idx', 'start_at', 'end_at'],
    fresh.flatMap((doc) => doc.sentences.map((s) => [doc.id, s.index, s.start, s.end] as const)));
  await copyRows(client, 'triples', ['doc_id', 'idx', 'sentence', 'lemma', 'subject_name', 'object_name', 'reading'],
    fresh.flatMap((doc) => doc.triples.map((t, i) => [doc.id, i, t.sentence, t.lemma, t.subject.name, t.object.name, JSON.stringify(t)] as const)));
  return fresh.map((doc) => doc.id);
}

interface DocumentRow {
  id: string;
  title: string;
  source: string;
  date: string | null;
  external_id: string | null;
  url: string | null;
  text: string;
}

/** Every document, in the order they were stored, or only those of `ids`. */
export async function readDocuments(client: PoolClient, ids?: readonly string[]): Promise<ExtractedDocument[]> {
  const only = (column: string): string => (ids === undefined ? '' : `WHERE ${column} = ANY($1)`);
  const params = ids === undefined ? [] : [ids];
  const rows = await client.query<DocumentRow>(`SELECT id, title, source, date, external_id, url, text FROM documents ${only('id')} ORDER BY seq`, params);
  const sentences = new Map<string, Sentence[]>();
  for (const row of (await client.query<{ doc_id: string; idx: number; start_at: number; end_at: number }>(
    `SELECT doc_id, idx, start_at, end_at FROM sentences ${only('doc_id')} ORDER BY doc_id, idx`, params)).rows) {
    // in the order extraction writes them (nlp/01-tag.ts), so a JSON export of the store reads the same from a file or from here
    push(sentences, row.doc_id, { index: row.idx, start: row.start_at, end: row.end_at });
  }
  const triples = new Map<string, Triple[]>();
  for (const row of (await client.query<{ doc_id: string; reading: Triple }>(
    `SELECT doc_id, reading FROM triples ${only('doc_id')} ORDER BY doc_id, idx`, params)).rows) {
    push(triples, row.doc_id, row.reading);
  }
  return rows.rows.map((row) => ({
    source: row.source,
    title: row.title,
    text: row.text,
    ...(row.date === null ? {} : { date: row.date }),
    ...(row.external_id === null ? {} : { externalId: row.external_id }),
    ...(row.url === null ? {} : { url: row.url }),
    id: row.id,
    sentences: sentences.get(row.id) ?? [],
    triples: triples.get(row.id) ?? [],
  }));
}

export async function documentIds(client: PoolClient): Promise<Set<string>> {
  return new Set((await client.query<{ id: string }>('SELECT id FROM documents')).rows.map((row) => row.id));
}

export async function readLexicon(client: PoolClient): Promise<Record<string, string>> {
  const rows = await client.query<{ word: string; tag: string }>('SELECT word, tag FROM lexicon ORDER BY word');
  return Object.fromEntries(rows.rows.map((row) => [row.word, row.tag]));
}

/** Adds words the store did not know and changes those whose tag changed; a word is never dropped. */
export async function mergeLexicon(client: PoolClient, lexicon: Record<string, string>): Promise<void> {
  const words = Object.keys(lexicon);
  if (words.length === 0) return;
  await client.query(
    `INSERT INTO lexicon (word, tag) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (word) DO UPDATE SET tag = EXCLUDED.tag WHERE lexicon.tag <> EXCLUDED.tag`,
    [words, words.map((word) => lexicon[word]!)],
  );
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
