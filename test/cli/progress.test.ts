/** The progress bar: documents, words/s, ETA and memory on a terminal; nothing at all when not a TTY. */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startProgress } from '../../src/cli/progress.js';

function stream(isTTY: boolean): { out: NodeJS.WriteStream; written: () => string } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  sink.isTTY = isTTY;
  sink.columns = 120;
  sink.cursorTo = () => true;
  sink.clearLine = () => true;
  sink.moveCursor = () => true;
  return { out: sink, written: () => text };
}

describe('progress bar', () => {
  it('on a terminal shows documents done of total, words/s, an ETA and memory', async () => {
    const { out, written } = stream(true);
    const progress = startProgress(4, out);
    progress.tick(1200);
    progress.tick(800);
    await new Promise((resolve) => setTimeout(resolve, 250)); // the bar redraws on a timer
    const shown = written();
    progress.stop();
    assert.match(shown, /2\/4 documents/);
    assert.match(shown, /\d+ words\/s/);
    assert.match(shown, /ETA/);
    assert.match(shown, /\| \d+ MB/);
  });

  it('when not a terminal writes nothing', () => {
    const { out, written } = stream(false);
    const progress = startProgress(4, out);
    progress.tick(1200);
    progress.stop();
    assert.equal(written(), '');
  });
});
