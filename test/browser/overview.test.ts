/**
 * The page on the Wikinews corpus graph: the actor overview it opens on, labels by importance,
 * focus on a selected actor, lit paths drawn over what is dimmed, parallel relations, and the legend's
 * relation filter and encodings. Screenshots go to test-output/overview-*.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { GraphPayload, QueryAnswer } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { corpusStore } from '../support/stores.js';

type Box = { x0: number; y0: number; x1: number; y1: number };

describe('the page on the corpus graph: overview, focus and relations', function () {
  this.timeout(300000);
  let server: RunningServer;
  let browser: Browser;
  let payload: GraphPayload;
  let opened: OpenedPage | undefined;

  before(async () => {
    server = await startServer({ store: await corpusStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    payload = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphPayload;
    mkdirSync('test-output', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async function () {
    if (opened === undefined) return;
    const problems = await opened.problems.all(opened.page);
    await opened.context.close();
    opened = undefined;
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported problems');
  });

  async function open(path = '/'): Promise<Page> {
    opened = await openPage(browser, server.url + path);
    return opened.page;
  }

  const overviewKeys = (): Set<string> => new Set(payload.nodes.filter((n) => n.overview).map((n) => n.key));
  const graphBox = async (page: Page): Promise<Box> => {
    const box = (await page.locator('#graph').boundingBox())!;
    return { x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height };
  };

  it('opens on the actor overview with the ten best-connected actors labelled, apart from each other and in view', async () => {
    const overview = overviewKeys();
    assert.ok(overview.size > 100 && overview.size < payload.nodes.length / 4, `an overview of ${overview.size} of ${payload.nodes.length} nodes`);
    assert.ok(payload.nodes.every((n) => !n.overview || n.type !== 'concept'), 'a concept in the actor overview');
    const topTen = payload.nodes.filter((n) => n.type !== 'concept').sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1)).slice(0, 10);
    const page = await open();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), overview.size);
    const labels = new Set(await page.evaluate(() => window.kg!.displayedLabels()));
    const frame = await graphBox(page);
    const boxes: [string, Box][] = [];
    for (const node of topTen) {
      assert.ok(labels.has(node.key), `${node.label} (degree ${node.degree}) is not labelled in the first frame`);
      const box = (await page.evaluate((key) => window.kg!.labelBox(key), node.key))!;
      assert.ok(box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1, `${node.label}'s label is cut by the edge of the view`);
      boxes.push([node.label, box]);
    }
    for (const [i, [a, boxA]] of boxes.entries()) {
      for (const [b, boxB] of boxes.slice(i + 1)) {
        const apart = boxA.x1 <= boxB.x0 || boxB.x1 <= boxA.x0 || boxA.y1 <= boxB.y0 || boxB.y1 <= boxA.y0;
        assert.ok(apart, `the labels of ${a} and ${b} overlap`);
      }
    }
    await page.screenshot({ path: 'test-output/overview-first-frame.png' });
    // concepts come on demand
    await page.locator('[data-filter="show-concepts"]').check();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), payload.nodes.length);
    await page.screenshot({ path: 'test-output/overview-with-concepts.png' });
  });

  it('selecting an actor brings out its neighbourhood beside the panel; Escape closes it; expand keeps the neighbours', async () => {
    const overview = overviewKeys();
    const harris = payload.nodes.find((n) => n.label === 'Kamala Harris')!;
    const neighbours = new Set(payload.edges.flatMap((e) => (e.source === harris.key ? [e.target] : e.target === harris.key ? [e.source] : [])));
    const broughtIn = [...neighbours].filter((key) => !overview.has(key)).length;
    assert.ok(broughtIn > 5, 'Kamala Harris has too few concept neighbours to see them come in');
    const page = await open();
    await page.locator('#search').pressSequentially('Kamala Harris', { delay: 10 });
    await page.locator('#suggestions .suggestion', { hasText: 'Kamala Harris' }).first().click();
    await page.locator(`.node-card[data-key="${harris.key}"]`).waitFor();
    await page.waitForTimeout(900); // the camera's move
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), overview.size + broughtIn);
    const panel = (await page.locator('#panel').boundingBox())!;
    const frame = await graphBox(page);
    const at = (await page.evaluate((key) => window.kg!.nodePosition(key), harris.key))!;
    assert.ok(at.x > frame.x0 && at.x < panel.x && at.y > frame.y0 && at.y < frame.y1, `Kamala Harris is drawn at ${at.x},${at.y}, not in the part the panel leaves free`);
    const inFree = [];
    for (const key of neighbours) {
      const p = (await page.evaluate((k) => window.kg!.nodePosition(k), key))!;
      inFree.push(p.x > frame.x0 && p.x < panel.x && p.y > frame.y0 && p.y < frame.y1);
    }
    assert.ok(inFree.filter(Boolean).length >= 0.9 * inFree.length, `only ${inFree.filter(Boolean).length} of ${inFree.length} neighbours are in view beside the panel`);
    await page.screenshot({ path: 'test-output/overview-focus.png' });

    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#panel').isHidden(), true);
    assert.equal(await page.evaluate(() => window.kg!.selectedNode()), null);
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), overview.size);

    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('Kamala Harris', { delay: 10 });
    await page.locator('#suggestions .suggestion', { hasText: 'Kamala Harris' }).first().click();
    await page.locator(`.node-card[data-key="${harris.key}"]`).waitFor();
    await page.getByRole('button', { name: 'Expand' }).click();
    await page.getByRole('button', { name: 'Close the panel' }).click();
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), overview.size + broughtIn, 'the expanded neighbours left with the selection');
    await page.locator('[data-control="reset-view"]').click();
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), overview.size);
  });

  it('a lit path is drawn over the dimmed nodes: the pixels along each lit edge are dark', async () => {
    const query = 'path Kamala Harris -> Boris Johnson';
    const answer = (await (await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as QueryAnswer;
    const path = answer.paths?.[0];
    assert.ok(path !== undefined && path.hops.length >= 2, `${query}: no path of two hops or more on the corpus`);
    const page = await open();
    await page.locator('#console-input').fill(query);
    await page.keyboard.press('Enter');
    for (let waited = 0; waited < 10000 && (await page.evaluate(() => window.kg!.highlightedEdges().length)) < path.hops.length; waited += 100) await page.waitForTimeout(100);
    await page.waitForTimeout(1000); // the camera frames the path
    const screenshot = await page.screenshot({ path: 'test-output/overview-lit-path.png' });
    const samples: boolean[] = [];
    for (const hop of path.hops) {
      const [a, b] = await page.evaluate(([from, to]) => [window.kg!.nodePosition(from), window.kg!.nodePosition(to)], [hop.from.key, hop.to.key] as const);
      const length = Math.hypot(b!.x - a!.x, b!.y - a!.y);
      assert.ok(length > 40, `the hop ${hop.from.label} → ${hop.to.label} is drawn ${length.toFixed(0)} px long, too short to read`);
      for (let t = 0.3; t <= 0.71; t += 0.05) samples.push(await darkNear(page, screenshot, a!.x + (b!.x - a!.x) * t, a!.y + (b!.y - a!.y) * t));
    }
    assert.ok(samples.filter(Boolean).length >= 0.85 * samples.length, `only ${samples.filter(Boolean).length} of ${samples.length} points along the lit path are dark`);
  });

  it('parallel relations between one pair bend apart; the relation filter keeps one relation; colour and size follow the legend', async () => {
    const pairs = new Map<string, string[]>();
    for (const e of payload.edges) pairs.set([e.source, e.target].sort().join('\u0000'), [...(pairs.get([e.source, e.target].sort().join('\u0000')) ?? []), e.key]);
    const parallel = [...pairs.values()].find((edges) => edges.length >= 3)!;
    const page = await open();
    const bends = await page.evaluate((keys) => keys.map((k) => window.kg!.edgeCurvature(k)), parallel);
    assert.equal(new Set(bends).size, bends.length, `parallel edges share a curve: ${bends.join(', ')}`);

    const overview = overviewKeys();
    const inOverview = payload.edges.filter((e) => overview.has(e.source) && overview.has(e.target));
    const counts = new Map<string, number>();
    for (const e of inOverview) counts.set(e.lemma, (counts.get(e.lemma) ?? 0) + 1);
    const [lemma, count] = [...counts].filter(([l]) => l !== 'be').sort((a, b) => b[1] - a[1])[0]!;
    await page.locator('[data-control="relation"]').fill(lemma);
    await page.locator('[data-control="relation"]').press('Enter');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.kg!.renderedEdgeCount()), count, `only "${lemma}" edges should be drawn`);
    await page.locator('[data-control="relation"]').fill('no such relation');
    await page.locator('[data-control="relation"]').press('Enter');
    assert.match((await page.locator('.relation-message').textContent()) ?? '', /no relation “no such relation”/);
    assert.equal(await page.evaluate(() => window.kg!.renderedEdgeCount()), inOverview.length);

    const byCommunity = new Map<number, string>();
    for (const n of payload.nodes.filter((n) => n.overview)) if (!byCommunity.has(n.community)) byCommunity.set(n.community, n.key);
    await page.locator('[data-control="color-by"]').selectOption('community');
    const colours = await page.evaluate((keys) => keys.map((k) => window.kg!.nodeLook(k)!.color), [...byCommunity.values()].slice(0, 4));
    assert.equal(new Set(colours).size, colours.length, `four communities drawn in ${new Set(colours).size} colours`);
    await page.locator('[data-control="size-by"]').selectOption('pagerank');
    const topRank = payload.nodes.filter((n) => n.overview).sort((a, b) => b.pagerank - a.pagerank)[0]!;
    const sizes = await page.evaluate((keys) => keys.map((k) => window.kg!.nodeLook(k)!.size), [...overview]);
    assert.equal(Math.max(...sizes), (await page.evaluate((k) => window.kg!.nodeLook(k)!.size, topRank.key)));
    await page.screenshot({ path: 'test-output/overview-communities.png' });
  });
});

/** Whether the screenshot has a dark pixel within 2 px of (x, y); the PNG is decoded by the page's own image decoder. */
async function darkNear(page: Page, png: Buffer, x: number, y: number): Promise<boolean> {
  return page.evaluate(async ({ data, x, y }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5).data;
    for (let i = 0; i < pixels.length; i += 4) {
      if (0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]! < 110) return true;
    }
    return false;
  }, { data: png.toString('base64'), x, y });
}
