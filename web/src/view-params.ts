/**
 * The view a link reproduces beyond the query and the selection: scope, filters, encodings, label
 * density and camera, each a URL parameter that is left out while it has its default value.
 */
import type { GraphNode } from '../../src/api-types.js';
import { initialViewState, type ColorBy, type SizeBy, type ViewState } from './view-state.js';

type EntityType = GraphNode['type'];
export type CameraParams = { x: number; y: number; ratio: number };

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'concept'];
const FLAGS = { hedged: 'hideHedged', negated: 'hideNegated', resolved: 'hideResolved' } as const;

/** Sets on `state` what the URL says; a value the page does not know is ignored (the default stays). */
export function readViewParams(state: ViewState, location: Location = window.location): CameraParams | null {
  const params = new URLSearchParams(location.search);
  if (params.get('concepts') === '1') state.showConcepts = true;
  const color = params.get('color');
  if (color === 'type' || color === 'community') state.colorBy = color satisfies ColorBy;
  const size = params.get('size');
  if (size === 'degree' || size === 'pagerank' || size === 'betweenness') state.sizeBy = size satisfies SizeBy;
  const labels = Number(params.get('labels'));
  if (params.has('labels') && labels >= 0 && labels <= 1) state.labelDensity = labels;
  const relation = params.get('relation');
  if (relation !== null && relation.trim() !== '') state.relation = relation;
  for (const type of (params.get('hide') ?? '').split(',')) if ((TYPES as string[]).includes(type)) state.hiddenTypes.add(type as EntityType);
  for (const flag of (params.get('without') ?? '').split(',')) if (flag in FLAGS) state[FLAGS[flag as keyof typeof FLAGS]] = true;
  const camera = (params.get('cam') ?? '').split(',').map(Number);
  return camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0 ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! } : null;
}

/** The parameters that describe what is drawn, for the server's "current view" exports (src/view/shared-view.ts). */
export function sharedViewQuery(state: ViewState): URLSearchParams {
  const params = new URLSearchParams({ view: '1' });
  if (state.showConcepts) params.set('concepts', '1');
  const hidden = TYPES.filter((type) => state.hiddenTypes.has(type));
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  const without = Object.entries(FLAGS).filter(([, field]) => state[field]).map(([flag]) => flag);
  if (without.length > 0) params.set('without', without.join(','));
  if (state.relation !== null) params.set('relation', state.relation);
  if (state.selectedNode !== null) params.set('focus', state.selectedNode);
  const also = new Set([...state.expanded, ...(state.highlight?.nodes ?? [])]);
  if (also.size > 0) params.set('also', [...also].join(','));
  return params;
}

export function writeViewParams(state: ViewState, camera: CameraParams): void {
  const defaults = initialViewState();
  const url = new URL(window.location.href);
  const set = (name: string, value: string, fallback: string): void => {
    if (value === fallback) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  };
  set('concepts', state.showConcepts ? '1' : '', '');
  set('color', state.colorBy, defaults.colorBy);
  set('size', state.sizeBy, defaults.sizeBy);
  set('labels', String(state.labelDensity), String(defaults.labelDensity));
  set('relation', state.relation ?? '', '');
  set('hide', TYPES.filter((type) => state.hiddenTypes.has(type)).join(','), '');
  set('without', Object.entries(FLAGS).filter(([, field]) => state[field]).map(([flag]) => flag).join(','), '');
  // four decimals place the camera well under a pixel
  set('cam', [camera.x, camera.y, camera.ratio].map((n) => n.toFixed(4)).join(','), '0.5000,0.5000,1.0000');
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}
