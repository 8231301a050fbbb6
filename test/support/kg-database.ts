/** PostgreSQL stores for tests: fresh databases with kg's tables, and inputs made of real paragraphs. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, storeName } from '../../src/store/postgres/connection.js';
import { migrate } from '../../src/store/postgres/schema.js';
import type { PgCluster } from './pg-cluster.js';

/** A fresh database on `cluster` with kg's tables; its connection string. */
export async function initialisedDatabase(cluster: PgCluster): Promise<string> {
  const url = await cluster.createDatabase();
  await initialise(url);
  return url;
}

/** Creates kg's tables in the database at `url`, as `kg db init` does. */
export async function initialise(url: string): Promise<void> {
  const { pool } = await connect(url, { forInit: true, max: 1 });
  const client = await pool.connect();
  try {
    await migrate(client, storeName(url));
  } finally {
    client.release();
    await pool.end();
  }
}

/** The seed articles' paragraphs, one text file each (p01.txt, ...), in a new temporary folder; their paths in order. */
export async function paragraphFiles(count: number): Promise<{ folder: string; files: string[] }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-queue-'));
  const paragraphs: string[] = [];
  for (const name of (await fs.readdir('seeds')).sort()) {
    paragraphs.push(...(await fs.readFile(path.join('seeds', name), 'utf8')).split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80));
  }
  if (paragraphs.length < count) throw new Error(`the seeds have ${paragraphs.length} paragraphs, not ${count}`);
  const files = paragraphs.slice(0, count).map((_, i) => path.join(folder, `p${String(i + 1).padStart(2, '0')}.txt`));
  await Promise.all(files.map((file, i) => fs.writeFile(file, `${paragraphs[i]}\n`)));
  return { folder, files };
}
