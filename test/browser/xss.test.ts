/** Document text is inert in the page: an actor named like an HTML tag shows as those characters everywhere and runs nothing. */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDocuments, emptyStore } from '../../src/graph/corpus.js';
import type { GraphPayload } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { ExtractedDocument, Mention } from '../../src/types.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';

const TAG = '<img src=x onerror=alert(1)>';
const TITLE = '<script>alert(2)</script> letters';

function mention(text: string, start: number, type: Mention['type']): Mention {
  return { start, end: start + text.length, text, name: text, nameSpan: { start, end: start + text.length }, type, typeSource: 'fallback' };
}

/** One sentence, one triple, built by hand so the name reaches the graph exactly as written. */
function hostileDocument(): ExtractedDocument {
  const sentence = `${TAG} wrote to Ashraf Ghani.`;
  const text = `${TITLE}\n${sentence}`;
  const at = TITLE.length + 1;
  const subject = mention(TAG, at, 'person');
  const object = mention('Ashraf Ghani', text.indexOf('Ashraf'), 'person');
  return {
    id: '0123456789abcdef',
    source: 'hostile.txt',
    title: TITLE,
    text,
    sentences: [{ index: 0, start: 0, end: TITLE.length }, { index: 1, start: at, end: text.length }],
    triples: [{
      sentence: 1,
      subject,
      relation: 'wrote to',
      lemma: 'write to',
      object,
      span: { start: subject.start, end: object.end },
      flags: { negated: false, hedged: false, tense: 'past' },
      construction: 'active',
      confidence: 0.9,
    }],
  };
}

describe('the page with an actor named like an HTML tag', function () {
  this.timeout(60000);
  let server: RunningServer;
  let browser: Browser;
  let opened: OpenedPage | undefined;
  let key: string;

  before(async () => {
    const { store } = addDocuments(emptyStore(), [hostileDocument()]);
    server = await startServer({ store, host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    const graph = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphPayload;
    const node = graph.nodes.find((n) => n.label === TAG);
    assert.ok(node, `no node labelled ${TAG}: ${JSON.stringify(graph.nodes)}`);
    key = node.key;
  });
  after(async () => {
    await opened?.context.close();
    await browser?.close();
    await server?.close();
  });

  async function imagesIn(page: Page): Promise<number> {
    return page.evaluate(() => document.querySelectorAll('img, script:not([src])').length);
  }

  it('shows the literal characters in the label, search, panel, evidence and document, and runs nothing', async () => {
    opened = await openPage(browser, server.url);
    const { page } = opened;
    assert.equal(await page.evaluate(() => window.kg!.renderedNodeCount()), 2);
    assert.equal(await page.evaluate((k) => window.kg!.nodeLabel(k), key), TAG);

    await page.locator('#search').pressSequentially('<img', { delay: 20 });
    const suggestion = page.locator('#suggestions .suggestion').first();
    assert.equal(await suggestion.locator('.label').textContent(), TAG);
    await suggestion.click();
    await page.locator('.node-card').waitFor();
    assert.equal(await page.locator('#panel-title').textContent(), TAG);
    assert.ok((await page.locator('.node-card .alias').allTextContents()).includes(TAG));
    assert.equal(await page.locator('#panel img').count(), 0);

    const sentence = page.locator('.node-card .evidence-sentence').first();
    assert.equal(await sentence.textContent(), `${TAG} wrote to Ashraf Ghani.`);
    await sentence.click();
    await page.locator('.document-text mark.chosen').first().waitFor();
    assert.equal(await page.locator('.document-title').textContent(), TITLE);
    assert.match((await page.locator('.document-text').textContent()) ?? '', /^<script>alert\(2\)<\/script> letters\n<img src=x onerror=alert\(1\)> wrote to/);

    await page.locator('#console-input').fill('find img');
    await page.keyboard.press('Enter');
    await page.locator('#console-log .answer').waitFor();
    assert.ok(((await page.locator('#console-log .answer').textContent()) ?? '').includes(TAG));

    await page.waitForTimeout(300); // a handler that did fire would have had its turn
    assert.equal(await imagesIn(page), 0);
    assert.deepEqual(await opened.problems.all(page), []); // no dialog, no CSP report, no error
  });
});
