/**
 * The `claimlint` command line: a thin adapter over the engine.
 *
 *   claimlint check [--format stylish|json|sarif] [--config FILE] [--jobs N] [--cache] [--shard i/n] PATH...
 *   claimlint analyze --format json PATH...
 *   claimlint merge-reports [--format json|sarif] [-o FILE] FILE...
 *   claimlint report [--format md|html|csv|json] [-o FILE] PATH...
 *
 * Exit codes: 0 no error-severity finding; 1 an error-severity finding;
 * 2 usage, configuration, rule-pack or I/O problems.
 *
 * Only what every run needs is imported here; each command's module is imported when it runs, and `check` loads the
 * engine only for files the cache does not hold, so a fully cached run starts in a fraction of the time.
 */
// First: V8 flags that must be set before any pattern runs.
import '../node/node-v8-flags';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { ENGINE_VERSION } from '../engine/version';
import { parseShard } from './shard';

// The review workflow, lowest first (the engine's REVIEW_STATUSES; repeated so the CLI starts without loading the engine).
const REVIEW_STATUS_ORDER = ['draft', 'submitted', 'in-review', 'approved'] as const;

const USAGE = `Usage:
  claimlint check [--format stylish|json|sarif] [--config FILE] [--root DIR] [--allow-outside] [--jobs N] [--report-unused-disables]
                  [--cache [--cache-location PATH]] [--shard i/n] [--require-status STATUS] [--today YYYY-MM-DD] [--quiet] PATH...
  claimlint analyze [--format json] [--root DIR] [--cache [--cache-location PATH]] [--shard i/n] [--quiet] PATH...
  claimlint merge-reports [--format json|sarif] [-o FILE] FILE...  merge the reports of sharded runs
  claimlint report [--format md|html|csv|json] [-o FILE] [--config FILE] [--root DIR] [--allow-outside] PATH...
                                   the evidence report: every claim with its sources, evidence, verdict and decisions
  claimlint pack test DIR          run a pack's schema checks and rule examples
  claimlint pack new NAME [DIR]    create a pack to start from
  claimlint config --print FILE    the configuration FILE gets, and where each value comes from
  claimlint decisions [--prune] [DIR]  report (or remove) reviewer decisions that lapsed
  claimlint --help | --version

PATH may be a Markdown file, a folder (searched for *.md and *.markdown) or a glob.
--root is the workspace folder, as the editor's (default: the working folder): bibliography and
decision-ledger lookups stop there, as they do in VS Code. A bibliography that a config or front
matter names outside it is refused unless --allow-outside is given.
--format sarif writes SARIF 2.1.0 (GitHub code scanning), silenced findings included as suppressed results.
--jobs N lints on N threads (default: one per core).
--cache keeps results in .claimlintcache in the root folder (--cache-location names another file, or
a folder to put it in) and lints only files whose text, config, packs, bibliography or ledger changed.
--shard i/n checks part i of n (1-based); a file's part is fixed by its path relative to the root.
--require-status STATUS (draft, submitted, in-review, approved) fails the run (exit 1) on every document whose
front matter review status is lower, or whose approval lapsed (its review is older than 3 years, its next-review
date passed, or its text changed since approval).
--today YYYY-MM-DD is the date rules about dates compare with (default: today, UTC).
--quiet shows no progress line and no notices; problems and warnings still print.
report writes Markdown by default; html is one self-contained page that prints well; csv is RFC 4180 (UTF-8).
merge-reports takes check reports of one format (JSON or SARIF) and writes one, sorted by path.
Exit codes: 0 clean, 1 error-severity findings (merge-reports: unsuppressed), 2 usage, config or I/O problems.`;

// The exit codes (1, error-severity findings, is decided by check.ts).
const EXIT_OK = 0;
const EXIT_TROUBLE = 2;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string' },
        root: { type: 'string' },
        'allow-outside': { type: 'boolean' },
        jobs: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        print: { type: 'boolean' },
        'report-unused-disables': { type: 'boolean' },
        prune: { type: 'boolean' },
        today: { type: 'string' },
        'require-status': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (values.version) {
    process.stdout.write(`claimlint ${ENGINE_VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...paths] = positionals;
  if (values.output !== undefined && command !== 'merge-reports' && command !== 'report') return usageError('-o/--output is an option of merge-reports and report');
  if (command === 'pack') return packCommand(paths);
  if (command === 'config') {
    if (!values.print || paths.length !== 1) return usageError('config needs --print FILE');
    const { printConfig } = await import('./config');
    return printConfig(paths[0]!, { config: values.config, root: values.root ?? process.cwd() }, (text) => process.stdout.write(`${text}\n`));
  }
  if (command === 'decisions') {
    if (paths.length > 1) return usageError('decisions takes at most one DIR');
    const write =
      (stream: NodeJS.WriteStream) =>
      (line: string): void =>
        void stream.write(`${line}\n`);
    const { checkDecisions } = await import('./decisions');
    return checkDecisions(paths[0] ?? '.', values.config, values.prune === true, write(process.stdout), write(process.stderr));
  }
  if (command === 'merge-reports') {
    const format = values.format;
    if (format !== undefined && format !== 'json' && format !== 'sarif') return usageError(`merge-reports merges json or sarif reports, not \`${format}\``);
    if (paths.length === 0) return usageError('merge-reports needs the FILEs to merge');
    const { mergeReports } = await import('./merge-reports');
    return mergeReports(
      paths,
      { ...(format ? { format } : {}), ...(values.output ? { output: values.output } : {}) },
      (text) => process.stdout.write(text),
      (line) => process.stderr.write(`${line}\n`),
    );
  }
  if (command === 'report') return reportCommand(values, paths);
  if (command !== 'check' && command !== 'analyze') return usageError(command ? `unknown command \`${command}\`` : 'missing command');
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') return usageError(`unknown format \`${format}\`; use stylish, json or sarif`);
  if (command === 'analyze' && format !== 'json') return usageError('analyze prints JSON only; add --format json');
  if (paths.length === 0) return usageError('no PATH given');
  if (values.config && !existsSync(values.config)) return trouble(`config file not found: ${values.config}`);
  if (values.root && !existsSync(values.root)) return trouble(`root folder not found: ${values.root}`);
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) return usageError('--jobs takes a whole number of at least 1');
  if (values['cache-location'] !== undefined && !values.cache) return usageError('--cache-location needs --cache');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) return usageError('--today takes a date as YYYY-MM-DD');
  const requireStatus = values['require-status'];
  if (requireStatus !== undefined && !(REVIEW_STATUS_ORDER as readonly string[]).includes(requireStatus)) return usageError(`--require-status takes one of ${REVIEW_STATUS_ORDER.join(', ')}`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard && 'error' in shard) return usageError(shard.error);

  const { runCheck } = await import('./check');
  return runCheck(
    {
      mode: command,
      format,
      paths,
      config: values.config,
      root: values.root ?? process.cwd(),
      allowOutside: values['allow-outside'] === true,
      reportUnusedDisables: values['report-unused-disables'] === true,
      today,
      ...(requireStatus ? { requireStatus: requireStatus as (typeof REVIEW_STATUS_ORDER)[number] } : {}),
      // SARIF lists silenced findings as suppressed results, and describes every rule.
      ...(format === 'sarif' ? { keepSuppressed: true, describeRules: true } : {}),
      jobs,
      cache: values.cache ? { location: values['cache-location'] } : undefined,
      shard,
      quiet: values.quiet === true,
    },
    { stdout: process.stdout, stderr: process.stderr },
  );
}

async function reportCommand(values: { format?: string; output?: string; config?: string; root?: string; 'allow-outside'?: boolean; [option: string]: unknown }, paths: string[]): Promise<number> {
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'html' && format !== 'csv' && format !== 'json') return usageError(`unknown report format \`${format}\`; use md, html, csv or json`);
  for (const option of ['jobs', 'cache', 'cache-location', 'shard', 'report-unused-disables', 'prune', 'print'])
    if (values[option] !== undefined) return usageError(`--${option} is not an option of report`);
  if (paths.length === 0) return usageError('report needs the PATHs of Markdown files or folders');
  if (values.config && !existsSync(values.config)) return trouble(`config file not found: ${values.config}`);
  if (values.root && !existsSync(values.root)) return trouble(`root folder not found: ${values.root}`);
  const { runReport } = await import('./evidence-report');
  return runReport(
    { format, paths, output: values.output, config: values.config, root: values.root ?? process.cwd(), allowOutside: values['allow-outside'] === true },
    { stdout: process.stdout, stderr: process.stderr },
  );
}

async function packCommand([action, ...args]: string[]): Promise<number> {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const { packNew, packTest } = await import('./pack');
  if (action === 'test' && args.length === 1) return packTest(args[0]!, out);
  if (action === 'new' && (args.length === 1 || args.length === 2)) return packNew(args[0]!, args[1] ?? '.', out);
  return usageError(action ? `unknown or incomplete pack command \`pack ${action}\`` : 'pack needs `test DIR` or `new NAME`');
}

function usageError(message: string): number {
  process.stderr.write(`claimlint: ${message}\n\n${USAGE}\n`);
  return EXIT_TROUBLE;
}

function trouble(message: string): number {
  process.stderr.write(`claimlint: ${message}\n`);
  return EXIT_TROUBLE;
}

function runMain(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`claimlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}

// The same file runs the worker threads of a parallel run (parallel.ts); anywhere else it is the command line.
if (isMainThread) runMain();
else
  void import('./parallel').then(({ runAsWorker }) => {
    if (!runAsWorker()) runMain();
  });
