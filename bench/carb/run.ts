/**
 * `npm run bench:carb`: scores `kg extract` (or any tabbed file) on CaRB dev with our port of carb.py.
 * Usage: node dist/bench/carb/run.js [--tabbed FILE] [--curve FILE] [--domain newswire|wiki] [--half A|B] [--errors] [--examples N]
 *        node dist/bench/carb/run.js --halves [--tabbed FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { constructionLookup } from './constructions.js';
import { DOMAINS, domainKeys, restrictGold, type Domain } from './domain.js';
import { errorBreakdown, MISSED_RECALL_CUTOFF } from './errors.js';
import { halfKeys, parseHalf, type Half } from './half.js';
import { formatHalvesTable } from './halves-table.js';
import { parseGold } from './read-gold.js';
import { parseTabbed } from './read-tabbed.js';
import { formatCurve, formatErrors, formatScore } from './report.js';
import { runExtractor, type ExtractorRun } from './run-extractor.js';
import { scoreCarb } from './score.js';
import { devSlices, scoreSlices } from './slices.js';
import type { Extraction } from './types.js';

// dist/bench/carb/run.js → the repository root, so the bench runs from any directory.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const at = (...parts: string[]): string => path.join(root, ...parts);
const DEV = at('data/carb/dev/dev.txt');
const GOLD = at('data/carb/dev/gold/dev.tsv');
const DOMAIN_TSV = at('data/carb/dev/domain.tsv');
const CLI = at('dist/src/cli/main.js');

interface Options {
  tabbed?: string;
  curve?: string;
  domain?: Domain;
  half?: Half;
  halves: boolean;
  errors: boolean;
  examples: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      tabbed: { type: 'string' },
      curve: { type: 'string' },
      domain: { type: 'string' },
      half: { type: 'string' },
      halves: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      examples: { type: 'string', default: '3' },
    },
  });
  const domain = values.domain as Domain | undefined;
  if (domain !== undefined && !DOMAINS.includes(domain)) throw new Error(`carb: --domain must be ${DOMAINS.join(' or ')}, got ${JSON.stringify(domain)}`);
  const examples = Number(values.examples);
  if (!Number.isInteger(examples) || examples < 0) throw new Error(`carb: --examples must be a whole number, got ${JSON.stringify(values.examples)}`);
  const half = values.half === undefined ? undefined : parseHalf(values.half);
  // --halves scores every slice of one run: restricting it to one slice, or a curve or error list of one, has no place there.
  const clash = values.halves ? (['half', 'domain', 'errors', 'curve'] as const).find((name) => values[name] !== undefined && values[name] !== false) : undefined;
  if (clash !== undefined) throw new Error(`carb: --halves prints every half and domain, so it does not take --${clash}`);
  return {
    ...(values.tabbed === undefined ? {} : { tabbed: values.tabbed }),
    ...(values.curve === undefined ? {} : { curve: values.curve }),
    ...(domain === undefined ? {} : { domain }),
    ...(half === undefined ? {} : { half }),
    halves: values.halves,
    errors: values.errors,
    examples,
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const devText = readFileSync(DEV, 'utf8');
  const allGold = parseGold(readFileSync(GOLD, 'utf8'), GOLD);
  let gold = allGold;
  if (options.domain !== undefined) gold = restrictGold(gold, domainKeys(devText, readFileSync(DOMAIN_TSV, 'utf8'), options.domain, DOMAIN_TSV));
  let halfNote = '';
  if (options.half !== undefined) {
    const keys = halfKeys(devText, options.half);
    // The gold lacks a few dev sentences, so a half's gold count falls short of its lines; the note gives both.
    const lines = options.half === 'A' ? 'odd' : 'even';
    halfNote = `  dev-${options.half}: the ${keys.size} sentences on ${lines} lines of dev.txt, ${restrictGold(allGold, keys).size} of them in the gold\n`;
    gold = restrictGold(gold, keys);
  }

  // Timed alone, before the JSON run, so the two do not share the machine.
  const system: ExtractorRun | undefined = options.tabbed === undefined ? await runExtractor(CLI, DEV, 'tsv') : undefined;
  const predicted = parseTabbed(system?.output ?? readFileSync(options.tabbed!, 'utf8'), options.tabbed ?? 'kg extract --format tsv');
  const devSentences = devText.split('\n').filter((line) => line.trim() !== '').length;

  if (options.halves) {
    const rows = scoreSlices(allGold, predicted, devSlices(devText, readFileSync(DOMAIN_TSV, 'utf8'), DOMAIN_TSV));
    const run = system === undefined ? '' : ` (one run: ${devSentences} sentences in ${system.seconds.toFixed(2)} s wall)`;
    process.stdout.write(`CaRB dev by half and domain, ${options.tabbed ?? 'kg extract'}${run}; extractions are those on each row's gold sentences\n\n`);
    process.stdout.write(formatHalvesTable(rows));
    return;
  }

  const evaluation = scoreCarb(gold, predicted);
  process.stdout.write(
    formatScore(evaluation, {
      label: `${options.half === undefined ? '' : `dev-${options.half}, `}${options.domain ?? 'all domains'}, ${options.tabbed ?? 'kg extract'}`,
      goldSentences: evaluation.sentences.length,
      goldTuples: evaluation.sentences.reduce((sum, s) => sum + s.gold.length, 0),
      extractions: [...predicted.values()].reduce((sum, group) => sum + group.length, 0),
      extractionsOnGold: evaluation.sentences.reduce((sum, s) => sum + s.predicted.length, 0),
      sentencesWithout: evaluation.sentences.filter((s) => s.predicted.length === 0).length,
      ...(system === undefined ? {} : { speed: { sentences: devSentences, seconds: system.seconds } }),
    }),
  );
  process.stdout.write(halfNote);

  if (options.curve !== undefined) {
    writeFileSync(options.curve, formatCurve(evaluation));
    process.stdout.write(`  curve: ${evaluation.curve.length} points written to ${options.curve}\n`);
  }

  if (options.errors && evaluation.best !== null) {
    // A tabbed file carries no construction; only our own CLI run can say which rule produced a line.
    const constructionOf: (e: Extraction) => string =
      system === undefined ? () => '(unknown)' : constructionLookup((await runExtractor(CLI, DEV, 'jsonl')).output);
    const breakdown = errorBreakdown(evaluation.sentences, { threshold: evaluation.best.threshold, constructionOf, examples: options.examples });
    process.stdout.write(`\n${formatErrors(breakdown, MISSED_RECALL_CUTOFF)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
