/**
 * The `claimlint` command line: a thin adapter over the engine.
 *
 *   claimlint check [--format stylish|json|sarif] [--config FILE] [--jobs N] PATH...
 *   claimlint analyze --format json PATH...
 *   claimlint merge-reports [--format json|sarif] [-o FILE] FILE...
 *
 * Exit codes: 0 no error-severity finding; 1 an error-severity finding;
 * 2 usage, configuration, rule-pack or I/O problems.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENGINE_VERSION, setChunkMemoBudget } from '../engine/index';
import { expandPaths } from './files';
import { formatJson, formatProblems, formatStylish } from './format';
import { mergeReports } from './merge-reports';
import { formatSarif } from './sarif';
import { printConfig } from './config';
import { checkDecisions } from './decisions';
import { packNew, packTest } from './pack';
import { reportInParallel, runAsWorker } from './parallel';

const USAGE = `Usage:
  claimlint check [--format stylish|json|sarif] [--config FILE] [--root DIR] [--allow-outside] [--jobs N] [--report-unused-disables] PATH...
  claimlint analyze [--format json] [--root DIR] PATH...
  claimlint merge-reports [--format json|sarif] [-o FILE] FILE...  merge the reports of sharded runs
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
merge-reports takes check reports of one format (JSON or SARIF) and writes one, sorted by path.
Exit codes: 0 clean, 1 error-severity findings (merge-reports: unsuppressed), 2 usage, config or I/O problems.`;

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
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
        print: { type: 'boolean' },
        'report-unused-disables': { type: 'boolean' },
        prune: { type: 'boolean' },
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
  if (values.output !== undefined && command !== 'merge-reports') return usageError('-o/--output is an option of merge-reports');
  if (command === 'pack') return packCommand(paths);
  if (command === 'config') {
    if (!values.print || paths.length !== 1) return usageError('config needs --print FILE');
    return printConfig(paths[0]!, { config: values.config, root: values.root ?? process.cwd() }, (text) => process.stdout.write(`${text}\n`));
  }
  if (command === 'decisions') {
    if (paths.length > 1) return usageError('decisions takes at most one DIR');
    const write =
      (stream: NodeJS.WriteStream) =>
      (line: string): void =>
        void stream.write(`${line}\n`);
    return checkDecisions(paths[0] ?? '.', values.config, values.prune === true, write(process.stdout), write(process.stderr));
  }
  if (command === 'merge-reports') {
    const format = values.format;
    if (format !== undefined && format !== 'json' && format !== 'sarif') return usageError(`merge-reports merges json or sarif reports, not \`${format}\``);
    if (paths.length === 0) return usageError('merge-reports needs the FILEs to merge');
    return mergeReports(
      paths,
      { ...(format ? { format } : {}), ...(values.output ? { output: values.output } : {}) },
      (text) => process.stdout.write(text),
      (line) => process.stderr.write(`${line}\n`),
    );
  }
  if (command !== 'check' && command !== 'analyze') return usageError(command ? `unknown command \`${command}\`` : 'missing command');
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') return usageError(`unknown format \`${format}\`; use stylish, json or sarif`);
  if (command === 'analyze' && format !== 'json') return usageError('analyze prints JSON only; add --format json');
  if (paths.length === 0) return usageError('no PATH given');
  if (values.config && !existsSync(values.config)) return trouble(`config file not found: ${values.config}`);
  if (values.root && !existsSync(values.root)) return trouble(`root folder not found: ${values.root}`);
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) return usageError('--jobs takes a whole number of at least 1');

  const { files, missing } = await expandPaths(paths);
  const root = values.root ?? process.cwd();
  const batch = await reportInParallel(
    files,
    command,
    {
      config: values.config,
      root,
      allowOutside: values['allow-outside'] === true,
      reportUnusedDisables: values['report-unused-disables'] === true,
      ...(format === 'sarif' ? { keepSuppressed: true, describeRules: true } : {}),
    },
    jobs,
  );
  process.stdout.write(`${format === 'sarif' ? formatSarif(batch, { root, missing }) : format === 'json' ? formatJson(batch, command) : formatStylish(batch)}\n`);

  const problems = formatProblems(batch);
  for (const line of problems) process.stderr.write(`${line}\n`);
  for (const arg of missing) process.stderr.write(`claimlint: no such file, folder or matching glob: ${arg}\n`);
  const hasTrouble =
    missing.length > 0 || batch.configProblems.some((problem) => problem.severity === 'error') || batch.files.some((file) => file.problems.some((problem) => problem.severity === 'error'));
  if (hasTrouble) return EXIT_TROUBLE;
  return batch.files.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

async function packCommand([action, ...args]: string[]): Promise<number> {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
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

// A CLI run sees each text once: a small chunk memo (the editor keeps 64 MB) keeps its peak memory near the
// largest file's, not the corpus's.
setChunkMemoBudget(8 * 1024 * 1024);

if (!runAsWorker()) {
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
