/** XML text: what is escaped, what is dropped because XML 1.0 forbids it, and what is kept. */
import assert from 'node:assert/strict';
import { xmlAttribute, xmlClean, xmlEscape } from '../../src/export/xml.js';

describe('XML escaping', () => {
  const table: [string, string, string][] = [
    ['plain text', 'Antony Blinken', 'Antony Blinken'],
    ['markup characters', '"Baradar" & <Sons>', '&quot;Baradar&quot; &amp; &lt;Sons&gt;'],
    ['an apostrophe, left alone in double quotes', "Taliban's", "Taliban's"],
    ['tabs and line breaks, as references a parser keeps', 'a\tb\nc\r\nd', 'a&#9;b&#10;c&#13;&#10;d'],
    ['control characters XML forbids, dropped', 'a\u0000b\u0001c\u0008d\u000Be\u001Ff', 'abcdef'],
    ['a lone high surrogate, dropped', 'a\ud800b', 'ab'],
    ['a lone low surrogate, dropped', 'a\udc00b', 'ab'],
    ['an emoji (a surrogate pair), kept', 'Kabul 🇦🇫', 'Kabul 🇦🇫'],
    ['U+FFFE and U+FFFF, dropped', 'a\uFFFEb\uFFFFc', 'abc'],
    ['the last characters before the gaps, kept', '\uD7FF\uE000\uFFFD', '\uD7FF\uE000\uFFFD'],
  ];
  for (const [what, text, escaped] of table) {
    it(`escapes ${what}`, () => assert.equal(xmlEscape(text), escaped));
  }

  it('cleans without escaping: what a reader gives back', () => {
    assert.equal(xmlClean('"a" & <b>\t\u0001\ud800🇦🇫'), '"a" & <b>\t🇦🇫');
  });

  it('writes numbers and booleans as they are, strings escaped', () => {
    assert.equal(xmlAttribute('label', 'a & b') + xmlAttribute('weight', 2.5) + xmlAttribute('negated', false), ' label="a &amp; b" weight="2.5" negated="false"');
  });
});
