/** `kg db init`: creates kg's tables in a PostgreSQL database, or brings them to this kg's version. */
import { KgError } from '../../errors/index.js';
import { connect, isPostgresUrl } from '../../store/postgres/connection.js';
import { migrate } from '../../store/postgres/schema.js';

export async function dbInitCommand(target: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (!isPostgresUrl(target)) {
    throw new KgError('kg db init sets up a PostgreSQL store: give --store postgres://USER@HOST/DATABASE or set KG_STORE (a store file needs no setting up)', target);
  }
  const { pool, name } = await connect(target, { forInit: true, max: 1 });
  try {
    const client = await pool.connect();
    try {
      const { from, to } = await migrate(client, name);
      out.write(from === to ? `${name}: the schema is at version ${to} already; nothing to do.\n`
        : `${name}: schema ${from === 0 ? 'created' : `migrated from version ${from}`} at version ${to}.\n`);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  return 0;
}
