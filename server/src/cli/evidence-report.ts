/**
 * `claimlint report`: the evidence report (claims matrix) of Markdown files, as Markdown, HTML, CSV or JSON, on
 * stdout or in `--output FILE`. Each file goes through the same session as `check` (its config, bibliography and
 * decision ledger, silenced findings kept so reviewer decisions show), then through the engine's report builder.
 *
 * Exit codes: 0 the report was written; 2 usage, configuration, bibliography, ledger or I/O problems (the report is
 * still written when there is one to write, and the problems are printed on stderr).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReport, type DocumentReport, type Problem, type ReportFormat } from '../engine/index';
import { documentReport } from '../node/evidence-report';
import { NotTextError } from '../node/node-file-system';
import type { Output } from './check';
import { expandPaths } from './files';
import { positionsOf } from './positions';
import { cliSession } from './report';

export interface ReportOptions {
  format: ReportFormat;
  paths: string[];
  /** Write here instead of stdout. */
  output: string | undefined;
  config: string | undefined;
  root: string;
  allowOutside: boolean;
}

const EXIT_OK = 0;
const EXIT_TROUBLE = 2;

export async function runReport(options: ReportOptions, { stdout, stderr }: Output): Promise<number> {
  const expanded = await expandPaths(options.paths);
  const session = cliSession({ config: options.config, root: options.root, allowOutside: options.allowOutside, keepSuppressed: true });
  const documents: DocumentReport[] = [];
  // Problems by file and place, printed once each (every document of a project shares its config's problems).
  const problems = new Map<string, string>();
  const note = (problem: Problem, text: string): void => {
    const at = problem.range ? positionsOf(text)(problem.range).start : undefined;
    const line = `${problem.path}${at ? `:${at.line + 1}:${at.character + 1}` : ''}  ${problem.severity}  ${problem.message}`;
    problems.set(line, problem.severity);
  };
  for (const path of expanded.files) {
    let text: string;
    try {
      text = await session.fileSystem.readFile(path);
    } catch (error) {
      note(
        { path, severity: error instanceof NotTextError ? 'warning' : 'error', message: error instanceof NotTextError ? `skipped: ${error.message}` : `cannot read file: ${(error as Error).message}` },
        '',
      );
      continue;
    }
    const analysis = await session.analyse({ path: resolve(path), name: path, text });
    for (const problem of analysis.project.problems) note(problem, analysis.project.texts.get(problem.path) ?? '');
    for (const problem of analysis.bibliography.problems) note(problem.path === resolve(path) ? { ...problem, path } : problem, analysis.bibliography.texts.get(problem.path) ?? text);
    for (const problem of analysis.ledger?.problems ?? []) note(problem, analysis.ledger!.text);
    for (const problem of analysis.result.problems) note(problem, text);
    documents.push(documentReport(analysis, text, path));
  }
  const rendered = renderReport({ version: 1, documents }, options.format);
  let written = true;
  if (options.output) {
    try {
      writeFileSync(options.output, rendered, 'utf8');
    } catch (error) {
      stderr.write(`claimlint: cannot write ${options.output}: ${(error as Error).message}\n`);
      written = false;
    }
  } else stdout.write(rendered);
  for (const line of [...problems.keys()].sort()) stderr.write(`${line}\n`);
  for (const arg of expanded.missing) stderr.write(`claimlint: no such file, folder or matching glob: ${arg}\n`);
  const trouble = !written || expanded.missing.length > 0 || [...problems.values()].some((severity) => severity === 'error');
  return trouble ? EXIT_TROUBLE : EXIT_OK;
}
