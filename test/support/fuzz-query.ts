/** Queries for fuzzing the console language: well-formed ones built from its grammar, then bent by a few token edits. */
import fc from 'fast-check';

/** Names the seed graph holds, in the forms people type them, and names it does not. */
export const SEED_NAMES = [
  'Blinken', 'Antony Blinken', 'anthony blinken', 'Secretary Blinken', 'Ghani', 'Ashraf Ghani', 'Taliban', 'the Taliban',
  'United States', 'US', 'Afghanistan', 'Turkey', 'Zalmay Khalilzad', 'letter', 'TOLONews', 'Joe Biden', 'NATO mission',
  "O'Brien", 'AT&T', 'Nobody Atall', 'blink', 'a', 'x',
];
const RELATIONS = ['ask', 'write to', 'wrote to', 'be', 'make public', 'focus on', 'call for', 'fly', 'ask,write', 'ask,', ',', ''];
const TYPES = ['person', 'organization', 'place', 'group', 'concept', 'person,place', 'person,', 'people', ',', 'PERSON'];
/** Counts the options accept, their edges, and what a careless hand types instead. */
const NUMBERS = [
  '0', '1', '2', '3', '4', '5', '9', '10', '11', '50', '51', '-1', '1.5', '1e3', '0x10', '007', 'two', 'NaN', 'Infinity',
  '99999999999999999999', '9007199254740993', '\uff11', '\u0661',
];
/** Days for `since` and `until`, and what is not one: a day past the month's end, another shape, a word. */
const DATES = ['2019-01-04', '2020-01-01', '2020-06-30', '2020-12-31', '2020-02-29', '2019-02-29', '2020-13-01', '2020-1-1', '2020/01/01', '20200101', 'yesterday', '-2020-01-01'];
/** Single tokens that do not belong where they land. */
const JUNK = [
  'path', 'paths', 'neighbors', 'edges', 'find', 'show', 'help', '->', '--', '<-', '=>', '-', '-x', '-hedged', '-negated',
  'k', 'max', 'depth', 'from', 'rel', 'to', 'type', 'min', 'via', 'since', 'until', '"', "'", '""', '" "', '&', ',', '\u202e', '\u0000', '\ud800',
];

const relation = fc.oneof(fc.constantFrom(...RELATIONS), fc.constantFrom(...RELATIONS).map((text) => `"${text}"`));
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);
const arrow = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('->', '--') }, { weight: 1, arbitrary: fc.constantFrom('<-', '=>', '-') });
const option = (word: string, value: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(value.map((v) => `${word} ${v}`), { nil: '' });
const filter = fc.oneof(
  fc.constantFrom('-hedged', '-negated'),
  fc.constantFrom(...TYPES).map((type) => `type ${type}`),
  count.map((n) => `min ${n}`),
  relation.map((r) => `via ${r}`),
  fc.tuple(fc.constantFrom('since', 'until'), fc.constantFrom(...DATES)).map(([word, day]) => `${word} ${day}`),
);

function command(name: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant('help'),
    fc.tuple(name, arrow, name).map(([from, a, to]) => `path ${from} ${a} ${to}`),
    fc.tuple(name, arrow, name, option('k', count), option('max', count)).map(([from, a, to, k, max]) => `paths ${from} ${a} ${to} ${k} ${max}`),
    fc.tuple(fc.constantFrom('neighbors', 'neighbours'), name, option('depth', count)).map(([word, actor, depth]) => `${word} ${actor} ${depth}`),
    fc.tuple(option('from', name), option('rel', relation), option('to', name)).map((parts) => `edges ${parts.join(' ')}`),
    name.map((text) => `find ${text}`),
    name.map((actor) => `show ${actor}`),
  );
}

interface Edit {
  at: number;
  kind: 'drop' | 'repeat' | 'insert' | 'replace';
  token: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('drop', 'repeat', 'insert', 'replace'),
  token: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...JUNK) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }),
});

function edited(query: string, edits: readonly Edit[], separator: string): string {
  const tokens = query.split(' ').filter((token) => token !== '');
  for (const { at, kind, token } of edits) {
    const i = at % (tokens.length + 1);
    if (kind === 'insert' || tokens.length === 0) tokens.splice(i, 0, token);
    else if (kind === 'drop') tokens.splice(i % tokens.length, 1);
    else if (kind === 'repeat') tokens.splice(i, 0, tokens[i % tokens.length]!);
    else tokens[i % tokens.length] = token;
  }
  return tokens.join(separator);
}

/** A command naming `names` (or junk) with up to four filters; intact half the time, otherwise bent by one to three token edits. */
export function grammarQuery(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((text) => `"${text}"`) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  );
  const edits = fc.oneof(fc.constant([]), fc.array(edit, { minLength: 1, maxLength: 3 }));
  const separator = fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0');
  return fc
    .tuple(command(name), fc.array(filter, { maxLength: 4 }), edits, separator, fc.boolean())
    .map(([head, filters, bends, between, shout]) => {
      const query = edited([head, ...filters].join(' '), bends, between);
      return shout ? query.toUpperCase() : query;
    });
}
