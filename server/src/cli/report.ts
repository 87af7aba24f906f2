/**
 * Lints files from disk into serialisable reports in the JSON output shape.
 * Runs on the main thread or in a worker; both produce identical reports.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, lint, type Finding, type Problem, type SentenceReport } from '../engine/index';
import { documentBibliography } from '../node/bibliography';
import { loadLedger, withDecisions } from '../node/decisions';
import { findConfigFile, loadProject, projectForDocument, type Project } from '../node/project';
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

/** Caches projects by config path within one process, and collects bibliography problems. */
export class ProjectCache {
  private readonly projects = new Map<string, Project>();
  /** Problems in bibliography files, with the texts to place them. */
  readonly bibliographyProblems: Array<{ problem: Problem; text: string }> = [];
  constructor(private readonly explicitConfig: string | undefined) {}

  forFile(path: string): Project {
    const configPath = this.explicitConfig ?? findConfigFile(dirname(resolve(path)));
    const key = configPath ?? '<defaults>';
    let project = this.projects.get(key);
    if (!project) {
      project = loadProject(configPath);
      this.projects.set(key, project);
    }
    return project;
  }

  all(): Project[] {
    return [...this.projects.values()];
  }
}

/** Options of a check run. */
export interface RunOptions {
  config: string | undefined;
  /** Report inline directives that silence nothing (`--report-unused-disables`). */
  reportUnusedDisables: boolean;
}

/** Lints (or analyses) `paths`; I/O failures become problems on that path. */
export function reportFiles(paths: readonly string[], mode: Mode, options: RunOptions): BatchReport {
  const cache = new ProjectCache(options.config);
  const files = paths.map((path) => reportFile(path, mode, cache, options.reportUnusedDisables));
  const bibliographyProblems = cache.bibliographyProblems.map(({ problem, text }) => toJsonProblem(problem, text));
  return { files, configProblems: dedupeProblems([...convertProblems(cache.all()), ...bibliographyProblems]) };
}

function reportFile(path: string, mode: Mode, cache: ProjectCache, reportUnused: boolean): FileReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, findings: [], problems: [{ path, severity: 'error', message: `cannot read file: ${(error as Error).message}` }] };
  }
  const toRange = positionsOf(text);
  const project = projectForDocument(cache.forFile(path), resolve(path));
  if (!project) return { path, findings: [], problems: [], ignored: true };
  const bibliography = documentBibliography(resolve(path), text, project, process.cwd());
  if (mode === 'analyze') {
    const sentences = analyze(text, bibliography.context.bibliography, bibliography.context.citationScope).map((sentence) => ({ ...sentence, range: toRange(sentence.range) }));
    return { path, findings: [], sentences, problems: [] };
  }
  for (const problem of bibliography.problems) {
    if (problem.path === resolve(path)) continue;
    cache.bibliographyProblems.push({ problem, text: bibliography.texts.get(problem.path) ?? '' });
  }
  const ledger = loadLedger(project, process.cwd(), resolve(path));
  for (const problem of ledger.problems) cache.bibliographyProblems.push({ problem, text: ledger.text });
  const result = withDecisions(lint({ path, text }, project.config, bibliography.context), text, resolve(path), project, process.cwd());
  const documentProblems = bibliography.problems.filter((problem) => problem.path === resolve(path)).map((problem) => ({ ...problem, path }));
  if (reportUnused)
    for (const range of result.unusedDirectives ?? [])
      documentProblems.push({ path, severity: 'warning', range, message: `\`${text.slice(range.start, range.end)}\` silences nothing; remove it` });
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
