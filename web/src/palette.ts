/** The few colours the page adds to the payload's type colours: dimmed, plain, focused and highlighted. */
export const DIMMED_NODE = '#e4e4e4';
export const PLAIN_EDGE = '#cfcfcf';
export const DIMMED_EDGE = '#efefef';
export const FOCUSED_EDGE = '#6b6b6b';
/** Query results and paths: dark enough to read against every type colour. */
export const HIGHLIGHT_EDGE = '#222222';
