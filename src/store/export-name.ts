/** What exports of a store are called: `seeds.gexf` for `graph/seeds.json`, `news.gexf` for `postgres://…/news`. */
import path from 'node:path';
import { isPostgresUrl } from './postgres/connection.js';

export function exportName(target: string): string {
  if (!isPostgresUrl(target)) return path.basename(target, '.json');
  const database = target.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return /^[\w.-]+$/.test(database) ? database : 'graph';
}
