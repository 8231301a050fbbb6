/**
 * The page's date range on the corpus graph: evidence outside the range is hidden, so are edges
 * with none left, together with the evidence filters; the range goes in the URL and comes back from
 * it. Expected counts are worked out here from /api/graph's days, independently of the page's code.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { GraphPayload, QueryAnswer } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { corpusStore, seedStore } from '../support/stores.js';

/** The edges of the actor overview the page opens on (both ends in it). */
function overviewEdges(payload: GraphPayload): GraphPayload['edges'] {
  const overview = new Set(payload.nodes.filter((node) => node.overview).map((node) => node.key));
  return payload.edges.filter((edge) => overview.has(edge.source) && overview.has(edge.target));
}

/** Overview edges with a piece of evidence in [since, until] that has none of the `hidden` flags (hedged 1, negated 2, pronoun 4). */
function edgesShown(payload: GraphPayload, since: string, until: string, hidden = 0): number {
  return overviewEdges(payload).filter((edge) => (edge.dated ?? []).some((piece) => {
    const day = payload.days[Math.floor(piece / 8)]!;
    return day >= since && day <= until && (piece % 8 & hidden) === 0;
  })).length;
}

describe('the date range on the corpus graph', function () {
  this.timeout(300000);
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;
  let payload: GraphPayload;

  before(async () => {
    server = await startServer({ store: await corpusStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    payload = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphPayload;
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
  const drawnEdges = (page: Page): Promise<number> => page.evaluate(() => window.kg!.renderedEdgeCount());

  it('/api/graph lists the days and, per edge, each dated piece of evidence', () => {
    assert.equal(payload.days[0], '2019-01-04');
    assert.deepEqual([...payload.days].sort(), payload.days);
    // every corpus article is dated: every piece of evidence is in `dated`
    for (const edge of payload.edges) assert.equal(edge.dated?.length, edge.weight, edge.key);
  });

  it('January 2020 hides the edges with no evidence of that month, with the hedged filter on top, and back to all', async () => {
    const page = await open();
    const all = overviewEdges(payload).length;
    assert.equal(await drawnEdges(page), all);
    await page.locator('#date-range .date-since').fill('2020-01-01');
    await page.locator('#date-range .date-until').fill('2020-01-31');
    const january = edgesShown(payload, '2020-01-01', '2020-01-31');
    assert.ok(january > 0 && january < all / 4, `${january} of ${all} edges in January 2020`);
    assert.equal(await drawnEdges(page), january);
    assert.match(page.url(), /[?&]since=2020-01-01(&|$)/);
    assert.match(page.url(), /[?&]until=2020-01-31(&|$)/);
    assert.match((await page.locator('#date-range .date-summary').textContent()) ?? '', /^\d+ of \d+ days with documents$/);
    mkdirSync('test-output', { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-output/date-range.png' });

    // "this view" exports carry the range: the JSON of the view holds only evidence of January 2020
    await page.locator('#export summary').click();
    const viewJson = (await page.locator('#export a[data-view="/api/export/json"]').getAttribute('href')) ?? '';
    assert.match(viewJson, /[?&]since=2020-01-01&until=2020-01-31$/);
    const exported = (await (await fetch(server.url + viewJson)).json()) as { documents: { date?: string }[]; graph: { edges: unknown[] } };
    assert.equal(exported.graph.edges.length, january);
    assert.ok(exported.documents.length > 0 && exported.documents.every((doc) => doc.date! >= '2020-01-01' && doc.date! <= '2020-01-31'));
    await page.locator('#export summary').click();

    await page.locator('.legend input[data-filter="hedged"]').check();
    const plain = edgesShown(payload, '2020-01-01', '2020-01-31', 1);
    assert.ok(plain < january, `${plain} of ${january} are left without hedged evidence`);
    assert.equal(await drawnEdges(page), plain);

    await page.locator('.legend input[data-filter="hedged"]').uncheck();
    await page.locator('#date-range .date-reset').click();
    assert.equal(await drawnEdges(page), all);
    assert.doesNotMatch(page.url(), /since=|until=/);
  });

  it('a link with since and until opens on that range; a range with no document hides every edge', async () => {
    const page = await open('/?since=2020-06-01&until=2020-06-30');
    assert.equal(await page.locator('#date-range .date-since').inputValue(), '2020-06-01');
    assert.equal(await drawnEdges(page), edgesShown(payload, '2020-06-01', '2020-06-30'));
    await page.locator('#date-range .date-since').fill('2020-12-29');
    await page.locator('#date-range .date-until').fill('2020-12-31');
    assert.equal(await drawnEdges(page), 0);
    assert.equal(await page.locator('#date-range .date-summary').textContent(), 'no document is dated in this range');
  });
});

describe('the date range and a console answer on the corpus graph', function () {
  this.timeout(300000);
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;

  before(async () => {
    server = await startServer({ store: await corpusStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
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

  it('a lit path whose hop has no sentence in the range says so, and says nothing once the range holds it again', async () => {
    const response = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'path "Donald Trump" -- "Joe Biden"' }) });
    const answer = (await response.json()) as QueryAnswer;
    const days = answer.path!.hops.flatMap((hop) => hop.evidence.map((evidence) => evidence.date!)).sort();
    assert.ok(days.length > 0 && days[0]! > '2019-01-31', days.join(' '));
    opened = await openPage(browser, `${server.url}/`);
    const { page } = opened;
    await page.locator('#console-input').fill(answer.query);
    await page.keyboard.press('Enter');
    const entry = page.locator('#console-log .entry').last();
    await entry.locator('.summary').first().waitFor();
    // January 2019 is before every sentence of the path
    await page.locator('#date-range .date-since').fill('2019-01-01');
    await page.locator('#date-range .date-until').fill('2019-01-31');
    const note = entry.locator('.filter-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /hidden by the filters: .*\(no sentence in the date range\)/);
    await page.locator('#date-range .date-reset').click();
    await note.waitFor({ state: 'hidden' });
  });
});

describe('the date range on the undated seed graph', function () {
  this.timeout(120000);
  it('is hidden: the seeds are text files without dates, and a since in the link hides nothing', async () => {
    const server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0 });
    const browser = await launchBrowser();
    try {
      const payload = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphPayload;
      assert.deepEqual(payload.days, []);
      const opened = await openPage(browser, `${server.url}/?since=2020-01-01`);
      assert.ok(await opened.page.locator('#date-range').isHidden());
      assert.equal(await opened.page.evaluate(() => window.kg!.renderedEdgeCount()), overviewEdges(payload).length);
      assert.deepEqual(await opened.problems.all(opened.page), []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
