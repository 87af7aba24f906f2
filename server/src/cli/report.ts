/**
 * Lints files from disk through the DocumentSession into serialisable reports in
 * the JSON output shape. Runs on the main thread or in a worker; both produce
 * identical reports.
 */
import { resolve } from 'node:path';
import { dirname } from 'node:path';
import {
  analyze,
  changedSinceApproval,
  prepareDocument,
  requiredStatusFinding,
  setChunkMemoBudget,
  type ReviewStatus,
  type Finding,
  type Problem,
  type SentenceReport,
  type SuppressedFinding,
} from '../engine/index';
import { NotTextError } from '../node/node-file-system';
import { approvalOf } from '../node/decisions';
import { nodeHost } from '../node/node-host';
import { createSession, type DocumentAnalysis, type DocumentSession } from '../node/session';
import { batchOf } from './batch';
import { inputKeys, textDigest, type InputKey } from './digest';
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
  abstractCheck?: SentenceReport['abstractCheck'];
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
  /** Problems in config, rule, bibliography and ledger files, already converted, once each, sorted by place. */
  configProblems: JsonProblem[];
  /** With `describeRules`: every rule the run's projects loaded, sorted by id. */
  rules?: RuleDescription[];
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
  /**
   * Also list silenced findings (`FileReport.suppressed`): those inline directives and reviewer decisions silence,
   * including accepted findings a config shows as hints, which then leave `findings`. For SARIF.
   */
  keepSuppressed?: boolean;
  /** Describe every rule loaded (`BatchReport.rules`). For SARIF. */
  describeRules?: boolean;
  /** Today's date (YYYY-MM-DD) for rules about dates: one per run (`--today`, else the UTC date at the start). */
  today?: string;
  /** `--require-status`: documents below this review status, or whose approval lapsed, get an error finding. */
  requireStatus?: ReviewStatus;
}

// A CLI run sees each text once: a small chunk memo floor (the editor keeps 16 MB, more for large documents) keeps its
// peak memory near the largest file's, not the corpus's.
const CLI_CHUNK_MEMO_BYTES = 8 * 1024 * 1024;

/** The session a CLI run (or one worker thread of it) lints through. */
export function cliSession(options: Pick<RunOptions, 'config' | 'root' | 'allowOutside' | 'keepSuppressed' | 'today'>): DocumentSession {
  const root = resolve(options.root);
  setChunkMemoBudget(CLI_CHUNK_MEMO_BYTES);
  return createSession({
    host: nodeHost(),
    roots: () => [root],
    allowOutside: options.allowOutside === true,
    keepSuppressed: options.keepSuppressed === true,
    ...(options.today ? { today: options.today } : {}),
    ...(options.config ? { explicitConfig: resolve(options.config) } : {}),
  });
}

/** Lints (or analyses) `paths` on this thread, in order; I/O failures become problems on that path. */
export async function reportFiles(paths: readonly string[], mode: Mode, options: RunOptions): Promise<BatchReport> {
  const lint = createFileLinter(mode, options, { withBasis: false });
  const results: FileResult[] = [];
  for (const path of paths) results.push(await lint(path));
  return batchOf(results);
}

/**
 * Every rule the projects of `paths` load, described for SARIF. Loaded here, on the main thread, whatever thread
 * linted a file or whether the cache held it: one project load per config.
 */
export async function describeRunRules(paths: readonly string[], options: RunOptions): Promise<RuleDescription[]> {
  const session = cliSession(options);
  // One file per folder: the project is found (and loaded) per folder.
  const oneFilePerFolder = new Map(paths.map((path) => [dirname(resolve(path)), resolve(path)]));
  for (const file of oneFilePerFolder.values()) await session.projectFor(file);
  return describeRules(await session.projects(), session.isBuiltinRule);
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
    // Met while loading a config or rule pack: SARIF lists them as configuration notifications.
    if (!projectProblems)
      converted.set(project.problems, (projectProblems = project.problems.map((problem) => ({ ...toJsonProblem(problem, project.texts.get(problem.path) ?? ''), configuration: true as const }))));
    const { report, otherProblems } = reportFile(path, text, analysis, mode, options);
    const inputs = withBasis ? inputKeys(analysis.inputs) : undefined;
    return { report, sharedProblems: [...projectProblems, ...otherProblems], ...(inputs ? { basis: { content: textDigest(text), inputs } } : {}) };
  };
}

function reportFile(path: string, text: string, analysis: DocumentAnalysis, mode: Mode, options: RunOptions): { report: FileReport; otherProblems: JsonProblem[] } {
  const toRange = positionsOf(text);
  const absolute = resolve(path);
  const { ignored, bibliography, ledger } = analysis;
  let result = analysis.result;
  if (ignored) return { report: { path, findings: [], problems: [], ignored: true }, otherProblems: [] };
  if (mode === 'analyze') {
    const sentences = analyze(text, bibliography.context.bibliography, bibliography.context.citationScope).map((sentence) => ({ ...sentence, range: toRange(sentence.range) }));
    return { report: { path, findings: [], sentences, problems: [] }, otherProblems: [] };
  }
  const otherProblems: JsonProblem[] = [];
  for (const problem of bibliography.problems) if (problem.path !== absolute) otherProblems.push(toJsonProblem(problem, bibliography.texts.get(problem.path) ?? ''));
  for (const problem of ledger?.problems ?? []) otherProblems.push(toJsonProblem(problem, ledger!.text));
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
  const approval = options.requireStatus && ledger ? approvalOf(ledger, absolute) : undefined;
  const required = options.requireStatus
    ? requiredStatusFinding(text, options.requireStatus, {
        ...(options.today ? { today: options.today } : {}),
        ...(approval ? { changed: changedSinceApproval(prepareDocument(text), approval.fingerprints) } : {}),
      })
    : undefined;
  if (required) result = { ...result, findings: [required, ...result.findings] };
  if (!options.keepSuppressed) return { report: { path, findings: result.findings.map(jsonFinding), problems }, otherProblems };
  // Accepted findings shown as hints are silenced too: listed with their decision, not as findings.
  const suppressed = [...(result.suppressed ?? []), ...result.findings.filter((finding) => finding.accepted).map(acceptedAsSuppressed)].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  const report: FileReport = {
    path,
    findings: result.findings.filter((finding) => !finding.accepted).map(jsonFinding),
    problems,
    suppressed: suppressed.map((finding) => ({ ...jsonFinding(finding), suppression: jsonSuppression(finding, toRange, ledger?.path) })),
  };
  return { report, otherProblems };
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
