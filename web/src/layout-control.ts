/**
 * The start/stop button for ForceAtlas2 in a web worker, refining the build-time layout on demand.
 * Edges the filters hide pull nothing, so a run after filtering lays out what is on screen.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { edgeFilteredOut } from './filters.js';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import type { ViewState } from './view-state.js';

export class LayoutControl {
  private layout: FA2Layout<PageNode, PageEdge> | null = null;
  /** Position updates received from the worker, one per ForceAtlas2 iteration. */
  iterations = 0;

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly graph: PageGraph,
    private readonly state: ViewState,
  ) {
    graph.on('eachNodeAttributesUpdated', () => this.iterations++);
    button.addEventListener('click', () => this.toggle());
    this.show();
  }

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  toggle(): void {
    if (this.running) this.layout?.stop();
    else this.start();
    this.show();
  }

  private start(): void {
    // the worker reads edge weights when it starts, so a fresh supervisor sees the current filters
    this.layout?.kill();
    this.layout = new FA2Layout<PageNode, PageEdge>(this.graph, {
      settings: forceAtlas2.inferSettings(this.graph),
      getEdgeWeight: (edge, attributes) => (edgeFilteredOut(this.graph, edge, this.state) ? 0 : attributes.weight),
    });
    this.layout.start();
  }

  private show(): void {
    this.button.textContent = this.running ? 'Stop layout' : 'Refine layout';
    this.button.setAttribute('aria-pressed', String(this.running));
  }
}
