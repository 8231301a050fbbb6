/** Headless chromium for the page tests: launching it, opening the page, and collecting what went wrong in it. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * What the tests read from `window.kg` (web/src/test-hook.ts); repeated here because the root
 * project does not compile the page's sources.
 */
export interface KgHookView {
  ready: boolean;
  error: string | null;
  firstFrameAt(): number | null;
  frames(): number;
  graphOrder(): number;
  graphSize(): number;
  renderedNodeCount(): number;
  renderedEdgeCount(): number;
  nodeLabel(key: string): string | null;
  highlightedNodes(): string[];
  highlightedEdges(): string[];
  edgeColour(key: string): string | null;
  nodeColour(key: string): string | null;
  hoveredNode(): string | null;
  selectedNode(): string | null;
  selectedEdge(): string | null;
  nodeLook(key: string): { color: string; size: number } | null;
  displayedLabels(): string[];
  labelBox(key: string): { x0: number; y0: number; x1: number; y1: number } | null;
  edgeCurvature(key: string): number | null;
  camera(): { x: number; y: number; ratio: number };
  nodePosition(key: string): { x: number; y: number } | null;
  layoutRunning(): boolean;
  layoutIterations(): number;
  selectTimed(key: string): Promise<number>;
  pan(ms: number): Promise<{ frames: number; ms: number }>;
}

declare global {
  interface Window {
    kg?: KgHookView;
    cspViolations?: string[];
  }
}

/** Fails, never skips, when chromium is missing: a skipped browser test would hide a broken page. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the page tests need chromium at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Everything the page should never do: log an error, break the CSP, throw, or open a dialog. */
export class PageProblems {
  readonly console: string[] = [];
  readonly pageErrors: string[] = [];
  readonly dialogs: string[] = [];

  async all(page: Page): Promise<string[]> {
    const csp = await page.evaluate(() => window.cspViolations ?? []).catch(() => []);
    return [
      ...this.console.map((m) => `console: ${m}`),
      ...this.pageErrors.map((m) => `page error: ${m}`),
      ...this.dialogs.map((m) => `dialog: ${m}`),
      ...csp.map((m) => `CSP: ${m}`),
    ];
  }
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** Opens `url` in a fresh context and waits until the page says it is ready (or could not load). */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 860 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = new PageProblems();
  page.on('console', (message) => {
    // An API 4xx the page shows as text (an unknown actor, a malformed query) is chromium's log
    // line, not the page's error; a 5xx or any other error still counts.
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) && /\/api\//.test(message.location().url)) return;
    // chromium reports CSP refusals as errors; a warning is kept only when it names the policy
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(url);
  await waitUntilReady(page);
  return { context, page, problems };
}

export async function waitUntilReady(page: Page, timeout = 30000): Promise<void> {
  await page.waitForFunction(() => window.kg?.ready === true || (window.kg?.error ?? null) !== null, undefined, { timeout });
  const error = await page.evaluate(() => window.kg?.error ?? null);
  if (error !== null) throw new Error(`the page could not load its graph: ${error}`);
}
