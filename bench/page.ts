/**
 * `npm run bench:page`: the page on the Wikinews corpus in headless chromium — time from navigation
 * to sigma's first frame (the actor overview), frames per second while the camera pans, the time
 * from selecting an actor to its focused view, ForceAtlas2 iterations per second in the web worker —
 * each run N times (the median is printed; the machine is noisy). Then the corpus store ×K (copies
 * under fresh ids, laid out anew as a build does): time to the overview's first frame and to the
 * whole graph loaded.
 * Usage: node dist/bench/page.js [corpus.jsonl] [--runs N] [--copies K]
 */
import type { GraphPayload } from '../src/api-types.js';
import type { StoreContents } from '../src/graph/store.js';
import { startServer } from '../src/server/start.js';
import { launchBrowser, openPage, waitUntilReady } from '../test/support/browser.js';
import { CORPUS_CACHE, corpusStore, DEFAULT_CORPUS } from './support/corpus-store.js';
import { numberOption } from './support/options.js';
import { laidOut, repeated } from './support/repeated-store.js';

const args = process.argv.slice(2);
const runs = numberOption('runs', 3);
const copies = numberOption('copies', 10);
const corpus = args.find((a, i) => !a.startsWith('--') && !['--runs', '--copies'].includes(args[i - 1] ?? '')) ?? DEFAULT_CORPUS;
const PAN_MS = 3000;
const LAYOUT_MS = 3000;
/** Actors selected per run, the best-connected first: a hub's neighbourhood is the slowest to bring out. */
const SELECTED = 5;

interface Figures {
  firstFrameMs: number;
  panFps: number;
  selectMs: number;
  layoutIterationsPerSecond: number;
  /** Frames drawn while the layout runs. */
  layoutFps: number;
}

function describe(f: Figures): string {
  return `first frame ${fixed(f.firstFrameMs, 0)} ms · panning ${fixed(f.panFps)} frames/s · selecting an actor ${fixed(f.selectMs, 0)} ms · ` +
    `ForceAtlas2 ${fixed(f.layoutIterationsPerSecond)} iterations/s (drawn at ${fixed(f.layoutFps)} frames/s)`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (n: number, digits = 1): string => n.toFixed(digits);

const { store, cached } = await corpusStore(corpus, CORPUS_CACHE);
const browser = await launchBrowser();
try {
  await benchCorpus(store, cached);
  await benchLarge(store);
} finally {
  await browser.close();
}

async function benchCorpus(store: StoreContents, cached: boolean): Promise<void> {
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  try {
    const payload = await graphOf(server.url, 'all');
    const overview = await graphOf(server.url, 'overview');
    console.log(`corpus ${corpus}: ${store.documents.length} documents → ${payload.nodes.length} nodes, ${payload.edges.length} edges; ` +
      `overview ${overview.nodes.length} actors, ${overview.edges.length} edges (store ${cached ? 'read from' : 'built and saved to'} ${CORPUS_CACHE})`);
    console.log(`headless chromium with software WebGL, viewport 1280×860; ${runs} runs, each in a fresh browser context`);
    const hubs = overview.nodes.sort((a, b) => b.degree - a.degree).slice(0, SELECTED).map((n) => n.key);
    const figures: Figures[] = [];
    for (let run = 1; run <= runs; run++) {
      const { context, page } = await openPage(browser, server.url);
      const firstFrameMs = (await page.evaluate(() => window.kg!.firstFrameAt()))!;
      const pan = await page.evaluate((ms) => window.kg!.pan(ms), PAN_MS);
      const selections: number[] = [];
      for (const key of hubs) {
        selections.push(await page.evaluate((k) => window.kg!.selectTimed(k), key));
        await page.keyboard.press('Escape');
        await page.waitForTimeout(700); // the camera's move after the selection
      }
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
      const result = { firstFrameMs, panFps: pan.frames / (pan.ms / 1000), selectMs: median(selections), layoutIterationsPerSecond: layout.iterations, layoutFps: layout.fps };
      figures.push(result);
      console.log(`run ${run}: ${describe(result)}`);
    }
    const middle = (pick: (f: Figures) => number): number => median(figures.map(pick));
    console.log(`median: ${describe({ firstFrameMs: middle((f) => f.firstFrameMs), panFps: middle((f) => f.panFps), selectMs: middle((f) => f.selectMs), layoutIterationsPerSecond: middle((f) => f.layoutIterationsPerSecond), layoutFps: middle((f) => f.layoutFps) })}`);
  } finally {
    await server.close();
  }
}

async function benchLarge(store: StoreContents): Promise<void> {
  const started = performance.now();
  const large = laidOut(repeated(store, copies));
  console.log(`corpus store ×${copies}: ${large.graph.nodes.length} nodes, ${large.graph.edges.length} edges (copied and laid out in ${fixed((performance.now() - started) / 1000)} s)`);
  const server = await startServer({ store: large, host: '127.0.0.1', port: 0 });
  try {
    const firstFrames: number[] = [];
    const whole: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => (window.kg?.firstFrameAt() ?? null) !== null, null, { timeout: 120000, polling: 50 });
      firstFrames.push((await page.evaluate(() => window.kg!.firstFrameAt()))!);
      await waitUntilReady(page, 300000);
      whole.push(await page.evaluate(() => performance.now()));
      const drawn = await page.evaluate(() => window.kg!.renderedNodeCount());
      await context.close();
      console.log(`run ${run}: overview's first frame ${fixed(firstFrames.at(-1)!, 0)} ms (${drawn} actors drawn) · whole graph loaded by ${fixed(whole.at(-1)!, 0)} ms`);
    }
    console.log(`median ×${copies}: overview's first frame ${fixed(median(firstFrames), 0)} ms · whole graph loaded by ${fixed(median(whole), 0)} ms`);
  } finally {
    await server.close();
  }
}

async function graphOf(url: string, scope: 'all' | 'overview'): Promise<GraphPayload> {
  return (await (await fetch(`${url}/api/graph?scope=${scope}`)).json()) as GraphPayload;
}
