/** An empty graph gets a friendly message instead of a blank canvas, and no errors. */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { emptyStore } from '../../src/graph/corpus.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';

describe('the page on an empty graph', function () {
  this.timeout(60000);
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;

  before(async () => {
    server = await startServer({ store: emptyStore(), host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await opened?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('says the graph is empty and how to build one', async () => {
    opened = await openPage(browser, server.url);
    const blank = opened.page.locator('#blank');
    assert.ok(await blank.isVisible());
    assert.match((await blank.textContent()) ?? '', /empty.*kg build/);
    assert.equal(await opened.page.evaluate(() => window.kg!.renderedNodeCount()), 0);
    assert.deepEqual(await opened.problems.all(opened.page), []);
  });
});
