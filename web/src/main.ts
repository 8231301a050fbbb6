/** Starts the page: loads the overview then the whole graph, sets sigma up, and wires search, legend, side panel, console, layout, export menu and URL. */
import type { EvidenceView, GraphPayload, QueryAnswer } from '../../src/api-types.js';
import { api, describeFailure } from './api.js';
import { DateRange, withDateRange } from './date-range.js';
import { renderDocument } from './document-view.js';
import { byId } from './dom.js';
import { renderEdgeCard } from './edge-card.js';
import { ExportMenu } from './export-menu.js';
import { hiddenParts } from './filter-note.js';
import { toGraph, type PageGraph } from './graph-data.js';
import { GraphView } from './graph-view.js';
import { LayoutControl } from './layout-control.js';
import { renderLegend } from './legend.js';
import { renderNodeCard, type CardActions } from './node-card.js';
import { lightUp } from './path-highlight.js';
import { QueryConsole } from './query-console.js';
import { edgeShown, nodeShown } from './reducers.js';
import { SearchBox } from './search-box.js';
import { SidePanel } from './side-panel.js';
import { installTestHook, type HookSources } from './test-hook.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { readViewParams, sharedViewQuery, writeViewParams } from './view-params.js';
import { initialViewState, type ViewState } from './view-state.js';

const sources: HookSources = { view: null, layout: null, select: null };
const hook = installTestHook(sources);

/**
 * Draws the actor overview as soon as it comes, then adds the rest of the graph (concepts, actors
 * tied only through them) when that comes: on a large store the whole graph takes seconds to send.
 */
async function start(): Promise<void> {
  let complete: ((whole: GraphPayload) => void) | undefined;
  try {
    const overview = await api.graph('overview');
    if (overview.total.nodes === 0) {
      byId('stats').textContent = '0 nodes · 0 relations';
      showBlank('This graph is empty. Build one from some articles with: kg build PATH --out graph/NAME.json, then serve that file.');
      hook.ready = true;
      return;
    }
    complete = wire(toGraph(overview), overview);
    complete(await api.graph('all'));
  } catch (error) {
    hook.error = describeFailure(error);
    if (complete === undefined) showBlank(`The graph could not be loaded: ${hook.error}`);
    else byId('stats').textContent = `only the overview could be loaded: ${hook.error}`;
  }
}

/** Sets the page up on the overview; returns what adds the whole graph once it came. */
function wire(graph: PageGraph, payload: GraphPayload): (whole: GraphPayload) => void {
  const state = initialViewState();
  const camera = readViewParams(state);
  const total = payload.total;
  // the first refresh comes from inside the view's constructor, before the menu exists
  let exportMenu: ExportMenu | undefined;
  const view = new GraphView(byId('graph'), graph, state, {
    clickNode: (key) => void selectNode(key),
    clickEdge: (key) => selectEdge(key),
    clickStage: () => panel.close(),
    refreshed: (camera) => {
      showCounts(graph, state, total);
      writeViewParams(state, camera);
      exportMenu?.update();
    },
    cameraMoved: (camera) => writeViewParams(state, camera),
  });
  sources.view = view;
  sources.layout = new LayoutControl(byId('layout'), graph, state);

  const panel = new SidePanel(byId('panel'), byId('panel-title'), byId('panel-body'), byId('panel-back'), byId('panel-expand'), byId('panel-close'), () => {
    view.select(null);
    state.selectedEdge = null;
    view.refresh();
    writeUrlState({ node: null });
  });

  const openEvidence = (evidence: EvidenceView): void => openDocument(evidence.doc, { start: evidence.start, end: evidence.end });
  const actions: CardActions = {
    openNode: (key) => void selectNode(key),
    // an edge opened from a card stacks on it, so ← goes back to the card
    openEdge: (key) => selectEdge(key, true),
    openEvidence,
    openDocument: (id) => openDocument(id, null),
  };

  sources.select = (key) => void selectNode(key);
  function selectNode(key: string): Promise<void> {
    view.select(graph.hasNode(key) ? key : null);
    state.selectedEdge = null;
    view.refresh();
    writeUrlState({ node: key });
    const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
    const shown = panel.open('node', label, async () => {
      const card = await api.node(key);
      return { title: card.label, body: renderNodeCard(card, actions), shown: () => reselect(key) };
    });
    // the panel is up (loading) by now, so the framing knows the part of the graph it leaves free
    if (graph.hasNode(key)) {
      view.coveredRight = panel.coveredWidth();
      void view.frame(state.selectedNeighbors);
    }
    return shown;
  }

  /** Back on a node's card (← from an edge opened on it): the node is the selection again. */
  function reselect(key: string): void {
    if (state.selectedNode === key || !graph.hasNode(key)) return;
    view.select(key);
    state.selectedEdge = null;
    view.refresh();
    writeUrlState({ node: key });
  }

  function selectEdge(key: string, stack = false): void {
    state.selectedEdge = graph.hasEdge(key) ? key : null;
    view.select(null);
    view.refresh();
    writeUrlState({ node: null });
    void panel.open('edge', graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'label') : key, async () => {
      const edge = await api.edge(key);
      return { title: `${edge.source.label} ${edge.label} ${edge.target.label}`, body: renderEdgeCard(edge, actions) };
    }, stack && panel.current !== undefined);
  }

  /** Documents stack on the current card, so Back returns to it. */
  function openDocument(id: string, span: { start: number; end: number } | null): void {
    void panel.open('document', 'Document', async () => {
      const doc = await api.document(id);
      // the body carries the full title; a first line used as a title can run to a paragraph
      return { title: 'Document', ...renderDocument(doc, span, selectEdge) };
    }, panel.current !== undefined);
  }

  let stopLighting = (): void => {};
  const showAnswer = (answer: QueryAnswer): void => {
    stopLighting();
    stopLighting = lightUp(answer, (highlight) => {
      state.highlight = highlight;
      view.refresh();
    });
    if (state.highlight !== null) void view.frame(new Set([...answer.nodes.map((n) => n.key), ...(answer.paths ?? []).flatMap((p) => p.nodes.map((n) => n.key))]));
    writeUrlState({ query: answer.query });
  };
  const clearAnswer = (): void => {
    stopLighting();
    state.highlight = null;
    view.refresh();
    writeUrlState({ query: null });
  };
  const queryConsole = new QueryConsole(byId('console-form'), byId('console-input'), byId('console-log'), {
    answered: showAnswer,
    failed: clearAnswer,
    actions,
    hiddenByFilters: (answer) => hiddenParts(answer, graph, state),
  });
  byId('console-clear').addEventListener('click', clearAnswer);

  // a reader who chose from the keyboard goes on reading the card from the keyboard
  new SearchBox(byId('search'), byId('suggestions'), (hit) => void selectNode(hit.key).then(() => byId('panel-title').focus()));
  const legendEvents = {
    changed: () => {
      view.refresh();
      queryConsole.filtersChanged();
    },
    scopeChanged: () => {
      view.fitScope();
      view.refresh();
    },
  };
  renderLegend(byId('legend'), graph, payload.types, view.encodings, state, legendEvents);

  // "expand" keeps the selected actor's neighbours in the view after it is deselected
  byId('panel-expand').addEventListener('click', () => {
    if (state.selectedNode === null) return;
    for (const key of state.selectedNeighbors) state.expanded.add(key);
    view.refresh();
  });
  const consoleSection = byId('console');
  byId('console-toggle').addEventListener('click', (event) => {
    const collapsed = consoleSection.classList.toggle('collapsed');
    (event.currentTarget as HTMLButtonElement).setAttribute('aria-expanded', String(!collapsed));
    (event.currentTarget as HTMLButtonElement).textContent = collapsed ? 'Show' : 'Hide';
    view.sigma.resize();
    view.refresh();
  });
  exportMenu = new ExportMenu(byId('export'), () => withDateRange(sharedViewQuery(state), state));
  exportMenu.update();
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.closed && !(event.target instanceof HTMLInputElement && event.target.getAttribute('aria-expanded') === 'true')) panel.close();
  });
  new DateRange(byId('date-range'), payload.days, state, legendEvents.changed);

  return (whole) => {
    view.grow(whole);
    // a graph with no actor tied to another has no overview to show: it opens on everything
    if (payload.nodes.length === 0) state.showConcepts = true;
    renderLegend(byId('legend'), graph, whole.types, view.encodings, state, legendEvents);
    legendEvents.scopeChanged();
    // the camera is kept relative to the frame of the scope, which is whole only now
    if (camera !== null) view.sigma.getCamera().setState(camera);
    // a link with ?q= and ?node= reproduces the view it was copied from
    const linked = readUrlState();
    if (linked.node !== null) void selectNode(linked.node);
    if (linked.query !== null) void queryConsole.run(linked.query);
    hook.ready = true;
  };
}

/** The header's counts follow the scope and the filters: what is drawn, of how many. */
function showCounts(graph: PageGraph, state: ViewState, total: GraphPayload['total']): void {
  const nodes = graph.filterNodes((key) => nodeShown(graph, key, state)).length;
  const edges = graph.filterEdges((edge) => edgeShown(graph, edge, state)).length;
  const part = (shown: number, all: number, noun: string): string => `${shown === all ? '' : `${shown} of `}${all} ${noun}`;
  byId('stats').textContent = `${part(nodes, total.nodes, 'nodes')} · ${part(edges, total.edges, 'relations')}`;
}

function showBlank(message: string): void {
  const blank = byId('blank');
  blank.textContent = message;
  blank.hidden = false;
}

void start();
