/** The few colours the page adds to the payload's type colours: dimmed, plain, focused, highlighted, communities, and one per lit path. */
/** Dimmed nodes are see-through, so a lit edge passing under one still shows. */
export const DIMMED_NODE = 'rgba(200, 200, 200, 0.35)';
export const PLAIN_EDGE = '#cfcfcf';
export const DIMMED_EDGE = '#efefef';
export const FOCUSED_EDGE = '#6b6b6b';
/** Query results and paths: dark enough to read against every type colour. */
export const HIGHLIGHT_EDGE = '#222222';

/**
 * The largest communities of the view, in order (Paul Tol's muted scheme, made to stay apart for
 * colour-blind readers); every smaller community shares the last, neutral colour.
 */
export const COMMUNITY_COLORS = ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255', '#aa4499', '#6699cc'];
export const OTHER_COMMUNITY = '#b5b5b5';

/**
 * One colour per path of `paths A -> B k N`, the console marking each path with the graph's colour.
 * Chosen among Paul Tol's and Okabe–Ito's colour-blind-safe sets (none a community colour) for the
 * largest least difference (CIE Lab) under simulated protanopia, deuteranopia and tritanopia, each
 * at least 3:1 against a dimmed node over the page; after the fifth path they repeat.
 */
export const PATH_COLOURS = ['#0077bb', '#ee3377', '#997700', '#222255', '#663333'] as const;

export function pathColour(index: number): string {
  return PATH_COLOURS[index % PATH_COLOURS.length]!;
}
