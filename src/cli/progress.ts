/** A progress bar for long runs on a terminal: documents done, words per second, time left, memory. Silent otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more document done, with its word count. */
  tick(words: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'extracting {bar} {value}/{total} documents | {wordsPerSecond} words/s | ETA {eta_formatted} | {memory} MB',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let words = 0;
  // resident memory of the whole process, worker threads included
  const memory = (): number => Math.round(process.memoryUsage.rss() / 2 ** 20);
  bar.start(total, 0, { wordsPerSecond: 0, memory: memory() });
  return {
    tick(count) {
      words += count;
      const seconds = (performance.now() - started) / 1000;
      bar.increment(1, { wordsPerSecond: Math.round(words / Math.max(seconds, 0.001)), memory: memory() });
    },
    stop: () => bar.stop(),
  };
}
