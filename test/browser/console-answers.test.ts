/**
 * Console answers a reader can follow, in headless chromium on the seed graph and the Wikinews corpus:
 * every kind with its actors as links to their cards and its sentences, the summary once, the log
 * scrolled to the answer's start, paths told apart by colour, errors clearing the highlight, and
 * the note on what the legend's filters hide.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { GraphPayload, QueryAnswer } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { StoreContents } from '../../src/graph/store.js';
import { launchBrowser, openPage, type OpenedPage } from '../support/browser.js';
import { corpusStore, seedStore } from '../support/stores.js';

/** A page on a server of `store`, torn down after the suite; every test ends with no error or CSP report in the page. */
function pageOn(store: () => Promise<StoreContents>) {
  const held: { server?: RunningServer; browser?: Browser; opened?: OpenedPage | undefined } = {};
  before(async () => {
    held.server = await startServer({ store: await store(), host: '127.0.0.1', port: 0 });
    held.browser = await launchBrowser();
    mkdirSync('test-output', { recursive: true });
  });
  after(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  afterEach(async function () {
    if (held.opened === undefined) return;
    const problems = await held.opened.problems.all(held.opened.page);
    await held.opened.context.close();
    held.opened = undefined;
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported problems');
  });
  return {
    async open(): Promise<Page> {
      held.opened = await openPage(held.browser!, held.server!.url);
      return held.opened.page;
    },
    async answer(query: string): Promise<QueryAnswer> {
      const response = await fetch(`${held.server!.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      assert.equal(response.status, 200, query);
      return (await response.json()) as QueryAnswer;
    },
    async graph(): Promise<GraphPayload> {
      return (await (await fetch(`${held.server!.url}/api/graph`)).json()) as GraphPayload;
    },
  };
}

/** Runs a query in the console and gives its entry once answered. */
async function ask(page: Page, query: string): Promise<Locator> {
  const before = await page.locator('#console-log .entry').count();
  await page.locator('#console-input').fill(query);
  await page.keyboard.press('Enter');
  const entry = page.locator('#console-log .entry').nth(before);
  await entry.locator('.answer').waitFor();
  return entry;
}

/** Opens every "N more …" of an entry, so all its edges and actors are in the page. */
async function openEverything(entry: Locator): Promise<void> {
  for (let more = entry.locator('button.more').first(); (await more.count()) > 0; more = entry.locator('button.more').first()) await more.click();
}

async function waitLit(page: Page, edges: string[]): Promise<void> {
  const sorted = [...edges].sort();
  await page.waitForFunction((want) => JSON.stringify(window.kg!.highlightedEdges()) === want, JSON.stringify(sorted), { timeout: 15000 });
}

/** Every actor an answer names: its nodes, both ends of its edges, every node on its paths. */
function actorsOf(answer: QueryAnswer): Set<string> {
  return new Set([
    ...answer.nodes.map((n) => n.key),
    ...answer.edges.flatMap((e) => [e.source.key, e.target.key]),
    ...(answer.paths ?? []).flatMap((p) => p.nodes.map((n) => n.key)),
  ]);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The red, green and blue of `#rrggbb` or `rgba(r, g, b, a)`, a see-through colour as it shows over the white page. */
function channels(colour: string): number[] {
  if (colour.startsWith('#')) return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r!, g!, b!].map((c) => c * a + 255 * (1 - a));
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r, g, b] = channels(colour).map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/**
 * Each path's colour is its own, the same on the console's block, swatch and the graph's edges
 * (an edge two paths share keeps the first one's), and reads over dimmed nodes and the page.
 */
async function assertPathsColoured(page: Page, entry: Locator, answer: QueryAnswer): Promise<string[]> {
  const paths = answer.paths ?? [];
  await waitLit(page, paths.flatMap((p) => p.hops.map((h) => h.edge)).filter((e, i, all) => all.indexOf(e) === i));
  const blocks = entry.locator('.path-block');
  assert.equal(await blocks.count(), paths.length);
  const colours: string[] = [];
  for (let i = 0; i < paths.length; i++) colours.push((await blocks.nth(i).getAttribute('data-colour'))!);
  assert.equal(new Set(colours).size, Math.min(paths.length, 5), `paths share colours: ${colours.join(' ')}`);
  const seen = new Set<string>();
  for (let i = 0; i < paths.length; i++) {
    const colour = colours[i]!;
    assert.equal(await blocks.nth(i).locator('.path-swatch').evaluate((s) => getComputedStyle(s).backgroundColor), rgb(colour));
    assert.equal(await blocks.nth(i).evaluate((b) => getComputedStyle(b).borderLeftColor), rgb(colour));
    for (const hop of paths[i]!.hops) {
      if (seen.has(hop.edge)) continue;
      seen.add(hop.edge);
      assert.equal(await page.evaluate((k) => window.kg!.edgeColour(k), hop.edge), colour, `path ${i + 1}'s hop ${hop.edge}`);
    }
    assert.ok(contrast(colour, '#ffffff') >= 3, `${colour} on the page`);
  }
  return colours;
}

describe('console answers on the seed graph', function () {
  this.timeout(120000);
  const at = pageOn(seedStore);

  const kinds: [QueryAnswer['kind'], string][] = [
    ['path', 'path US -> Afghanistan'],
    ['paths', 'paths US -- Afghanistan k 3'],
    ['neighbors', 'neighbors Ghani depth 2'],
    ['edges', 'edges from US'],
    ['show', 'show Blinken'],
    ['find', 'find blink'],
  ];
  for (const [kind, query] of kinds) {
    it(`"${query}": the summary once, every actor a link that opens its card, every edge with its sentences`, async () => {
      const expected = await at.answer(query);
      assert.equal(expected.kind, kind);
      const page = await at.open();
      const entry = await ask(page, query);
      assert.match((await entry.locator('.answer').getAttribute('class')) ?? '', new RegExp(`kind-${kind}`));
      await openEverything(entry);
      const text = await entry.innerText();
      assert.equal(occurrences(text, expected.summary), 1, `the summary is not shown exactly once in:\n${text.slice(0, 500)}`);

      const linked = new Set(await entry.locator('.node-link').evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.key!)));
      const actors = actorsOf(expected);
      assert.ok(actors.size > 0);
      for (const key of actors) assert.ok(linked.has(key), `${key} is not a link in the answer`);

      if (kind !== 'find') {
        const shownEdges = new Set(await entry.locator('[data-edge]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.edge!)));
        assert.deepEqual([...shownEdges].sort(), [...new Set(expected.edges.map((e) => e.key))].sort());
        for (const item of await entry.locator('[data-edge]').all()) assert.ok((await item.locator('.evidence-sentence').count()) > 0, 'an edge without its sentence');
      } else {
        // find: each actor with its type and degree
        for (const actor of expected.actors ?? []) {
          assert.match((await entry.locator(`.actor-item[data-key="${actor.key}"]`).innerText()).replace(/\s+/g, ' '), new RegExp(`${actor.type} · degree ${actor.degree}\\b`, 'i'));
        }
      }
      await page.screenshot({ path: `test-output/answer-${kind}.png` });

      // the last name in the answer opens that actor's card
      const last = entry.locator('.node-link').last();
      const key = (await last.getAttribute('data-key'))!;
      await last.click();
      await page.locator(`.node-card[data-key="${key}"]`).waitFor();
      assert.equal(await page.evaluate(() => window.kg!.selectedNode()), key);
      if (kind !== 'find') {
        await entry.locator('.edge-link').first().click();
        await page.locator('.edge-card').waitFor();
        await entry.locator('.evidence-sentence').first().click();
        await page.locator('.document-text mark.chosen').first().waitFor();
      }
    });
  }

  it('help is shown once, as its text', async () => {
    const page = await at.open();
    const entry = await ask(page, 'help');
    assert.equal(await entry.locator('.summary').count(), 0);
    assert.equal(occurrences(await entry.innerText(), 'Commands ('), 1);
  });

  it('the log scrolls to the start of a long answer, its summary in view, not to its end', async () => {
    const page = await at.open();
    for (const query of ['neighbors Ghani depth 2', 'show Blinken']) {
      const entry = await ask(page, query);
      await page.waitForTimeout(100);
      const { entryTop, entryHeight, logTop, logHeight, summaryBottom } = await entry.evaluate((e) => {
        const log = e.parentElement!.getBoundingClientRect();
        const box = e.getBoundingClientRect();
        return { entryTop: box.top, entryHeight: box.height, logTop: log.top, logHeight: log.height, summaryBottom: e.querySelector('.summary')!.getBoundingClientRect().bottom };
      });
      assert.ok(entryHeight > logHeight, `"${query}" fits the log (${entryHeight} ≤ ${logHeight} px): nothing to scroll`);
      assert.ok(Math.abs(entryTop - logTop) <= 1, `"${query}" starts ${entryTop - logTop} px from the log's top`);
      assert.ok(summaryBottom <= logTop + logHeight, 'the summary is below the log');
    }
    await page.screenshot({ path: 'test-output/answer-scrolled.png' });
  });

  it('paths k 3 draws each path in its own colour, the console marking it with the same one', async () => {
    const query = 'paths US -- Afghanistan k 3';
    const expected = await at.answer(query);
    assert.ok((expected.paths?.length ?? 0) >= 2, 'the seeds have fewer than two paths from the US to Afghanistan');
    const page = await at.open();
    const entry = await ask(page, query);
    const colours = await assertPathsColoured(page, entry, expected);
    // a dimmed node is what the colours must stand out against
    const away = (await at.graph()).nodes.filter((n) => !actorsOf(expected).has(n.key)).map((n) => n.key);
    const dimmed = await page.evaluate((keys) => keys.map((k) => window.kg!.nodeColour(k)).find((c) => c !== null) ?? null, away);
    assert.ok(dimmed !== null, 'no node away from the paths is drawn');
    for (const colour of colours) assert.ok(contrast(colour, dimmed) >= 3, `${colour} over the dimmed ${dimmed}: ${contrast(colour, dimmed).toFixed(2)}`);
    await page.screenshot({ path: 'test-output/answer-paths-colours.png' });
  });

  it('an unknown actor or a malformed query clears the highlight of the answer before it', async () => {
    const lit = await at.answer('path US -> Afghanistan');
    const page = await at.open();
    for (const failing of ['show Nobody Atall', 'paths US ->']) {
      await ask(page, 'path US -> Afghanistan');
      await waitLit(page, lit.paths![0]!.hops.map((h) => h.edge));
      const entry = await ask(page, failing);
      assert.equal(await entry.locator('.answer.failed').count(), 1);
      await page.waitForFunction(() => window.kg!.highlightedEdges().length === 0 && window.kg!.highlightedNodes().length === 0);
      assert.equal(new URL(page.url()).searchParams.get('q'), null);
    }
  });

  it('hiding the type a lit path goes through says which hops are hidden, and showing it again lights them', async () => {
    const query = 'path US -> Afghanistan';
    const expected = await at.answer(query);
    const hops = expected.paths![0]!.hops;
    const inner = expected.paths![0]!.nodes.slice(1, -1);
    assert.ok(inner.length > 0, 'the path has no actor between its ends');
    const type = inner[0]!.type;
    const hidden = hops.filter((h) => h.from.type === type || h.to.type === type);
    const page = await at.open();
    const entry = await ask(page, query);
    await waitLit(page, hops.map((h) => h.edge));
    await page.locator(`.legend input[data-type="${type}"]`).uncheck();
    const note = entry.locator('.filter-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`^${hidden.length} hops? hidden by the filters: .*${type} hidden`));
    assert.deepEqual((await entry.locator('.hop.filtered').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.edge!))).sort(), hidden.map((h) => h.edge).sort());
    assert.deepEqual(await page.evaluate(() => window.kg!.highlightedEdges()), hops.map((h) => h.edge).filter((e) => !hidden.some((h) => h.edge === e)).sort());
    await page.screenshot({ path: 'test-output/answer-hidden-by-filters.png' });
    await page.locator(`.legend input[data-type="${type}"]`).check();
    assert.equal(await note.isHidden(), true);
    assert.equal(await entry.locator('.hop.filtered').count(), 0);
    await waitLit(page, hops.map((h) => h.edge));
  });

  it("the legend's relation filter, keeping one relation of a lit path, names the path's other hops as hidden", async () => {
    const query = 'path US -> Afghanistan';
    const expected = await at.answer(query);
    const lemmaOf = new Map(expected.edges.map((e) => [e.key, e.lemma]));
    const hops = expected.paths![0]!.hops;
    const kept = lemmaOf.get(hops[0]!.edge)!;
    const hidden = hops.filter((h) => lemmaOf.get(h.edge) !== kept);
    assert.ok(hidden.length > 0, `every hop of the path is "${kept}"`);
    const page = await at.open();
    const entry = await ask(page, query);
    await waitLit(page, hops.map((h) => h.edge));
    await page.locator('[data-control="relation"]').fill(kept);
    await page.locator('[data-control="relation"]').press('Enter');
    const note = entry.locator('.filter-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`^${hidden.length} hops? hidden by the filters: .*\\(only “${kept}” shown\\)`));
    assert.deepEqual((await entry.locator('.hop.filtered').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.edge!))).sort(), hidden.map((h) => h.edge).sort());
  });

  it('"hide hedged" makes a neighbourhood say how many of its edges the filter hides', async () => {
    const query = 'neighbors Ghani depth 2';
    const [expected, graph] = [await at.answer(query), await at.graph()];
    const flags = new Map(graph.edges.map((e) => [e.key, e.flagCounts]));
    // left with no evidence once hedged pieces (flag 1) go
    const gone = expected.edges.filter((e) => (flags.get(e.key) ?? []).every((count, f) => count === 0 || (f & 1) === 1)).map((e) => e.key);
    assert.ok(gone.length > 0, 'no edge of the neighbourhood is all hedged');
    const page = await at.open();
    const entry = await ask(page, query);
    await page.locator('.legend input[data-filter="hedged"]').check();
    const note = entry.locator('.filter-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`^${gone.length} of ${expected.edges.length} edges hidden by the filters: .*every sentence hedged`));
    await openEverything(entry);
    assert.deepEqual((await entry.locator('.answer-edge.filtered').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.edge!))).sort(), [...gone].sort());
  });
});

describe('console answers on the Wikinews corpus', function () {
  this.timeout(300000);
  const at = pageOn(corpusStore);

  it('"neighbors Boris Johnson depth 2" reads ring by ring: each ring its actors, its edges by relation, names opening cards', async () => {
    const query = 'neighbors "Boris Johnson" depth 2';
    const expected = await at.answer(query);
    const depthOf = new Map((expected.actors ?? []).map((a) => [a.key, a.depth!]));
    const page = await at.open();
    const entry = await ask(page, query);
    assert.equal(occurrences(await entry.innerText(), expected.summary), 1);
    const rings = entry.locator('section.ring');
    assert.deepEqual(await rings.evaluateAll((r) => r.map((s) => (s as HTMLElement).dataset.depth)), ['1', '2']);
    await page.screenshot({ path: 'test-output/answer-neighbors-corpus.png' });
    await openEverything(entry);
    for (const depth of [1, 2]) {
      const ring = entry.locator(`section.ring[data-depth="${depth}"]`);
      const actors = [...depthOf].filter(([, d]) => d === depth).map(([key]) => key);
      assert.match((await ring.locator('.ring-title').textContent()) ?? '', new RegExp(`^${depth} steps? out · ${actors.length} actor\\(s\\)`));
      assert.deepEqual((await ring.locator('.ring-actors .node-link').evaluateAll((l) => l.map((b) => (b as HTMLElement).dataset.key!))).sort(), actors.sort());
      // each edge sits in the ring of its farther end, under its relation
      for (const edge of expected.edges) {
        const far = Math.max(depthOf.get(edge.source.key)!, depthOf.get(edge.target.key)!, 1);
        if (far !== depth) continue;
        assert.equal(await ring.locator(`.answer-relation[data-lemma="${edge.lemma}"] .answer-edge[data-edge="${edge.key}"]`).count(), 1, `${edge.key} not in ring ${depth}`);
      }
    }
    const name = entry.locator('section.ring[data-depth="2"] .ring-actors .node-link').first();
    const key = (await name.getAttribute('data-key'))!;
    await name.click();
    await page.locator(`.node-card[data-key="${key}"]`).waitFor();
  });

  it('"paths Donald Trump -- Boris Johnson k 4": four colours; hiding concepts names the hops through them', async () => {
    const query = 'paths "Donald Trump" -- "Boris Johnson" k 4';
    const expected = await at.answer(query);
    const paths = expected.paths ?? [];
    assert.ok(paths.length >= 2, `only ${paths.length} path(s)`);
    const page = await at.open();
    const entry = await ask(page, query);
    await assertPathsColoured(page, entry, expected);
    await page.screenshot({ path: 'test-output/answer-paths-corpus.png' });

    const throughConcepts = paths.flatMap((p) => p.hops).filter((h) => h.from.type === 'concept' || h.to.type === 'concept');
    assert.ok(throughConcepts.length > 0, 'no path goes through a concept');
    await page.locator('.legend input[data-type="concept"]').uncheck();
    const note = entry.locator('.filter-note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`^${throughConcepts.length} hops? hidden by the filters: .*concept hidden`));
    const litAfter = await page.evaluate(() => window.kg!.highlightedEdges());
    for (const hop of throughConcepts) assert.ok(!litAfter.includes(hop.edge), `${hop.edge} still drawn`);
    await page.screenshot({ path: 'test-output/answer-paths-corpus-hidden.png' });
  });
});
