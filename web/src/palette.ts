/** The few colours the page adds to the payload's type colours: dimmed, plain, focused, highlighted, and communities. */
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
