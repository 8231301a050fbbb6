/** The coreference pass on real sentences: agreement, binding, salience and a subject named after its pronoun. */
import assert from 'node:assert/strict';
import { resolveCoreference } from '../../src/coref/index.js';
import { parseText } from '../../src/nlp/parse-document.js';
import { shippedParser } from '../../src/pipeline/parser-model.js';

describe('coreference: pronouns to the people they stand for', () => {
  const parser = shippedParser();
  /** The name each pronoun of `text` was read as, `pronoun@offset=name`. */
  const read = (text: string): string[] =>
    resolveCoreference(parseText(text, parser)).links.map(({ pronoun, entity }) => `${pronoun.text}@${pronoun.start}=${entity.name}`);
  const nameFor = (text: string, pronounAt: number): string | undefined =>
    resolveCoreference(parseText(text, parser)).links.find(({ pronoun }) => pronoun.start === pronounAt)?.entity.name;

  it('reads a pronoun in the next sentence as the subject named before it', () => {
    const text = 'Ashraf Ghani met Zalmay Khalilzad in Kabul. He said the talks would go on.';
    assert.equal(nameFor(text, text.indexOf('He')), 'Ashraf Ghani');
  });

  it('keeps to gender: she is the woman named, though the man is the subject', () => {
    const text = 'John Smith thanked Mary Jones for the report. She had written it in a week.';
    assert.equal(nameFor(text, text.indexOf('She')), 'Mary Jones');
  });

  it('never reads the object of a verb as its own subject, but a reflexive as exactly that', () => {
    const saw = 'Peter Brown arrived late. David Clark saw him at the door.';
    assert.equal(nameFor(saw, saw.indexOf('him')), 'Peter Brown');
    const himself = 'Peter Brown arrived late. David Clark blamed himself for the delay.';
    assert.equal(nameFor(himself, himself.indexOf('himself')), 'David Clark');
  });

  it('reads a possessive ahead of its clause’s subject as that subject', () => {
    const text = 'Greg Kot praised the album. In his review for the magazine, Robert Christgau called it dull.';
    assert.equal(nameFor(text, text.indexOf('his')), 'Robert Christgau');
  });

  it('reads a pronoun ahead of another clause’s subject as no cataphora to it', () => {
    const text = 'John Conyers served in Congress for decades. Starting in 1968, he spent 15 years fighting for the holiday; President Ronald Reagan signed the bill in 1983.';
    assert.equal(nameFor(text, text.indexOf('he spent')), 'John Conyers');
  });

  it('reads a name behind a title written as an acronym as a person’s', () => {
    const text = 'IM Dorsa Derakhshani spoke with a Wikinews correspondent. She grew up in Tehran.';
    assert.equal(nameFor(text, text.indexOf('She')), 'IM Dorsa Derakhshani');
  });

  it('takes no place the gazetteer knows for a person', () => {
    const text = 'On Tuesday, Hosni Mubarak, the former President of Egypt, died aged 91 in a military hospital in Cairo. His family said he was in intensive care.';
    const { entities, links } = resolveCoreference(parseText(text, parser));
    assert.deepEqual(entities.map((entity) => entity.name), ['Hosni Mubarak']);
    assert.deepEqual(links.map(({ entity }) => entity.name), ['Hosni Mubarak', 'Hosni Mubarak']);
  });

  it('joins a name to the same name said with a title', () => {
    const text = 'Senator Kamala Harris spoke in Oakland on Monday. Kamala Harris later flew to Washington.';
    assert.deepEqual(resolveCoreference(parseText(text, parser)).entities.map((entity) => entity.name), ['Senator Kamala Harris']);
  });

  it('joins a surname to the full name said before it', () => {
    const text = 'Warren MacKenzie studied with Bernard Leach. MacKenzie later taught in Minnesota, where his pottery became famous.';
    assert.equal(nameFor(text, text.indexOf('his')), 'Warren MacKenzie');
  });

  it('never reads he in a quotation as its speaker', () => {
    const text = 'Eddie Van Halen died on Tuesday. Mike McCready commented, "he gets sounds that are not guitar sounds."';
    assert.equal(nameFor(text, text.indexOf('he gets')), 'Eddie Van Halen');
  });

  it('reads a description as the person the document gave that role, by a title or an apposition', () => {
    const titled = 'President Ashraf Ghani met Zalmay Khalilzad in Kabul. The president thanked the envoy for the talks.';
    assert.equal(nameFor(titled, titled.indexOf('president')), 'President Ashraf Ghani');
    const apposed = 'Zalmay Khalilzad, the US envoy, met Ashraf Ghani. Later the envoy flew to Doha.';
    assert.equal(nameFor(apposed, apposed.lastIndexOf('envoy')), 'Zalmay Khalilzad');
  });

  it('reads no description of another people, and no predicate, as a person', () => {
    const other = 'Brazilian President Jair Bolsonaro spoke on Monday. The French president answered him.';
    assert.equal(nameFor(other, other.indexOf('president answered')), undefined);
    const predicate = 'Jo Jorgensen is the Libertarian nominee. Howie Hawkins is the nominee of the Green Party.';
    assert.equal(nameFor(predicate, predicate.lastIndexOf('nominee')), undefined);
  });

  it('reads the party and the ministry as the party or ministry named before, and the opposing party as none', () => {
    const text = 'The Prohibition Party met in Ohio. Later the party nominated Phil Collins, and the Health Ministry said the ministry would help. The opposing party objected.';
    assert.equal(nameFor(text, text.indexOf('party nominated')), 'Prohibition Party');
    assert.equal(nameFor(text, text.indexOf('ministry would')), 'Health Ministry');
    assert.equal(nameFor(text, text.indexOf('party objected')), undefined);
  });

  it('leaves a pronoun with nobody before it unread', () => {
    assert.deepEqual(read('He said the talks would go on.'), []);
  });
});
