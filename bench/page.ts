/**
 * `npm run bench:page`: the page on the Wikinews corpus in headless chromium — time from navigation
 * to sigma's first frame, frames per second while the camera pans, and ForceAtlas2 iterations per
 * second in the web worker — each run N times (the median is printed; the machine is noisy).
 * Usage: node dist/bench/page.js [corpus.jsonl] [--runs N]
 */
import type { GraphPayload } from '../src/server/api-types.js';
import { startServer } from '../src/server/start.js';
import { launchBrowser, openPage } from '../test/support/browser.js';
import { CORPUS_CACHE, corpusStore, DEFAULT_CORPUS } from './support/corpus-store.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? DEFAULT_CORPUS;
const cache = CORPUS_CACHE;
const PAN_MS = 3000;
const LAYOUT_MS = 3000;

interface Figures {
  firstFrameMs: number;
  panFps: number;
  layoutIterationsPerSecond: number;
  /** Frames drawn while the layout runs. */
  layoutFps: number;
}

function describe(f: Figures): string {
  return `first frame ${fixed(f.firstFrameMs, 0)} ms · panning ${fixed(f.panFps)} frames/s · ` +
    `ForceAtlas2 ${fixed(f.layoutIterationsPerSecond)} iterations/s (drawn at ${fixed(f.layoutFps)} frames/s)`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (n: number, digits = 1): string => n.toFixed(digits);

const { store, cached } = await corpusStore(corpus, cache);
const server = await startServer({ store, host: '127.0.0.1', port: 0 });
const browser = await launchBrowser();
try {
  const payloadText = await (await fetch(`${server.url}/api/graph`)).text();
  const payload = JSON.parse(payloadText) as GraphPayload;
  console.log(`corpus ${corpus}: ${store.documents.length} documents → ${payload.nodes.length} nodes, ${payload.edges.length} edges` +
    ` (/api/graph ${Math.round(payloadText.length / 1024)} KiB; store ${cached ? 'read from' : 'built and saved to'} ${cache})`);
  console.log(`headless chromium with software WebGL (the page hides edges while the camera moves there), viewport 1280×860; ${runs} runs, each in a fresh browser context`);
  const figures: Figures[] = [];
  for (let run = 1; run <= runs; run++) {
    const { context, page } = await openPage(browser, server.url);
    const firstFrameMs = (await page.evaluate(() => window.kg!.firstFrameAt()))!;
    const pan = await page.evaluate((ms) => window.kg!.pan(ms), PAN_MS);
    // the worker's iterations arrive as position updates; counted over wall-clock time in the page
    const layout = await page.evaluate(async (ms) => {
      const button = document.getElementById('layout')!;
      button.click();
      const [t0, i0, f0] = [performance.now(), window.kg!.layoutIterations(), window.kg!.frames()];
      await new Promise((resolve) => setTimeout(resolve, ms));
      const [t1, i1, f1] = [performance.now(), window.kg!.layoutIterations(), window.kg!.frames()];
      button.click();
      const seconds = (t1 - t0) / 1000;
      return { iterations: (i1 - i0) / seconds, fps: (f1 - f0) / seconds };
    }, LAYOUT_MS);
    await context.close();
    const result = { firstFrameMs, panFps: pan.frames / (pan.ms / 1000), layoutIterationsPerSecond: layout.iterations, layoutFps: layout.fps };
    figures.push(result);
    console.log(`run ${run}: ${describe(result)}`);
  }
  const middle = (pick: (f: Figures) => number): number => median(figures.map(pick));
  console.log(`median: ${describe({ firstFrameMs: middle((f) => f.firstFrameMs), panFps: middle((f) => f.panFps), layoutIterationsPerSecond: middle((f) => f.layoutIterationsPerSecond), layoutFps: middle((f) => f.layoutFps) })}` +
    ` (${payload.nodes.length} nodes, ${payload.edges.length} edges)`);
} finally {
  await browser.close();
  await server.close();
}
