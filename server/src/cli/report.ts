/**
 * Lints files from disk through the DocumentSession into serialisable reports in
 * the JSON output shape. Runs on the main thread or in a worker; both produce
 * identical reports.
 */
import { resolve } from 'node:path';
import { analyze, type Finding, type Problem, type SentenceReport, type SuppressedFinding } from '../engine/index';
import { NotTextError } from '../node/node-file-system';
import { nodeHost } from '../node/node-host';
import type { Project } from '../node/project';
import { createSession, type DocumentSession } from '../node/session';
import { positionsOf, type PositionRange } from './positions';
import { describeRules, type RuleDescription } from './rule-descriptions';

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

/** Why a finding is silenced, for reports that list silenced findings (SARIF). */
export interface JsonSuppression {
  /** `inSource`: an inline directive in the document; `external`: a reviewer's decision in the ledger. */
  kind: 'inSource' | 'external';
  /** The directive's reason (its text after ` -- `), or the reviewer's. */
  justification?: string;
  /** The directive comment (inSource). */
  range?: PositionRange;
  /** The ledger file, as a path (external). */
  ledger?: string;
  reviewer?: string;
  date?: string;
  reference?: string;
  locator?: string;
}

/** A finding a directive or a reviewer decision silenced. */
export interface SuppressedJsonFinding extends JsonFinding {
  suppression: JsonSuppression;
}

/** A problem as printed by `--format json`. */
export interface JsonProblem {
  message: string;
  path: string;
  severity: Problem['severity'];
  range?: PositionRange;
  /** Met while loading a config or rule pack (SARIF lists these as configuration notifications); never printed in JSON. */
  configuration?: true;
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
  /** With `keepSuppressed`: findings that directives and reviewer decisions silence (not printed in JSON). */
  suppressed?: SuppressedJsonFinding[];
}

/** What a batch of files produced; `configProblems` are keyed by file so they print once. */
export interface BatchReport {
  files: FileReport[];
  /** Problems in config and rule files, already converted, keyed by problem path. */
  configProblems: JsonProblem[];
  /** With `describeRules`: every rule the run's projects loaded, sorted by id. */
  rules?: RuleDescription[];
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
  /**
   * Also list silenced findings (`FileReport.suppressed`): those inline directives and reviewer decisions silence,
   * including accepted findings a config shows as hints, which then leave `findings`. For SARIF.
   */
  keepSuppressed?: boolean;
  /** Describe every rule loaded (`BatchReport.rules`). For SARIF. */
  describeRules?: boolean;
}

/** The session a CLI run (or one worker thread of it) lints through. */
export function cliSession(options: Pick<RunOptions, 'config' | 'root' | 'allowOutside' | 'keepSuppressed'>): DocumentSession {
  const root = resolve(options.root);
  return createSession({
    host: nodeHost(),
    roots: () => [root],
    allowOutside: options.allowOutside === true,
    keepSuppressed: options.keepSuppressed === true,
    ...(options.config ? { explicitConfig: resolve(options.config) } : {}),
  });
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
    files.push(await reportFile(session, path, text, mode, options, otherProblems));
  }
  const projects = await session.projects();
  return {
    files,
    configProblems: dedupeProblems([...convertProblems(projects), ...otherProblems.map(({ problem, text }) => toJsonProblem(problem, text))]),
    ...(options.describeRules ? { rules: describeRules(projects, session.isBuiltinRule) } : {}),
  };
}

async function reportFile(
  session: DocumentSession,
  path: string,
  read: Promise<string>,
  mode: Mode,
  options: RunOptions,
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
  if (options.reportUnusedDisables)
    for (const range of result.unusedDirectives ?? []) documentProblems.push({ path, severity: 'warning', range, message: `\`${text.slice(range.start, range.end)}\` silences nothing; remove it` });
  const jsonFinding = (finding: Finding): JsonFinding => ({
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
  });
  const problems = [...documentProblems, ...result.problems].map((problem) => toJsonProblem(problem, text));
  if (!options.keepSuppressed) return { path, findings: result.findings.map(jsonFinding), problems };
  // Accepted findings shown as hints are silenced too: listed with their decision, not as findings.
  const suppressed = [...(result.suppressed ?? []), ...result.findings.filter((finding) => finding.accepted).map(acceptedAsSuppressed)].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  return {
    path,
    findings: result.findings.filter((finding) => !finding.accepted).map(jsonFinding),
    problems,
    suppressed: suppressed.map((finding) => ({ ...jsonFinding(finding), suppression: jsonSuppression(finding, toRange, ledger?.path) })),
  };
}

function acceptedAsSuppressed(finding: Finding): SuppressedFinding {
  const { reviewer, date, reason, reference, locator } = finding.accepted!;
  return { ...finding, suppressedBy: { kind: 'ledger', reviewer, date, reason, ...(reference ? { reference } : {}), ...(locator ? { locator } : {}) } };
}

function jsonSuppression(finding: SuppressedFinding, toRange: (range: Finding['range']) => PositionRange, ledgerPath: string | undefined): JsonSuppression {
  const by = finding.suppressedBy;
  if (by.kind === 'directive') return { kind: 'inSource', ...(by.reason ? { justification: by.reason } : {}), range: toRange(by.range) };
  return {
    kind: 'external',
    justification: by.reason,
    ...(ledgerPath ? { ledger: ledgerPath } : {}),
    reviewer: by.reviewer,
    date: by.date,
    ...(by.reference ? { reference: by.reference } : {}),
    ...(by.locator ? { locator: by.locator } : {}),
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
        configuration: true,
      });
    }
  }
  return problems;
}
