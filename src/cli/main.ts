#!/usr/bin/env node
/** The `kg` command: build, add, remove, extract, stats, aliases, merge, unmerge, query, export, serve, db, ingest, worker, resolve. */
import { Command, InvalidArgumentError } from 'commander';
import { aliasesCommand } from './commands/aliases.js';
import { buildCommand } from './commands/build.js';
import { exportCommand, type CsvTable } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { mergeCommand, unmergeCommand } from './commands/merge.js';
import { queryCommand } from './commands/query.js';
import { removeCommand } from './commands/remove.js';
import { serveCommand } from './commands/serve.js';
import { statsCommand } from './commands/stats.js';
import { dbInitCommand } from './commands/db.js';
import { ingestCommand } from './commands/ingest.js';
import { workerCommand } from './commands/worker.js';
import { resolveCommand } from './commands/resolve.js';
import { postgresTarget } from './postgres-target.js';
import { storeTarget } from '../store/open-store.js';
import { describe } from '../errors/index.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/formats.js';
import { DEFAULT_LIMITS } from '../query/limits.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../server/start.js';

const DEFAULT_GRAPH = 'graph/seeds.json';

const STORE_HELP = 'a PostgreSQL store, postgres://USER@HOST:PORT/DATABASE, instead of the file (or set KG_STORE, ' +
  'which keeps a password out of the shell history and ps)';

/**
 * The store a command works on: `--store`, else a `--graph` (or `--out`) given, else KG_STORE, else
 * the default file.
 */
function target(command: Command, fileOption: 'graph' | 'out' = 'graph'): string {
  const options = command.opts<{ store?: string } & Record<typeof fileOption, string>>();
  return storeTarget({ ...(options.store === undefined ? {} : { store: options.store }), graph: options[fileOption], graphGiven: command.getOptionValueSource(fileOption) === 'cli' });
}

const program = new Command('kg')
  .description('Build a knowledge graph of who did what to whom from news articles.')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`kg: ${text.replace(/^error: /, '')}`) });

program
  .command('build')
  .description('read files, folders or - (stdin) into a new graph store (the old one is kept as .bak)')
  .argument('<paths...>', '.txt, .md, .html or .jsonl files, folders, or - for stdin')
  .option('-o, --out <file>', 'store file to write', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('-w, --workers <n>', 'worker threads extracting at once (default: the number of cores)', parsePositive)
  .action((paths: string[], o: { out: string; workers?: number }, command: Command) =>
    run(() => buildCommand(paths, { graph: target(command, 'out'), keep: false, ...(o.workers === undefined ? {} : { workers: o.workers }) })));

program
  .command('add')
  .description('add documents to a stored graph (created if missing); known documents are skipped')
  .argument('<paths...>', 'files, folders, or - for stdin')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('-w, --workers <n>', 'worker threads extracting at once (default: the number of cores)', parsePositive)
  .action((paths: string[], o: { graph: string; workers?: number }, command: Command) =>
    run(() => buildCommand(paths, { graph: target(command), keep: true, ...(o.workers === undefined ? {} : { workers: o.workers }) })));

program
  .command('remove')
  .description('remove documents by id, with their evidence and any edge or node left without evidence')
  .argument('<ids...>', 'document ids (see kg stats --json or the store)')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .action((ids: string[], _o: unknown, command: Command) => run(() => removeCommand(ids, target(command))));

program
  .command('extract')
  .description('print the triples of files or - (stdin) without storing them')
  .argument('<paths...>', 'files, folders, or - for stdin')
  .option('--sentences', 'read the input as one sentence a line (the CaRB layout)', false)
  .option('-f, --format <format>', 'jsonl or tsv (OpenIE/CaRB: sentence, confidence, relation, arg1, arg2...)', parseFormat, 'jsonl')
  .action((paths: string[], o: { sentences: boolean; format: 'jsonl' | 'tsv' }) =>
    run(() => extractCommand(paths, { format: o.format, sentences: o.sentences })),
  );

program
  .command('stats')
  .description('counts of documents, sentences, nodes by type, edges, and the top actors')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('--top <n>', 'how many actors to list', parseCount, 10)
  .option('--json', 'print JSON', false)
  .action((o: { graph: string; top: number; json: boolean }, command: Command) => run(() => statsCommand(target(command), o)));

program
  .command('aliases')
  .description('list the aliases merged into each actor and why')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('--json', 'print JSON', false)
  .action((o: { graph: string; json: boolean }, command: Command) => run(() => aliasesCommand(target(command), o)));

program
  .command('merge')
  .description('make the actors of two names one, by hand; kept in the store and applied at every rebuild')
  .argument('<name>', 'a name of the first actor (label or alias)')
  .argument('<other>', 'a name of the second actor')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .action((name: string, other: string, _o: unknown, command: Command) => run(() => mergeCommand(name, other, target(command))));

program
  .command('unmerge')
  .description('keep a merged alias apart from every other actor, by hand; kept in the store and applied at every rebuild')
  .argument('<alias>', 'the alias, as `kg aliases` lists it')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .action((alias: string, _o: unknown, command: Command) => run(() => unmergeCommand(alias, target(command))));

program
  .command('query')
  .description('answer a console query (path, neighbors, find, show, help) with the sentences behind it')
  .argument('<query...>', 'the query, e.g. path US -> Afghanistan (quote it in the shell)')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('--json', 'print the answer as JSON', false)
  .option('--max-results <n>', 'most actors, paths or edges an answer lists', parsePositive, DEFAULT_LIMITS.maxResults)
  .option('--time-budget <ms>', 'longest a query may run before it stops and says so', parsePositive, DEFAULT_LIMITS.timeBudgetMs)
  // `->` and filters such as `-hedged` are part of the query, not options of kg
  .allowUnknownOption()
  .action((words: string[], o: { graph: string; json: boolean; maxResults: number; timeBudget: number }, command: Command) =>
    run(() => queryCommand(words.join(' '), { graph: target(command), json: o.json, limits: { maxResults: o.maxResults, timeBudgetMs: o.timeBudget } })),
  );

program
  .command('export')
  .description('write a stored graph as GEXF (Gephi), GraphML, CSV (nodes and edges), JSON or TSV (OpenIE triples)')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .requiredOption('-f, --format <format>', EXPORT_FORMATS.join(', '), parseExportFormat)
  .requiredOption('-o, --out <path>', 'file to write, - for stdout; for csv a folder (nodes.csv, edges.csv) or NAME.csv (NAME-nodes.csv, NAME-edges.csv)')
  .option('--table <table>', 'csv only: write one table, nodes or edges (needed with --out -)', parseTable)
  .option('--raw', "csv and tsv only: write cells as they are, without the ' that keeps a spreadsheet from running =, +, -, @ as a formula", false)
  .action((o: { graph: string; format: ExportFormat; out: string; table?: CsvTable; raw: boolean }, command: Command) =>
    run(() => exportCommand({ graph: target(command), format: o.format, out: o.out, raw: o.raw, ...(o.table === undefined ? {} : { table: o.table }) })),
  );

const db = program.command('db').description('set up a PostgreSQL store');
db
  .command('init')
  .description('create kg\'s tables in a PostgreSQL database, or migrate them to this kg\'s version')
  .option('--store <url>', STORE_HELP)
  .action((_o: unknown, command: Command) => run(() => dbInitCommand(target(command))));

program
  .command('serve')
  .description('serve the page and the JSON API for a stored graph')
  .option('-g, --graph <file>', 'store file', DEFAULT_GRAPH)
  .option('--store <url>', STORE_HELP)
  .option('--host <host>', 'address to listen on (loopback unless told otherwise)', DEFAULT_HOST)
  .option('-p, --port <port>', 'port to listen on (0 = any free port)', parsePort, DEFAULT_PORT)
  .option('--allowed-host <names>', 'a name the API answers to besides the address it is reached at, e.g. the host\'s name with --host 0.0.0.0 (repeat or comma-separate)', collectNames, [])
  .option('--build-from <paths...>', 'when the store does not exist, build it from these inputs first')
  .option('--max-results <n>', 'most actors, paths or edges a query answer lists', parsePositive, DEFAULT_LIMITS.maxResults)
  .option('--time-budget <ms>', 'longest a query may run before it stops and says so', parsePositive, DEFAULT_LIMITS.timeBudgetMs)
  .action((o: { graph: string; host: string; port: number; allowedHost: string[]; buildFrom?: string[]; maxResults: number; timeBudget: number }, command: Command) =>
    run(() => serveCommand({
      graph: target(command),
      host: o.host,
      port: o.port,
      allowedHosts: o.allowedHost,
      limits: { maxResults: o.maxResults, timeBudgetMs: o.timeBudget },
      ...(o.buildFrom === undefined ? {} : { buildFrom: o.buildFrom }),
    })),
  );

program
  .command('ingest')
  .description('put documents on a PostgreSQL store\'s queue for kg worker (known documents are skipped; nothing is extracted here)')
  .argument('<paths...>', 'files, folders, or - for stdin')
  .option('--store <url>', 'the PostgreSQL store, postgres://USER@HOST:PORT/DATABASE (or set KG_STORE)')
  .action((paths: string[], o: { store?: string }) => run(() => ingestCommand(paths, { target: postgresTarget(o.store) })));

program
  .command('worker')
  .description('extract documents from a PostgreSQL store\'s queue, a batch at a time; run any number, on any machines')
  .option('--store <url>', 'the PostgreSQL store, postgres://USER@HOST:PORT/DATABASE (or set KG_STORE)')
  .option('-b, --batch <n>', 'documents claimed at once', parsePositive, 8)
  .option('--lease <seconds>', 'how long a claimed batch waits for this worker before another may take it', parsePositive, 300)
  .option('-w, --workers <n>', 'extraction threads (default: the number of cores)', parsePositive)
  .option('--drain', 'exit once nothing is left to claim and no other worker holds a batch (default: wait for more)', false)
  .action((o: { store?: string; batch: number; lease: number; workers?: number; drain: boolean }) =>
    run(() => workerCommand({ target: postgresTarget(o.store), batch: o.batch, leaseSeconds: o.lease, drain: o.drain, ...(o.workers === undefined ? {} : { threads: o.workers }) })));

program
  .command('resolve')
  .description('rebuild a PostgreSQL store\'s alias merges and graph from every stored document')
  .option('--store <url>', 'the PostgreSQL store, postgres://USER@HOST:PORT/DATABASE (or set KG_STORE)')
  .action((o: { store?: string }) => run(() => resolveCommand(postgresTarget(o.store))));

function parsePositive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

function collectNames(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((name) => name.trim()).filter((name) => name !== '')];
}

function parseFormat(value: string): 'jsonl' | 'tsv' {
  if (value !== 'jsonl' && value !== 'tsv') throw new InvalidArgumentError('expected jsonl or tsv');
  return value;
}

function parseExportFormat(value: string): ExportFormat {
  if (!isExportFormat(value)) throw new InvalidArgumentError(`expected one of ${EXPORT_FORMATS.join(', ')}`);
  return value;
}

function parseTable(value: string): CsvTable {
  if (value !== 'nodes' && value !== 'edges') throw new InvalidArgumentError('expected nodes or edges');
  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

/** Every failure ends as one line on stderr and exit code 1; nothing is half-written (saves are atomic). */
async function run(command: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await command();
  } catch (error) {
    process.stderr.write(`kg: ${describe(error)}\n`);
    process.exitCode = 1;
  }
}

// `kg aliases | head` closes the pipe early: that is the reader's choice, not an error. The rest
// of the output goes nowhere, but the command still finishes (a build still saves and unlocks).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  throw error;
});

await program.parseAsync();
