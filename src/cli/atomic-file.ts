/** Writes a file through a temporary one in the same folder, so a failed write leaves no half file behind. */
import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';

/** `write` gets a stream to the temporary file; once it resolves, the file takes its name in one rename. */
export async function writeFileAtomically(file: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  // `flush`: the data is on disk before the rename makes it the file, or a crash could leave a renamed but empty file
  const stream = createWriteStream(temp, { flags: 'wx', flush: true });
  // kept here, so that an error between two writes is neither lost nor uncaught
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  try {
    await once(stream, 'open');
    await write(stream);
    const closed = once(stream, 'close');
    stream.end();
    await closed;
    if (failure !== undefined) throw failure;
    await fs.rename(temp, file);
  } catch (error) {
    // the stream's own error (a full disk) says more than what it made the writer throw; taken
    // before destroy(), whose cancelled writes fail too
    const cause = failure ?? error;
    stream.destroy();
    // cleaning up must not hide the error that matters
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw cause;
  }
}
