/**
 * Lints files from disk through the DocumentSession into serialisable reports in
 * the JSON output shape. Runs on the main thread or in a worker; both produce
 * identical reports.
 */
import { resolve } from 'node:path';
import { analyze, type Finding, type Problem, type SentenceReport } from '../engine/index';
import { NotTextError } from '../node/node-file-system';
import { nodeHost } from '../node/node-host';
import type { Project } from '../node/project';
import { createSession, type DocumentSession } from '../node/session';
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
  /** Problems in config and rule files, already converted, keyed by problem path. */
  configProblems: JsonProblem[];
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

const READ_AHEAD = 4;

/** Lints (or analyses) `paths`; I/O failures become problems on that path. */
export async function reportFiles(paths: readonly string[], mode: Mode, options: RunOptions): Promise<BatchReport> {
  const session = cliSession(options);
  const otherProblems: Array<{ problem: Problem; text: string }> = [];
  const files: FileReport[] = [];
  // Reading runs a few files ahead of linting, so the disk is not waited on between files.
  const reads = new Map<number, Promise<string>>();
  const readAhead = (index: number): void => {
    if (index >= paths.length || reads.has(index)) return;
    const read = session.fileSystem.readFile(paths[index]!);
    read.catch(() => undefined);
    reads.set(index, read);
  };
  for (const [index, path] of paths.entries()) {
    for (let ahead = 0; ahead <= READ_AHEAD; ahead++) readAhead(index + ahead);
    const text = reads.get(index)!;
    reads.delete(index);
    files.push(await reportFile(session, path, text, mode, options.reportUnusedDisables, otherProblems));
  }
  const projects = await session.projects();
  return { files, configProblems: dedupeProblems([...convertProblems(projects), ...otherProblems.map(({ problem, text }) => toJsonProblem(problem, text))]) };
}

async function reportFile(
  session: DocumentSession,
  path: string,
  read: Promise<string>,
  mode: Mode,
  reportUnused: boolean,
  otherProblems: Array<{ problem: Problem; text: string }>,
): Promise<FileReport> {
  let text: string;
  try {
    text = await read;
  } catch (error) {
    // Not text: one notice, and the run goes on (a stray binary named .md is not a failure of the articles).
    if (error instanceof NotTextError) return { path, findings: [], problems: [{ path, severity: 'warning', message: `skipped: ${error.message}` }] };
    return { path, findings: [], problems: [{ path, severity: 'error', message: `cannot read file: ${(error as Error).message}` }] };
  }
  const toRange = positionsOf(text);
  const absolute = resolve(path);
  const { ignored, result, bibliography, ledger } = await session.analyse({ path: absolute, name: path, text });
  if (ignored) return { path, findings: [], problems: [], ignored: true };
  if (mode === 'analyze') {
    const sentences = analyze(text, bibliography.context.bibliography, bibliography.context.citationScope).map((sentence) => ({ ...sentence, range: toRange(sentence.range) }));
    return { path, findings: [], sentences, problems: [] };
  }
  for (const problem of bibliography.problems) if (problem.path !== absolute) otherProblems.push({ problem, text: bibliography.texts.get(problem.path) ?? '' });
  for (const problem of ledger?.problems ?? []) otherProblems.push({ problem, text: ledger!.text });
  const documentProblems = bibliography.problems.filter((problem) => problem.path === absolute).map((problem) => ({ ...problem, path }));
  if (reportUnused)
    for (const range of result.unusedDirectives ?? []) documentProblems.push({ path, severity: 'warning', range, message: `\`${text.slice(range.start, range.end)}\` silences nothing; remove it` });
  return {
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
}

function toJsonProblem(problem: Problem, text: string): JsonProblem {
  return {
    message: problem.message,
    path: problem.path,
    severity: problem.severity,
    ...(problem.range ? { range: positionsOf(text)(problem.range) } : {}),
  };
}

/** Problems without repeats (the same file, range and message). */
export function dedupeProblems(problems: JsonProblem[]): JsonProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}|${JSON.stringify(problem.range)}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function convertProblems(projects: Project[]): JsonProblem[] {
  const seen = new Set<string>();
  const problems: JsonProblem[] = [];
  for (const project of projects) {
    for (const problem of project.problems) {
      const key = `${problem.path}|${problem.range?.start}|${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = project.texts.get(problem.path) ?? '';
      problems.push({
        message: problem.message,
        path: problem.path,
        severity: problem.severity,
        ...(problem.range ? { range: positionsOf(text)(problem.range) } : {}),
      });
    }
  }
  return problems;
}
