/** The extractor, construction by construction, on real sentences from the seeds and our own. */
import assert from 'node:assert/strict';
import { extract } from '../../src/nlp/extract.js';
import { toDocument } from '../../src/ingest/index.js';
import type { Triple } from '../../src/types.js';
import { shippedParser } from '../../src/pipeline/parser-model.js';

function triplesOf(text: string): Triple[] {
  return extract(toDocument({ source: 'test', title: 'test', text }), { parser: shippedParser() }).triples;
}

/** `subject.name | lemma | object.name` of every triple, for compact expectations. */
function readings(text: string): string[] {
  return triplesOf(text).map((t) => `${t.subject.name} | ${t.lemma} | ${t.object.name}`);
}

function find(text: string, subject: string, lemma: string, object: string): Triple {
  const found = triplesOf(text).find((t) => t.subject.name === subject && t.lemma === lemma && t.object.name === object);
  assert.ok(found, `no ${subject} → ${lemma} → ${object} in "${text}"; got:\n  ${readings(text).join('\n  ')}`);
  return found;
}

describe('extractor: constructions', () => {
  const table: [construction: string, sentence: string, subject: string, lemma: string, object: string][] = [
    ['active with preposition', 'Blinken wrote to Ghani.', 'Blinken', 'write to', 'Ghani'],
    ['active, direct object', 'Blinken urged Ghani or his “authoritative designees” to attend the meeting.', 'Blinken', 'urge', 'Ghani'],
    ['reduced passive', 'The letter was published by Afghanistan’s TOLONews on Sunday.', 'TOLONews', 'publish', 'letter'],
    ['prepositional relation', 'Khalilzad also stopped in Qatar.', 'Khalilzad', 'stop in', 'Qatar'],
    ['catenative verbs', 'The United States intends to ask the United Nations to convene envoys.', 'United States', 'intend to ask', 'United Nations'],
    ['copula', 'Turkey is a member of NATO.', 'Turkey', 'be', 'member'],
    ['apposition, name first', 'Khalilzad, a remnant of the Trump administration, spent three days in Kabul.', 'Khalilzad', 'be', 'remnant of the Trump administration'],
    // a role held in a named place links the two actors rather than making the description a node
    ['apposition, name second', 'The U.S. special envoy for Afghanistan, Zalmay Khalilzad, had suggested a new format.', 'Zalmay Khalilzad', 'be U.S. special envoy for', 'Afghanistan'],
    ['subject of an apposition', 'The U.S. special envoy for Afghanistan, Zalmay Khalilzad, had suggested a new format.', 'Zalmay Khalilzad', 'suggest', 'new format'],
    ['title before a name', 'U.S. Secretary of State Antony Blinken arrived in Washington.', 'Antony Blinken', 'be', 'U.S. Secretary of State'],
    ['relative clause', 'The agreement, which was signed in Doha, forces the United States to withdraw its troops.', 'agreement', 'be signed in', 'Doha'],
    ['message noun with sender and recipient', 'A letter from Blinken to President Ashraf Ghani was published by TOLONews.', 'Blinken', 'write to', 'Ashraf Ghani'],
    ['reduced passive after a noun', 'The sacrifices made by U.S. forces were great.', 'U.S. forces', 'make', 'sacrifices'],
    ['subject before a reduced passive', 'The sacrifices made by U.S. forces were great.', 'sacrifices', 'be', 'great'],
    ['coordinated verbs share their object', 'The bank will sell or close the branches.', 'bank', 'sell', 'branches'],
    ['the second of coordinated verbs', 'The bank will sell or close the branches.', 'bank', 'close', 'branches'],
    ['subject pronoun resolved in the sentence', 'Hezbollah launched raids into Israeli territory, where they killed three soldiers.', 'Hezbollah', 'kill', 'three soldiers'],
    ['wh-clause as object', 'Ed tries to explain what happened to a skeptical Pete.', 'Ed', 'try to explain', 'what happened to a skeptical Pete'],
    ['copula adjective in a catenative chain', 'Robin and Ariana were unable to see each other.', 'Robin', 'be unable to see', 'each other'],
    ['object relative clause', 'This has left a gaping loophole that illegal drug businesses are exploiting.', 'illegal drug businesses', 'exploit', 'gaping loophole'],
    ['a quotation opening on the verb', 'The government was “considering a number of different ideas”.', 'government', 'consider', 'number'],
    ['verbs coordinated under one subject', 'Blinken stressed the urgency of the proposals and emphasized his concerns over the security situation.', 'Blinken', 'emphasize', 'concerns'],
    // the tree decides which noun a participle, a preposition or a relative clause belongs to
    ['reduced passive on the noun the tree gives', 'The plan is outlined in a letter to President Ashraf Ghani seen by Afghanistan’s TOLOnews.', 'TOLOnews', 'see', 'letter'],
    ['preposition in the relation', 'Blinken stressed to Ghani the urgency of the proposals.', 'Blinken', 'stress to', 'Ghani'],
    ['catenative passive', 'U.S. forces are set to withdraw from Afghanistan by May.', 'U.S. forces', 'be set to withdraw from', 'Afghanistan'],
    ['role held in a named actor', 'Zalmay Khalilzad, the special envoy for Afghanistan, arrived in Kabul.', 'Zalmay Khalilzad', 'be special envoy for', 'Afghanistan'],
  ];
  for (const [construction, sentence, subject, lemma, object] of table) {
    it(`${construction}: ${subject} → ${lemma} → ${object}`, () => {
      find(sentence, subject, lemma, object);
    });
  }

  it('infinitival complement: US → ask → Turkey, complement `to host the next round of peace talks ...`', () => {
    const text = 'Finally, the letter stated that the US will ask Turkey to host the next round of peace talks between the Afghan Government and the Taliban.';
    const triple = find(text, 'US', 'ask', 'Turkey');
    assert.match(triple.complement ?? '', /^to host the next round of peace talks/);
    assert.equal(triple.relation, 'will ask');
  });

  it('conjunctions: one triple per conjunct of `Russia, China, Pakistan, Iran and India`', () => {
    const text = 'The United Nations will invite Russia, China, Pakistan, Iran and India to a summit.';
    for (const country of ['Russia', 'China', 'Pakistan', 'Iran', 'India']) find(text, 'United Nations', 'invite', country);
  });

  it('conjoined subjects each get the triple', () => {
    const text = 'Afghan government officials and a Taliban delegation have been holding peace talks since September.';
    find(text, 'Afghan government officials', 'hold', 'peace talks');
    find(text, 'Taliban', 'hold', 'peace talks');
  });

  it('a sentence’s opening time phrase becomes the setting of its verb readings', () => {
    const triple = find('On 12 July 2006, Hezbollah launched a series of rocket attacks.', 'Hezbollah', 'launch', 'series');
    assert.equal(triple.setting, 'On 12 July 2006');
  });

  it('a role word inside a company name is no title: General Motors is one organization', () => {
    const triples = triplesOf('General Motors sold more cars in China.');
    assert.ok(triples.some((t) => t.subject.name === 'General Motors' && t.subject.type === 'organization'), readings('General Motors sold more cars in China.').join('; '));
    assert.ok(!triples.some((t) => t.lemma === 'be'), 'no `is` triple for General');
  });

  it('keeps the relation as read and as a lemma', () => {
    const triple = find('Blinken wrote to Ghani.', 'Blinken', 'write to', 'Ghani');
    assert.equal(triple.relation, 'wrote to');
  });

  it('a dateline is not the subject: `WASHINGTON — Blinken has set out ...` is said by Blinken', () => {
    const text = 'WASHINGTON — U.S. Secretary of State Antony Blinken has set out a series of steps to reinvigorate the peace process.';
    find(text, 'Antony Blinken', 'set out', 'series');
    assert.ok(!triplesOf(text).some((t) => t.subject.name === 'WASHINGTON'), readings(text).join('; '));
    // `COVID-19` and an acronym before a dash inside a sentence are no datelines
    find('SARS-CoV-2 has already killed more than 3,000 people in China.', 'SARS-CoV-2', 'kill', 'more than 3,000 people');
  });

  it('reads an unseen name at the start of a sentence as a name, not a verb', () => {
    const [triple] = triplesOf('Blinken wrote to Ghani.');
    assert.equal(triple?.subject.name, 'Blinken');
    assert.notEqual(triple?.subject.type, 'concept');
  });
});

describe('extractor: flags', () => {
  it('negated: `did not confirm`', () => {
    const triple = find('The State Department did not confirm the Blinken letter.', 'State Department', 'confirm', 'Blinken letter');
    assert.equal(triple.flags.negated, true);
    assert.equal(triple.flags.tense, 'past');
  });

  it('hedged: `reportedly`', () => {
    const triple = find('The Biden government reportedly launched a major diplomatic effort.', 'Biden government', 'launch', 'major diplomatic effort');
    assert.equal(triple.flags.hedged, true);
  });

  it('hedged and attributed: `according to the letter`', () => {
    const text = 'This time, the Taliban would be invited to the process, according to the letter.';
    const triple = triplesOf(text)[0];
    assert.ok(triple, `no triple in "${text}"`);
    assert.equal(triple.flags.hedged, true);
    assert.equal(triple.flags.attributedTo, 'letter');
  });

  it('hedged: `if genuine`', () => {
    const text = 'The contents of the letter, if genuine, focused on restarting the peace process.';
    const triples = triplesOf(text);
    assert.ok(triples.length > 0, `no triple in "${text}"`);
    assert.ok(triples.every((t) => t.flags.hedged), readings(text).join('; '));
  });

  it('attributed: `X said that ...` attributes the clause to X', () => {
    const text = 'Blinken said that the United States intends to ask the United Nations to convene envoys.';
    const triple = find(text, 'United States', 'intend to ask', 'United Nations');
    assert.equal(triple.flags.attributedTo, 'Blinken');
  });

  it('attributed: a quotation closed by `, Blinken wrote.`', () => {
    const text = '“I am concerned that the Taliban could make rapid territorial gains,” Blinken wrote.';
    const triple = find(text, 'Taliban', 'make', 'rapid territorial gains');
    assert.equal(triple.flags.attributedTo, 'Blinken');
    assert.equal(triple.flags.modality, 'could');
  });

  it('attributed: a time phrase between the speech verb and its clause is skipped', () => {
    const text = 'Ned Price acknowledged last Wednesday that the government was considering a number of ideas.';
    const triple = find(text, 'government', 'consider', 'number');
    assert.equal(triple.flags.attributedTo, 'Ned Price');
  });

  it('modality and tense: `will ask` is future with modality will', () => {
    const triple = find('The US will ask Turkey to host the talks.', 'US', 'ask', 'Turkey');
    assert.equal(triple.flags.modality, 'will');
    assert.equal(triple.flags.tense, 'future');
  });

  it('modality: `may spark`', () => {
    const triple = find('A speedy exit may spark greater bloodshed.', 'speedy exit', 'spark', 'greater bloodshed');
    assert.equal(triple.flags.modality, 'may');
    assert.equal(triple.flags.tense, 'present');
  });
});

describe('extractor: spans', () => {
  it('every span, subject and object is a slice of the document text at its offsets', () => {
    const text = 'WASHINGTON — U.S. Secretary of State Antony Blinken has set out a series of steps.\n\nBlinken wrote to Ghani. Turkey agreed to host the meeting.';
    const triples = triplesOf(text);
    assert.ok(triples.length >= 3);
    for (const t of triples) {
      for (const mention of [t.subject, t.object]) {
        assert.equal(text.slice(mention.start, mention.end), mention.text);
        assert.equal(text.slice(mention.nameSpan.start, mention.nameSpan.end), mention.name);
        assert.ok(t.span.start <= mention.start && mention.end <= t.span.end, `${mention.text} outside the span`);
      }
    }
  });

  it('sentences keep their character offsets in the document', () => {
    const text = 'First line here.\nSecond line, with Blinken. And a third one.';
    const { sentences } = extract(toDocument({ source: 'test', title: 't', text }), { parser: shippedParser() });
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ['First line here.', 'Second line, with Blinken.', 'And a third one.'],
    );
  });

  it('copies spans from tokenised input (CaRB style) unchanged', () => {
    const text = "Pittsburgh 's mayor , Bill Peduto , signed the credit - card agreement .";
    for (const t of triplesOf(text)) {
      assert.equal(text.slice(t.subject.start, t.subject.end), t.subject.text);
      assert.equal(text.slice(t.object.start, t.object.end), t.object.text);
    }
    find(text, 'Bill Peduto', 'sign', 'credit - card agreement');
  });
});

describe('extractor: possessives', () => {
  it('reads an owner as having what it owns (`Pittsburgh’s mayor`), but not the last word of a name joined by `of` (`Voice of America’s`)', () => {
    find("Pittsburgh's mayor met the press.", 'Pittsburgh', 'have', 'mayor');
    const text = "Speaking to Voice of America's South Sudan in Focus, the minister said the talks would resume.";
    assert.ok(!readings(text).some((reading) => reading.startsWith('America |')), readings(text).join('\n'));
  });
});

describe('extractor: robustness', () => {
  it('reads a document the same whatever was read before it in the process', () => {
    const b = 'Khalilzad also stopped in Qatar. Blinken wrote to Ghani.';
    const a = 'Zyxwv Qorbl met Mrs. Vantablack in Pelvoux. Qorbl praised Vantablack.';
    const first = readings(b);
    const lexicon = new Map([['qorbl', 'ProperNoun'], ['vantablack', 'ProperNoun'], ['khalilzad', 'ProperNoun']]);
    extract(toDocument({ source: 'a', title: 'a', text: a }), { parser: shippedParser(), lexicon });
    assert.deepEqual(readings(b), first);
  });

  it('cuts a very long paragraph at a full stop, not inside a sentence', () => {
    const sentence = 'The envoy met the delegation in Doha to discuss the peace talks. ';
    const text = sentence.repeat(90).trim();
    const { sentences } = extract(toDocument({ source: 'long', title: 'long', text }), { parser: shippedParser() });
    for (const s of sentences) assert.match(text.slice(s.start, s.end), /^The envoy .* peace talks\.$/);
  });
});
