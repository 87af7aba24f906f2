/**
 * Lints files from disk through the DocumentSession into serialisable reports in
 * the JSON output shape. Runs on the main thread or in a worker; both produce
 * identical reports.
 */
import { resolve } from 'node:path';
import { analyze, type Finding, type Problem, type SentenceReport } from '../engine/index';
import { NotTextError } from '../node/node-file-system';
import { nodeHost } from '../node/node-host';
import { createSession, type DocumentAnalysis, type DocumentSession } from '../node/session';
import { batchOf } from './batch';
import { inputKeys, textDigest, type InputKey } from './digest';
import { positionsOf, type PositionRange } from './positions';

/** A finding as printed by `--format json`. */
export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  text: string;
  range: PositionRange;
  fixes: Array<{ title: string; edits: Array<{ range: PositionRange; newText: string }> }>;
  /** Other rules whose note on the same words this finding carries (one finding, both messages). */
  also?: string[];
}

/** A problem as printed by `--format json`. */
export interface JsonProblem {
  message: string;
  path: string;
  severity: Problem['severity'];
  range?: PositionRange;
}

/** A sentence record of `claimlint analyze`. */
export interface JsonSentence {
  text: string;
  range: PositionRange;
  isClaim: boolean;
  strength: string;
  hedges: string[];
  boosters: string[];
  citations: SentenceReport['citations'];
  needsCitation: boolean;
  verdict: string;
  subject?: string;
  outcome?: string;
  strengthBy: SentenceReport['strengthBy'];
}

/** One file's results. */
export interface FileReport {
  path: string;
  findings: JsonFinding[];
  sentences?: JsonSentence[];
  problems: JsonProblem[];
  /** Matched an `ignore` glob of its config: not linted, left out of the output. */
  ignored?: boolean;
}

/** What a batch of files produced; `configProblems` are keyed by file so they print once. */
export interface BatchReport {
  files: FileReport[];
  /** Problems in config, rule, bibliography and ledger files, already converted, once each, sorted by place. */
  configProblems: JsonProblem[];
}

/** What linting one file gives, on whichever thread: everything a run prints about it, and what `--cache` keeps. */
export interface FileResult {
  report: FileReport;
  /** Problems met in other files while linting this one (its config and packs; bibliography and ledger in `check`). */
  sharedProblems: JsonProblem[];
  /** The digest of the text linted and the observations the result rests on; absent when the file could not be read. */
  basis?: { content: string; inputs: InputKey[] };
}

export type Mode = 'check' | 'analyze';

/** Options of a check run. */
export interface RunOptions {
  config: string | undefined;
  /** The workspace folder, as the editor's: `--root`, else the working folder. */
  root: string;
  /** Read bibliographies that configs and front matter name outside the root (`--allow-outside`). */
  allowOutside?: boolean;
  /** Report inline directives that silence nothing (`--report-unused-disables`). */
  reportUnusedDisables: boolean;
}

/** The session a CLI run (or one worker thread of it) lints through. */
export function cliSession(options: Pick<RunOptions, 'config' | 'root' | 'allowOutside'>): DocumentSession {
  const root = resolve(options.root);
  return createSession({ host: nodeHost(), roots: () => [root], allowOutside: options.allowOutside === true, ...(options.config ? { explicitConfig: resolve(options.config) } : {}) });
}

/** Lints (or analyses) `paths` on this thread, in order; I/O failures become problems on that path. */
export async function reportFiles(paths: readonly string[], mode: Mode, options: RunOptions): Promise<BatchReport> {
  const lint = createFileLinter(mode, options, { withBasis: false });
  const results: FileResult[] = [];
  for (const path of paths) results.push(await lint(path));
  return batchOf(results);
}

/** Reads and lints files one at a time through one session; `withBasis` adds what `--cache` keeps to each result. */
export function createFileLinter(mode: Mode, options: RunOptions, { withBasis }: { withBasis: boolean }): (path: string) => Promise<FileResult> {
  const session = cliSession(options);
  // Project problems converted once per project (documents of one project share its problem list).
  const converted = new WeakMap<readonly Problem[], JsonProblem[]>();
  return async (path) => {
    let text: string;
    try {
      text = await session.fileSystem.readFile(path);
    } catch (error) {
      // Not text: one notice, and the run goes on (a stray binary named .md is not a failure of the articles).
      if (error instanceof NotTextError) return { report: { path, findings: [], problems: [{ path, severity: 'warning', message: `skipped: ${error.message}` }] }, sharedProblems: [] };
      return { report: { path, findings: [], problems: [{ path, severity: 'error', message: `cannot read file: ${(error as Error).message}` }] }, sharedProblems: [] };
    }
    const analysis = await session.analyse({ path: resolve(path), name: path, text });
    const { project } = analysis;
    let projectProblems = converted.get(project.problems);
    if (!projectProblems) converted.set(project.problems, (projectProblems = project.problems.map((problem) => toJsonProblem(problem, project.texts.get(problem.path) ?? ''))));
    const { report, otherProblems } = reportFile(path, text, analysis, mode, options.reportUnusedDisables);
    const inputs = withBasis ? inputKeys(analysis.inputs) : undefined;
    return { report, sharedProblems: [...projectProblems, ...otherProblems], ...(inputs ? { basis: { content: textDigest(text), inputs } } : {}) };
  };
}

function reportFile(path: string, text: string, analysis: DocumentAnalysis, mode: Mode, reportUnused: boolean): { report: FileReport; otherProblems: JsonProblem[] } {
  const toRange = positionsOf(text);
  const absolute = resolve(path);
  const { ignored, result, bibliography, ledger } = analysis;
  if (ignored) return { report: { path, findings: [], problems: [], ignored: true }, otherProblems: [] };
  if (mode === 'analyze') {
    const sentences = analyze(text, bibliography.context.bibliography, bibliography.context.citationScope).map((sentence) => ({ ...sentence, range: toRange(sentence.range) }));
    return { report: { path, findings: [], sentences, problems: [] }, otherProblems: [] };
  }
  const otherProblems: JsonProblem[] = [];
  for (const problem of bibliography.problems) if (problem.path !== absolute) otherProblems.push(toJsonProblem(problem, bibliography.texts.get(problem.path) ?? ''));
  for (const problem of ledger?.problems ?? []) otherProblems.push(toJsonProblem(problem, ledger!.text));
  const documentProblems = bibliography.problems.filter((problem) => problem.path === absolute).map((problem) => ({ ...problem, path }));
  if (reportUnused)
    for (const range of result.unusedDirectives ?? []) documentProblems.push({ path, severity: 'warning', range, message: `\`${text.slice(range.start, range.end)}\` silences nothing; remove it` });
  const report: FileReport = {
    path,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      text: finding.text,
      range: toRange(finding.range),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: toRange(edit.range), newText: edit.newText })),
      })),
      ...(finding.also ? { also: finding.also } : {}),
    })),
    problems: [...documentProblems, ...result.problems].map((problem) => toJsonProblem(problem, text)),
  };
  return { report, otherProblems };
}

function toJsonProblem(problem: Problem, text: string): JsonProblem {
  return {
    message: problem.message,
    path: problem.path,
    severity: problem.severity,
    ...(problem.range ? { range: positionsOf(text)(problem.range) } : {}),
  };
}
