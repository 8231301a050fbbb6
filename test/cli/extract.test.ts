/** `kg extract --format tsv`: each triple's own sentence first, no control character in any cell, and the cells as read (scorers match sentences by their text). */
import assert from 'node:assert/strict';
import { runKg } from '../support/run-kg.js';

describe('kg extract --format tsv', function () {
  this.timeout(60000);

  it('drops SOH, ESC, form feed and the other control characters from its cells (NUL makes the input binary), keeping five or more a line', async () => {
    const sentences = [
      'Anthony Blinken wrote a letter to Ashraf\u0001 Ghani.',
      'The Taliban attacked the\u001b army base in Kabul.',
      'Zalmay Khalilzad met the Taliban\u000c in Doha last year to talk about peace and a ceasefire.',
    ];
    const run = await runKg(['extract', '-', '--sentences', '--format', 'tsv'], { stdin: `${sentences.join('\n')}\n` });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.ok(lines.length >= sentences.length, run.stdout);
    for (const line of lines) {
      assert.doesNotMatch(line.replace(/\t/g, ''), /[\u0000-\u001F]/, JSON.stringify(line));
      assert.ok(line.split('\t').length >= 5, line);
    }
    assert.ok(lines.some((line) => line.startsWith('Anthony Blinken wrote a letter to Ashraf Ghani.\t')), run.stdout);
  });

  it('writes a sentence that opens like a formula as it is: the TSV of kg extract is for scorers', async () => {
    const run = await runKg(['extract', '-', '--sentences', '--format', 'tsv'], { stdin: '-Anthony Blinken wrote a letter to Ashraf Ghani.\n' });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('-Anthony Blinken wrote a letter to Ashraf Ghani.\t'), run.stdout);
  });

  it('of a whole document puts each triple\'s own sentence first, not the document', async () => {
    const run = await runKg(['extract', 'seeds/000_f165c766ef995aa2.txt', '--format', 'tsv']);
    assert.equal(run.code, 0, run.stderr);
    const sentences = run.stdout.trimEnd().split('\n').map((line) => line.split('\t')[0]!);
    assert.ok(sentences.length > 5);
    assert.ok(sentences.includes('This week, a leaked letter from US Secretary of State Anthony Blinken to Afghan President Ashraf Ghani was made public by media in Afghanistan.'));
    for (const sentence of sentences) assert.ok(sentence.length < 600 && /[.!?"”]$/.test(sentence), sentence.slice(0, 200));
  });
});

