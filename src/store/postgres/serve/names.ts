/**
 * Finds actors by name with the indexes on `node_names.normal` (names as query/names.ts normalises
 * them): the candidates search and the console's name resolution choose among, so a server never
 * reads every name. The choice itself stays with query/search.ts and query/resolve-actor.ts.
 */
import type { PoolClient } from 'pg';
import { normaliseName } from '../../../query/names.js';

/** Most actors a name typed in part may stand for that are read to say it is ambiguous (the message lists five and counts the rest). */
const MAX_CONTAINING = 1000;
/** Names a few edits from a misspelt one, read to suggest the closest. */
const MAX_SIMILAR = 50;

/** `%` and `_` in a LIKE pattern stand for themselves. */
const literal = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The `limit` actors search ranks first for `query` (search.ts): an exact name, then a name starting
 * with it, then one with a word starting with it; the better connected first, then by key.
 */
export async function searchCandidates(client: PoolClient, query: string, limit: number): Promise<string[]> {
  const wanted = normaliseName(query);
  if (wanted === '') return [];
  const rows = await client.query<{ node: string }>(
    `SELECT nn.node FROM node_names nn JOIN nodes n ON n.key = nn.node
     WHERE nn.normal LIKE $2 OR nn.normal LIKE $3
     GROUP BY nn.node, n.degree
     ORDER BY min(CASE WHEN nn.normal = $1 THEN 0 WHEN nn.normal LIKE $2 THEN 1 ELSE 2 END), n.degree DESC, nn.node COLLATE "C"
     LIMIT $4`,
    [wanted, `${literal(wanted)}%`, `% ${literal(wanted)}%`, limit]);
  return rows.rows.map((row) => row.node);
}

/**
 * Every actor resolve-actor.ts could choose for a typed name, in the order it looks: those with
 * the name exactly; else those with every word of it in one name; else, for its suggestions, the
 * names that start like it and names that look like it (trigram similarity).
 */
export async function nameCandidates(client: PoolClient, typed: string): Promise<string[]> {
  const wanted = normaliseName(typed);
  const exact = await client.query<{ node: string }>('SELECT DISTINCT node FROM node_names WHERE normal = $1', [wanted]);
  if (exact.rows.length > 0) return exact.rows.map((row) => row.node);
  const words = wanted.split(' ');
  const containing = await client.query<{ node: string }>(
    `SELECT DISTINCT nn.node, n.degree FROM node_names nn JOIN nodes n ON n.key = nn.node
     WHERE nn.normal LIKE ALL($1) AND string_to_array(nn.normal, ' ') @> $2::text[]
     ORDER BY n.degree DESC, nn.node LIMIT $3`,
    [words.map((word) => `%${literal(word)}%`), words, MAX_CONTAINING]);
  if (containing.rows.length > 0) return containing.rows.map((row) => row.node);
  const similar = await client.query<{ node: string }>(
    `SELECT node FROM node_names WHERE normal % $1 OR $1 <% normal
     GROUP BY node ORDER BY max(greatest(similarity(normal, $1), word_similarity($1, normal))) DESC, node LIMIT $2`,
    [wanted, MAX_SIMILAR]);
  return [...new Set([...await searchCandidates(client, wanted, 5), ...similar.rows.map((row) => row.node)])];
}
