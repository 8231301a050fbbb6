/**
 * What you see is what you share, on small screens too: the legend's choices and the camera go in
 * the URL and come back from it, the header counts follow the filters, the export menu closes after
 * a choice; at 800×600 the graph keeps half the window, every control has a name, and a search
 * choice moves the focus to the card. Screenshots go to test-output/view-*.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { seedStore } from '../support/stores.js';

describe('the page: shared views, small screens and keyboard', function () {
  this.timeout(120000);
  let server: RunningServer;
  let browser: Browser;
  const pages: OpenedPage[] = [];

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    mkdirSync('test-output', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async function () {
    const problems = (await Promise.all(pages.map((p) => p.problems.all(p.page)))).flat();
    await Promise.all(pages.map((p) => p.context.close()));
    pages.length = 0;
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported problems');
  });

  async function open(path = '/', viewport?: { width: number; height: number }): Promise<Page> {
    const opened = await openPage(browser, server.url + path, viewport);
    pages.push(opened);
    return opened.page;
  }

  const drawn = (page: Page) => page.evaluate(() => ({ nodes: window.kg!.renderedNodeCount(), edges: window.kg!.renderedEdgeCount() }));

  it('puts the legend choices and the camera in the URL, and a new page opened on it shows the same view and counts', async () => {
    const page = await open();
    const counts = (await page.locator('#stats').textContent()) ?? '';
    await page.locator('[data-filter="show-concepts"]').check();
    await page.locator('.legend input[data-type="place"]').uncheck();
    await page.locator('.legend input[data-filter="hedged"]').check();
    await page.locator('[data-control="color-by"]').selectOption('community');
    await page.locator('[data-control="size-by"]').selectOption('betweenness');
    await page.evaluate(() => window.kg!.pan(200));
    await page.waitForTimeout(300);
    const filtered = (await page.locator('#stats').textContent()) ?? '';
    assert.notEqual(filtered, counts, 'the header counts did not follow the filters');
    assert.match(filtered, /^\d+ of \d+ nodes · \d+ of \d+ relations$/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('concepts'), '1');
    assert.equal(url.searchParams.get('hide'), 'place');
    assert.equal(url.searchParams.get('without'), 'hedged');
    assert.equal(url.searchParams.get('color'), 'community');
    assert.equal(url.searchParams.get('size'), 'betweenness');
    const before = { drawn: await drawn(page), camera: await page.evaluate(() => window.kg!.camera()) };

    const copy = await open(url.pathname + url.search);
    await copy.waitForTimeout(300);
    assert.deepEqual(await drawn(copy), before.drawn);
    assert.equal((await copy.locator('#stats').textContent()) ?? '', filtered);
    assert.equal(await copy.locator('.legend input[data-type="place"]').isChecked(), false);
    assert.equal(await copy.locator('[data-control="size-by"]').inputValue(), 'betweenness');
    const camera = await copy.evaluate(() => window.kg!.camera());
    for (const axis of ['x', 'y', 'ratio'] as const) assert.ok(Math.abs(camera[axis] - before.camera[axis]) < 1e-3, `camera ${axis}: ${camera[axis]} vs ${before.camera[axis]}`);
  });

  it('offers the current view for export as it is drawn, and closes the export menu once a download is chosen', async () => {
    const page = await open();
    await page.locator('.legend input[data-type="place"]').uncheck();
    await page.locator('.legend input[data-filter="negated"]').check();
    await page.locator('#export summary').click();
    const href = (await page.locator('#export a[data-view]', { hasText: 'JSON' }).getAttribute('href'))!;
    assert.equal(href, '/api/export/json?view=1&hide=place&without=negated');
    const exported = (await (await fetch(server.url + href)).json()) as { graph: { nodes: unknown[]; edges: unknown[] } };
    assert.deepEqual({ nodes: exported.graph.nodes.length, edges: exported.graph.edges.length }, await drawn(page), 'the export holds what is drawn');
    assert.equal(await page.locator('#export').getAttribute('open'), '');
    const download = page.waitForEvent('download');
    await page.locator('#export a[data-view]', { hasText: 'GEXF' }).click();
    await download;
    assert.equal(await page.locator('#export').getAttribute('open'), null);
  });

  it('at 800×600 keeps half the window for the graph, folds legend and console, names every control, and focuses the card after a search choice', async () => {
    const page = await open('/', { width: 800, height: 600 });
    const graph = (await page.getByRole('region', { name: 'The graph' }).boundingBox())!;
    assert.ok(graph.width * graph.height >= 0.5 * 800 * 600, `the graph has ${graph.width}×${graph.height} of 800×600`);
    assert.equal(await page.locator('.legend-details').getAttribute('open'), null, 'the legend starts folded on a small screen');
    await page.screenshot({ path: 'test-output/view-800x600.png' });
    await page.getByRole('button', { name: "Hide or show the console's answers" }).click();
    assert.equal(await page.locator('#console-log').isHidden(), true);
    const taller = (await page.getByRole('region', { name: 'The graph' }).boundingBox())!;
    assert.ok(taller.height > graph.height, 'folding the console gives the graph no room');
    await page.getByRole('textbox', { name: 'Console query' }).waitFor();
    // every control the reader can reach has a name a screen reader can say
    await page.locator('.legend-details > summary').click();
    const unnamed = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, input, select, summary, a[href]')]
      .filter((control) => control.offsetParent !== null)
      .filter((control) => {
        const labelled = control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? (control.labels?.length ?? 0) > 0 : false;
        return !labelled && !control.getAttribute('aria-label') && (control.textContent ?? '').trim() === '';
      })
      .map((control) => control.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, [], 'controls without an accessible name');
    await page.getByRole('combobox', { name: 'Find an actor' }).pressSequentially('Ghani', { delay: 10 });
    await page.locator('#suggestions .suggestion').first().waitFor();
    assert.equal(await page.locator('#suggestions .suggestion.active').count(), 0, 'a suggestion was chosen for the reader');
    await page.keyboard.press('Enter');
    await page.locator('.node-card').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'panel-title');
    await page.getByRole('button', { name: 'Close the panel' }).waitFor();
    await page.screenshot({ path: 'test-output/view-800x600-card.png' });
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#panel').isHidden(), true);
  });
});
