/** The invariants every extraction keeps, whatever the text: checked on each fuzz case (the contract test checks them on the seeds). */
import assert from 'node:assert/strict';
import type { ExtractedDocument, Mention } from '../../src/types.js';
import { shown } from './fuzz-run.js';

const TYPES = new Set(['person', 'organization', 'place', 'group', 'concept']);
const TENSES = new Set(['past', 'present', 'future']);

/** Sentences in order and inside the text; each triple inside its sentence, its mentions the text at their offsets, its confidence in [0, 1]. */
export function assertWellFormed(text: string, extracted: ExtractedDocument): void {
  const about = `for ${shown(text)}`;
  let previousEnd = 0;
  extracted.sentences.forEach((sentence, index) => {
    assert.equal(sentence.index, index, `sentence ${index} is numbered ${sentence.index} ${about}`);
    assert.ok(
      Number.isInteger(sentence.start) && sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= text.length,
      `sentence ${index} at [${sentence.start}, ${sentence.end}) is out of order or outside the text ${about}`,
    );
    previousEnd = sentence.end;
  });
  for (const triple of extracted.triples) {
    const what = `triple "${triple.subject.text} | ${triple.relation} | ${triple.object.text}" ${about}`;
    const sentence = extracted.sentences[triple.sentence];
    assert.ok(sentence !== undefined, `${what} points at sentence ${triple.sentence}`);
    const { start, end } = triple.span;
    assert.ok(Number.isInteger(start) && start < end, `${what} has the empty or reversed span [${start}, ${end})`);
    assert.ok(sentence.start <= start && end <= sentence.end, `${what} has its span [${start}, ${end}) outside its sentence`);
    for (const mention of [triple.subject, triple.object] as Mention[]) {
      assert.equal(text.slice(mention.start, mention.end), mention.text, `${what}: a mention's text is not the text at its offsets`);
      assert.equal(text.slice(mention.nameSpan.start, mention.nameSpan.end), mention.name, `${what}: a name is not the text at its offsets`);
      assert.ok(TYPES.has(mention.type), `${what}: type ${mention.type}`);
    }
    assert.ok(triple.relation.trim() !== '' && triple.lemma.trim() !== '', `${what} has an empty relation`);
    assert.ok(triple.confidence >= 0 && triple.confidence <= 1, `${what} has confidence ${triple.confidence}`);
    assert.ok(typeof triple.flags.negated === 'boolean' && typeof triple.flags.hedged === 'boolean' && TENSES.has(triple.flags.tense), `${what} has malformed flags`);
  }
}
