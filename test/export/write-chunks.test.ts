/** Streaming: pieces go out in chunks, the writer waits while the stream is full, and a stream that fails stops it. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { writeChunks } from '../../src/export/write-chunks.js';

/** The caller ends the stream: writeChunks only hands the chunks over. */
async function finish(out: Writable): Promise<void> {
  const finished = once(out, 'finish');
  out.end();
  await finished;
}

/** A stream that takes a chunk every few milliseconds and holds at most `highWaterMark` bytes. */
function slowStream(received: string[], highWaterMark: number): Writable {
  return new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString('utf8'));
      setTimeout(callback, 2);
    },
  });
}

describe('writing an export in chunks', () => {
  it('gathers pieces into chunks and writes every one, in order', async () => {
    const received: string[] = [];
    const pieces = Array.from({ length: 1000 }, (_, i) => `piece ${i}\n`);
    const out = slowStream(received, 1 << 20);
    await writeChunks(pieces, out, 100);
    await finish(out);
    assert.equal(received.join(''), pieces.join(''));
    assert.ok(received.length < 200 && received.length > 50, `${received.length} writes`);
  });

  it('produces nothing more while the stream is full: the generator waits for drain', async () => {
    const received: string[] = [];
    let produced = 0;
    let mostAhead = 0;
    const out = slowStream(received, 64);
    function* pieces(): Generator<string> {
      for (let i = 0; i < 200; i++) {
        produced++;
        mostAhead = Math.max(mostAhead, produced - received.length);
        yield 'x'.repeat(50);
      }
    }
    await writeChunks(pieces(), out, 50);
    await finish(out);
    assert.equal(received.join('').length, 200 * 50);
    assert.ok(mostAhead <= 3, `the writer ran ${mostAhead} pieces ahead of the stream`);
  });

  it('stops with the error of a stream that fails', async () => {
    const out = new Writable({
      highWaterMark: 10,
      write(_chunk, _encoding, callback) {
        setTimeout(() => callback(new Error('disk full')), 1);
      },
    });
    out.on('error', () => undefined);
    await assert.rejects(writeChunks(Array.from({ length: 100 }, () => 'x'.repeat(20)), out, 20), /disk full|closed/);
  });
});
