/**
 * Cards people can read, in headless chromium on the seed and corpus graphs: actions before
 * is/has, groups with their counts, long lists collapsed, the whole triple marked in each sentence,
 * the document's day and a safe source link on each line, and ← from an edge back to its card.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { StoreContents } from '../../src/graph/store.js';
import type { NodeCard } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { corpusStore, seedStore } from '../support/stores.js';

/** One server and browser per store, each test on a fresh page that must end with no error and no CSP violation. */
function pageOn(store: () => Promise<StoreContents>) {
  const on = { server: undefined as RunningServer | undefined, browser: undefined as Browser | undefined, opened: undefined as OpenedPage | undefined };
  before(async () => {
    on.server = await startServer({ store: await store(), host: '127.0.0.1', port: 0 });
    on.browser = await launchBrowser();
  });
  after(async () => {
    await on.browser?.close();
    await on.server?.close();
  });
  afterEach(async function () {
    if (on.opened === undefined) return;
    const problems = await on.opened.problems.all(on.opened.page);
    await on.opened.context.close();
    on.opened = undefined;
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported problems');
  });
  return {
    async open(path: string): Promise<Page> {
      on.opened = await openPage(on.browser!, on.server!.url + path);
      return on.opened.page;
    },
    async card(key: string): Promise<NodeCard> {
      const response = await fetch(`${on.server!.url}/api/nodes/${encodeURIComponent(key)}`);
      assert.equal(response.status, 200);
      return (await response.json()) as NodeCard;
    },
  };
}

/** The kinds of the card's relation groups on one side, in the order the page shows them. */
const kindsShown = (page: Page, side: 'out' | 'in'): Promise<string[]> =>
  page.locator(`.relations.${side} .relation-group`).evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset['kind'] ?? ''));

/** Once a state has come, no action follows. */
function actionsFirst(kinds: string[]): boolean {
  const firstState = kinds.indexOf('state');
  return firstState < 0 || !kinds.slice(firstState).includes('action');
}

describe('node cards on the seed graph', function () {
  this.timeout(120000);
  const on = pageOn(seedStore);

  it("Blinken's card: actions before is/has, each group counting its edges and sentences, the triple marked in three parts", async () => {
    const page = await on.open('/?node=antony-blinken');
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    const card = await on.card('antony-blinken');
    for (const side of ['out', 'in'] as const) {
      const kinds = await kindsShown(page, side);
      assert.deepEqual(kinds, card[side].map((group) => group.kind), side);
      assert.ok(actionsFirst(kinds), `${side}: ${kinds.join(' ')}`);
    }
    const wrote = page.locator('.relations.out .relation-group[data-lemma="write to"]');
    const group = card.out.find((g) => g.lemma === 'write to')!;
    assert.equal(await wrote.locator('.group-counts').textContent(),
      `${group.edges.length} edge${group.edges.length === 1 ? '' : 's'} · ${group.sentences} sentence${group.sentences === 1 ? '' : 's'}`);
    const line = wrote.locator('.relation-edge', { has: page.locator('.node-link', { hasText: 'Ashraf Ghani' }) }).locator('.evidence').first();
    const marks = await line.locator('.evidence-sentence mark').evaluateAll((found) => found.map((mark) => [mark.className, mark.textContent]));
    assert.deepEqual(marks.map(([role]) => role).filter((role) => role !== 'triple-relation'), ['triple-subject', 'triple-object'], JSON.stringify(marks));
    assert.match(marks.find(([role]) => role === 'triple-subject')![1]!, /Blinken/);
    assert.match(marks.find(([role]) => role === 'triple-object')![1]!, /Ghani/);
    // the seeds are text files without dates: no day, and the file they were read from
    assert.equal(await line.locator('time').count(), 0);
    assert.match((await line.locator('.source-path').textContent()) ?? '', /^seeds\/\d{3}_[0-9a-f]+\.txt$/);
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/card-seeds.png' });
  });

  it('every action and state is marked in every sentence of the card: subject, relation and object apart, in text order', async () => {
    const card = await on.card('antony-blinken');
    const evidence = [...card.out, ...card.in].flatMap((group) => group.edges.flatMap((edge) => edge.evidence));
    assert.ok(evidence.length > 5);
    for (const piece of evidence) {
      const roles = piece.marks.map((mark) => mark.role);
      assert.ok(roles.includes('subject') && roles.includes('object'), `${piece.sentenceText}: ${roles.join(' ')}`);
      for (const mark of piece.marks) assert.ok(mark.start >= piece.start && mark.end <= piece.end, `${piece.sentenceText}: ${mark.role} outside the span`);
      piece.marks.forEach((mark, i) => assert.ok(i === 0 || piece.marks[i - 1]!.end <= mark.start, `${piece.sentenceText}: marks overlap`));
    }
    // most relations as read are words of their sentence (`wrote to` from a letter is not)
    const withRelation = evidence.filter((piece) => piece.marks.some((mark) => mark.role === 'relation')).length;
    assert.ok(withRelation / evidence.length > 0.6, `${withRelation} of ${evidence.length}`);
  });

  it('an edge opened from a card stacks on it: ← goes back to the card and selects its node again', async () => {
    const page = await on.open('/?node=antony-blinken');
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    const edgeLink = page.locator('.relations.out .edge-link:visible').first();
    await edgeLink.click();
    await page.locator('.edge-card').waitFor();
    assert.equal(await page.evaluate(() => window.kg!.selectedNode()), null);
    assert.ok(await page.locator('#panel-back').isVisible(), 'no back button on the edge card');
    await page.screenshot({ path: 'test-output/card-edge-stacked.png' });
    await page.locator('#panel-back').click();
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    assert.equal(await page.locator('#panel-title').textContent(), 'Antony Blinken');
    assert.equal(await page.evaluate(() => window.kg!.selectedNode()), 'antony-blinken');
    assert.ok(await page.locator('#panel-back').isHidden());
    assert.match(page.url(), /[?&]node=antony-blinken/);
  });
});

describe('node cards on the corpus graph', function () {
  this.timeout(300000);
  const on = pageOn(corpusStore);

  it("Donald Trump's card opens collapsed (its height measured), actions first, and every group opens on its control", async () => {
    const page = await on.open('/?node=donald-trump');
    const cardElement = page.locator('.node-card[data-key="donald-trump"]');
    await cardElement.waitFor();
    const card = await on.card('donald-trump');
    const height = (): Promise<number> => cardElement.evaluate((element) => element.getBoundingClientRect().height);
    const collapsed = await height();
    for (const side of ['out', 'in'] as const) assert.ok(actionsFirst(await kindsShown(page, side)), side);
    // the first groups are actions; `be` and `have` (61 and 54 edges out) come after them
    assert.equal(await page.locator('.relations.out .relation-group').first().getAttribute('data-kind'), 'action');
    for (const lemma of ['be', 'have']) assert.equal(card.out.find((group) => group.lemma === lemma)?.kind, 'state', lemma);
    // one line marks where the states begin, just before the first of them
    assert.equal(await page.locator('.relations.out .kind-divider').count(), 1);
    const afterDivider = page.locator('.relations.out .relation-entry:has(.kind-divider) .relation-group');
    assert.equal(await afterDivider.getAttribute('data-lemma'), card.out.find((group) => group.kind === 'state')!.lemma);
    const visibleGroups = await page.locator('.relations.out .relation-group:visible').count();
    assert.equal(visibleGroups, 5, 'the first five groups of relations out are shown');
    assert.match((await page.locator('.relations.out .more-groups').textContent()) ?? '', new RegExp(`^${card.out.length - 5} more relations$`));
    await page.screenshot({ path: 'test-output/card-corpus.png' });

    // every control opens what it holds back: the card is then many times taller
    for (let more = page.locator('.node-card .more:visible').first(); await more.count() > 0; more = page.locator('.node-card .more:visible').first()) await more.click();
    const expanded = await height();
    console.log(`      Donald Trump's card: ${Math.round(collapsed)} px collapsed, ${Math.round(expanded)} px with every list open`);
    // 82,735 px before cards were collapsed (panel 420 px wide, 1280×860 window)
    assert.ok(collapsed < 6000, `the collapsed card is ${collapsed} px tall`);
    assert.ok(expanded > collapsed * 4, `${expanded} px open against ${collapsed} px collapsed`);
    assert.equal(await page.locator('.relations.out .relation-group:visible').count(), card.out.length);
  });

  it('each evidence line shows its document day and links its Wikinews page safely, in a new tab', async () => {
    const page = await on.open('/?node=donald-trump');
    await page.locator('.node-card[data-key="donald-trump"]').waitFor();
    const line = page.locator('.relations.out .evidence:visible').first();
    assert.match((await line.locator('time.doc-date').getAttribute('datetime')) ?? '', /^20(19|20)-\d{2}-\d{2}$/);
    const link = line.locator('a.source-link');
    assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/en\.wikinews\.org\/wiki\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.textContent(), 'en.wikinews.org');
    const marks = await line.locator('.evidence-sentence mark').evaluateAll((found) => found.map((mark) => mark.className));
    assert.ok(marks.includes('triple-subject') && marks.includes('triple-object'), marks.join(' '));
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/card-evidence-line.png' });
  });
});

describe('source links on a card', function () {
  this.timeout(120000);
  // the seeds with one document claiming a javascript: address and another an https one
  const on = pageOn(async () => {
    const store = structuredClone(await seedStore());
    const blinken = store.graph.nodes.find((node) => node.key === 'antony-blinken')!.attributes!.documents;
    const [first, second] = blinken.map((id) => store.documents.find((doc) => doc.id === id)!);
    first!.url = 'javascript:alert(document.domain)';
    second!.url = 'https://example.org/letter?from=blinken&to=ghani';
    return store;
  });

  it('links only an http(s) address; any other is shown as text, never as a link', async () => {
    const page = await on.open('/?node=antony-blinken');
    await page.locator('.node-card[data-key="antony-blinken"]').waitFor();
    await page.locator('.node-card .more:visible').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
    const hrefs = await page.locator('.node-card a.source-link').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
    assert.deepEqual(hrefs, ['https://example.org/letter?from=blinken&to=ghani']);
    assert.ok(await page.locator('.node-card .source-path', { hasText: 'javascript:alert(document.domain)' }).count() > 0, 'the unsafe address is not shown as text');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  });
});
