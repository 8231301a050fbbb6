/** The page on the seed graph in headless chromium: drawing, search, the node panel, console paths, documents and links. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { GraphPayload, QueryAnswer } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, waitUntilReady, type OpenedPage } from '../support/browser.js';
import { seedStore } from '../support/stores.js';

describe('the page on the seed graph', function () {
  this.timeout(120000);
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path = '/'): Promise<Page> {
    opened = await openPage(browser, server.url + path);
    return opened.page;
  }

  // every test ends with a page that logged no error, broke no CSP rule, threw nothing and opened no dialog
  afterEach(async function () {
    if (opened === undefined) return;
    const problems = await opened.problems.all(opened.page);
    await opened.context.close();
    opened = undefined;
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported problems');
  });

  async function fetchJson<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(server.url + path, init);
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  }

  it('draws the actor overview of /api/graph, every node and edge once concepts are shown, and serves itself under the strict CSP', async () => {
    const graph = await fetchJson<GraphPayload>('/api/graph');
    const page = await open();
    const drawn = await page.evaluate(() => ({ nodes: window.kg!.renderedNodeCount(), edges: window.kg!.renderedEdgeCount(), first: window.kg!.firstFrameAt() }));
    const overview = new Set(graph.nodes.filter((n) => n.overview).map((n) => n.key));
    assert.ok(overview.size > 0);
    assert.equal(drawn.nodes, overview.size);
    assert.equal(drawn.edges, graph.edges.filter((e) => overview.has(e.source) && overview.has(e.target)).length);
    assert.ok(drawn.first !== null && drawn.first > 0);
    await page.locator('[data-filter="show-concepts"]').check();
    const all = await page.evaluate(() => ({ nodes: window.kg!.renderedNodeCount(), edges: window.kg!.renderedEdgeCount() }));
    assert.deepEqual(all, { nodes: graph.nodes.length, edges: graph.edges.length });
    const csp = (await fetch(server.url + '/')).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.equal(await page.locator('.legend input[data-type]').count(), graph.types.length);
    mkdirSync('test-output', { recursive: true });
    await page.waitForTimeout(300); // let the labels settle before the picture
    await page.screenshot({ path: 'test-output/page.png' });
  });

  // The seeds say "a letter from Blinken to Ghani": the message noun is read as `wrote to`, lemma `write to`.
  it('search "Blinken" suggests Antony Blinken and opens his card: wrote to → Ashraf Ghani, with the sentence', async () => {
    const page = await open();
    await page.locator('#search').pressSequentially('Blinken', { delay: 20 });
    const suggestion = page.locator('#suggestions .suggestion', { hasText: 'Antony Blinken' });
    await suggestion.first().click();
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    assert.equal(await page.locator('#panel-title').textContent(), 'Antony Blinken');
    const wrote = page.locator('.relations.out .relation-group[data-lemma="write to"]');
    assert.match((await wrote.locator('h4.relation').textContent()) ?? '', /^wrote to · write to$/);
    const edge = wrote.locator('.relation-edge', { has: page.locator('.node-link', { hasText: 'Ashraf Ghani' }) });
    assert.equal(await edge.count(), 1, 'no "wrote to → Ashraf Ghani" in the card');
    const sentence = (await edge.locator('.evidence-sentence').first().textContent()) ?? '';
    assert.match(sentence, /Blinken/);
    assert.match(sentence, /Ghani/);
    assert.ok((await edge.locator('.evidence-sentence mark').first().textContent())!.length > 0, 'the evidence span is not marked');
    assert.equal(await page.evaluate(() => window.kg!.selectedNode()), 'antony-blinken');
    assert.match(page.url(), /[?&]node=antony-blinken/);
  });

  it('search is driven by the keyboard: down, up and Enter', async () => {
    const page = await open();
    await page.locator('#search').pressSequentially('blink', { delay: 20 });
    await page.locator('#suggestions .suggestion').nth(1).waitFor();
    const second = await page.locator('#suggestions .suggestion').nth(1).getAttribute('data-key');
    // no suggestion starts active: down, down, up, down lands on the second
    assert.equal(await page.locator('#suggestions .suggestion.active').count(), 0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator(`.node-card[data-key="${second}"]`).waitFor();
  });

  it('"path US -> Afghanistan" in the console lists hops with sentences and lights the path hop by hop', async () => {
    const expected = await fetchJson<QueryAnswer>('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'path US -> Afghanistan' }),
    });
    const path = expected.paths?.[0];
    assert.ok(path !== undefined && path.hops.length > 0, 'the seeds have no path from the US to Afghanistan');
    const page = await open();
    await page.locator('#console-input').fill('path US -> Afghanistan');
    await page.keyboard.press('Enter');
    const hops = page.locator('#console-log .entry .hop');
    await hops.first().waitFor();
    assert.equal(await hops.count(), path.hops.length);
    for (let i = 0; i < path.hops.length; i++) {
      assert.ok(((await hops.nth(i).locator('.evidence-sentence').first().textContent()) ?? '').length > 10, `hop ${i} has no sentence`);
    }
    // the highlight grows while it animates, then holds the whole path
    const seen = new Set<number>();
    const wholePath = path.hops.length;
    for (let waited = 0; waited < 10000; waited += 40) {
      const lit = await page.evaluate(() => window.kg!.highlightedEdges().length);
      seen.add(lit);
      if (lit === wholePath) break;
      await page.waitForTimeout(40);
    }
    if (wholePath > 1) assert.ok([...seen].some((n) => n > 0 && n < wholePath), `the path lit all at once (${[...seen].join(', ')})`);
    const lit = await page.evaluate(() => ({ nodes: window.kg!.highlightedNodes(), edges: window.kg!.highlightedEdges() }));
    assert.deepEqual(lit.edges, path.hops.map((h) => h.edge).sort());
    assert.deepEqual(lit.nodes, path.nodes.map((n) => n.key).sort());
    assert.equal(new URL(page.url()).searchParams.get('q'), 'path US -> Afghanistan');
  });

  it("a hop's sentence opens its document with the evidence span marked and in view", async () => {
    const page = await open();
    await page.locator('#console-input').fill('path US -> Afghanistan');
    await page.keyboard.press('Enter');
    const evidence = page.locator('#console-log .hop .evidence').first();
    await evidence.waitFor();
    const [start, end] = [Number(await evidence.getAttribute('data-start')), Number(await evidence.getAttribute('data-end'))];
    // the sentence marks the triple's subject, relation and object; the document marks the whole span they lie in
    const parts = await evidence.locator('.evidence-sentence mark').allTextContents();
    await evidence.locator('.evidence-sentence').click();
    const chosen = page.locator('.document-text mark.chosen');
    await chosen.first().waitFor();
    const span = (await chosen.allTextContents()).join('');
    assert.equal(span.length, end - start);
    assert.ok(parts.length >= 2 && parts.every((part) => span.includes(part)), `${JSON.stringify(parts)} not all in ${JSON.stringify(span)}`);
    assert.ok(await chosen.first().isVisible());
    const box = await chosen.first().boundingBox();
    const panel = await page.locator('#panel-body').boundingBox();
    assert.ok(box !== null && panel !== null && box.y >= panel.y && box.y + box.height <= panel.y + panel.height, 'the marked span is scrolled out of view');
  });

  it('clicking a node on the canvas opens its card; its edge and evidence lead to the document', async () => {
    const page = await open();
    const at = await page.evaluate(() => window.kg!.nodePosition('antony-blinken'));
    assert.ok(at !== null);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => window.kg!.hoveredNode() === 'antony-blinken');
    // hovering dims everything but the node and its neighbours
    assert.ok(await page.evaluate(() => window.kg!.nodeLabel('taliban') === ''), 'a node away from the hovered one is not dimmed');
    await page.mouse.click(at.x, at.y);
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    // the card opens on its first few relations: open them all
    for (let more = page.locator('.node-card .more:visible').first(); await more.count() > 0; more = page.locator('.node-card .more:visible').first()) await more.click();
    await page.locator('.relation-edge[data-edge="antony-blinken|write to|ashraf-ghani"] .edge-link').click();
    await page.locator('.edge-card[data-key="antony-blinken|write to|ashraf-ghani"]').waitFor();
    assert.equal(await page.evaluate(() => window.kg!.selectedEdge()), 'antony-blinken|write to|ashraf-ghani');
    assert.deepEqual(await page.evaluate(() => window.kg!.highlightedEdges()), ['antony-blinken|write to|ashraf-ghani']);
    await page.locator('.edge-card .evidence-sentence').first().click();
    await page.locator('.document-text mark.chosen').first().waitFor();
    await page.locator('#panel-back').click();
    await page.locator('.edge-card').waitFor();
  });

  it('a link with ?q= and ?node= reproduces the view', async () => {
    const page = await open(`/?node=ashraf-ghani&q=${encodeURIComponent('neighbors Ghani')}`);
    await page.locator('.node-card[data-key="ashraf-ghani"]').waitFor();
    await page.locator('#console-log .entry .answer').waitFor();
    await page.waitForFunction(() => window.kg!.highlightedNodes().includes('ashraf-ghani'));
    assert.match((await page.locator('#console-log .echo').textContent()) ?? '', /neighbors Ghani/);
  });

  it('console errors show the detail, with a caret under the position of an invalid query', async () => {
    const page = await open();
    await page.locator('#console-input').fill('path Blinken ->');
    await page.keyboard.press('Enter');
    await page.locator('#console-log .failed').waitFor();
    const caret = (await page.locator('#console-log .failed .caret').textContent()) ?? '';
    assert.match(caret, /^path Blinken ->\n *\^$/);
    assert.ok(((await page.locator('#console-log .failed .error').textContent()) ?? '').length > 0);
    await page.locator('#console-input').fill('show Nobody Atall');
    await page.keyboard.press('Enter');
    await page.locator('#console-log .failed').nth(1).waitFor();
    // history walks back through both queries
    await page.locator('#console-input').focus();
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#console-input').inputValue(), 'show Nobody Atall');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#console-input').inputValue(), 'path Blinken ->');
  });

  it('type and evidence filters hide nodes and edges; help lists the language', async () => {
    const page = await open();
    await page.locator('[data-filter="show-concepts"]').check();
    const before = await page.evaluate(() => ({ nodes: window.kg!.renderedNodeCount(), edges: window.kg!.renderedEdgeCount() }));
    await page.locator('.legend input[data-type="concept"]').uncheck();
    const noConcepts = await page.evaluate(() => ({ nodes: window.kg!.renderedNodeCount(), edges: window.kg!.renderedEdgeCount() }));
    assert.ok(noConcepts.nodes < before.nodes && noConcepts.edges < before.edges);
    await page.locator('.legend input[data-type="concept"]').check();
    await page.locator('.legend input[data-filter="hedged"]').check();
    await page.locator('.legend input[data-filter="negated"]').check();
    await page.locator('.legend input[data-filter="resolved"]').check();
    const graph = await fetchJson<GraphPayload>('/api/graph');
    // only evidence with none of the three flags is left: index 0 of the counts by flags
    const kept = graph.edges.filter((e) => e.flagCounts[0]! > 0).length;
    assert.equal(await page.evaluate(() => window.kg!.renderedEdgeCount()), kept);
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), before.nodes, 'a node left without edges should stay');
    await page.locator('#console-input').fill('help');
    await page.keyboard.press('Enter');
    assert.match((await page.locator('#console-log .answer-text').textContent()) ?? '', /path/);
  });

  it('the Export menu in the header links every download, and GEXF downloads as a file', async () => {
    const page = await open();
    await page.locator('#export summary').click();
    const links = page.locator('#export a[download]:not([data-view])');
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [
      '/api/export/gexf', '/api/export/graphml', '/api/export/nodes.csv', '/api/export/edges.csv', '/api/export/json', '/api/export/tsv',
    ]);
    // the current view's links describe what is drawn when the menu opened: here the overview, no filter
    const viewLinks = page.locator('#export a[data-view]');
    assert.deepEqual(await viewLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [
      '/api/export/gexf?view=1', '/api/export/graphml?view=1', '/api/export/nodes.csv?view=1', '/api/export/edges.csv?view=1', '/api/export/json?view=1',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    assert.equal(download.suggestedFilename(), 'graph.gexf');
    const saved = await download.path();
    assert.match(readFileSync(saved, 'utf8'), /^<\?xml[^]*<\/gexf>\n$/);
  });

  it('the layout button runs ForceAtlas2 in a worker and stops it', async () => {
    const page = await open();
    await page.locator('#layout').click();
    await page.waitForFunction(() => window.kg!.layoutIterations() > 5);
    await page.locator('#layout').click();
    assert.equal(await page.evaluate(() => window.kg!.layoutRunning()), false);
    await waitUntilReady(page);
  });
});
