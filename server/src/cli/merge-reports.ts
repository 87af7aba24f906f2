/**
 * `claimlint merge-reports [--format json|sarif] [-o FILE] FILE...`: one report from the reports of sharded runs
 * (`check --format json` or `check --format sarif` over parts of a tree). Each input's format is detected; all must
 * be the same. JSON reports: files concatenated, entries of one path (a config's problems, which every shard
 * reports) merged without repeats, sorted by path. SARIF logs: one run, the union of the rules by id (results
 * re-indexed), results and notifications without repeats, sorted as `check` sorts them.
 *
 * Exit codes: 0 no unsuppressed error-level finding; 1 at least one; 2 an input that cannot be read or is neither
 * format, inputs of both formats, an output that cannot be written, or a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { JsonFinding } from './report';
import { compareText } from './rule-descriptions';
import { SARIF_SCHEMA, compareResults, invocation, uniqueByJson, type SarifInvocation, type SarifLog, type SarifNotification, type SarifResult, type SarifRule, type SarifRun } from './sarif';

export type ReportFormat = 'json' | 'sarif';

/** A file entry of a `check --format json` report. */
interface JsonFileEntry {
  path: string;
  findings: JsonFinding[];
  problems: unknown[];
}

interface JsonReport {
  version: 1;
  files: JsonFileEntry[];
}

/** An input that cannot be merged, with the file it came from. */
class InputError extends Error {}

export interface MergeOptions {
  /** The format the caller expects; the inputs must be in it (merging does not convert). */
  format?: ReportFormat;
  /** Write the merged report here instead of stdout. */
  output?: string;
}

/** Merges `paths` and writes the result; returns the exit code. `out` gets the report, `err` messages. */
export function mergeReports(paths: readonly string[], options: MergeOptions, out: (text: string) => void, err: (line: string) => void): number {
  const inputs: Array<{ path: string; format: ReportFormat; value: JsonReport | SarifLog }> = [];
  try {
    for (const path of paths) inputs.push({ path, ...readInput(path) });
  } catch (error) {
    err(`claimlint: ${(error as Error).message}`);
    return 2;
  }
  const formats = [...new Set(inputs.map((input) => input.format))];
  if (formats.length > 1) {
    const example = (format: ReportFormat): string => inputs.find((input) => input.format === format)!.path;
    err(`claimlint: cannot merge JSON reports with SARIF logs (${example('json')} is JSON, ${example('sarif')} is SARIF); merge the outputs of one format`);
    return 2;
  }
  const format = formats[0]!;
  if (options.format && options.format !== format) {
    err(`claimlint: the inputs are ${format === 'json' ? 'JSON reports' : 'SARIF logs'}; merge-reports does not convert them to ${options.format}`);
    return 2;
  }
  let text: string;
  let errors: boolean;
  try {
    if (format === 'json') {
      const merged = mergeJsonReports(inputs.map((input) => input.value as JsonReport));
      text = JSON.stringify(merged, null, 2);
      errors = merged.files.some((file) => file.findings.some((finding) => finding.severity === 'error'));
    } else {
      const merged = mergeSarifLogs(inputs.map((input) => ({ path: input.path, log: input.value as SarifLog })));
      text = JSON.stringify(merged, null, 2);
      errors = merged.runs.some((run) => run.results.some((result) => isUnsuppressedError(result, run.tool.driver.rules)));
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    err(`claimlint: ${error.message}`);
    return 2;
  }
  if (options.output) {
    try {
      writeFileSync(options.output, `${text}\n`);
    } catch (error) {
      err(`claimlint: cannot write ${options.output}: ${(error as Error).message}`);
      return 2;
    }
  } else out(`${text}\n`);
  return errors ? 1 : 0;
}

function readInput(path: string): { format: ReportFormat; value: JsonReport | SarifLog } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not a report: not valid JSON (${(error as Error).message})`);
  }
  if (isObject(value) && value['version'] === '2.1.0' && Array.isArray(value['runs'])) return { format: 'sarif', value: checkSarif(path, value) };
  if (isObject(value) && value['version'] === 1 && Array.isArray(value['files'])) return { format: 'json', value: checkJson(path, value) };
  throw new InputError(`${path} is neither a claimlint JSON report (version 1) nor a SARIF 2.1.0 log`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkJson(path: string, value: Record<string, unknown>): JsonReport {
  (value['files'] as unknown[]).forEach((file, index) => {
    const where = `${path}: files[${index}]`;
    if (!isObject(file) || typeof file['path'] !== 'string') throw new InputError(`${where} has no path`);
    if (Array.isArray(file['sentences'])) throw new InputError(`${path} is an \`analyze\` report; only \`check\` reports can be merged`);
    if (!Array.isArray(file['findings']) || !Array.isArray(file['problems'])) throw new InputError(`${where} needs \`findings\` and \`problems\` lists`);
    (file['findings'] as unknown[]).forEach((finding, at) => {
      if (!isObject(finding) || typeof finding['ruleId'] !== 'string' || typeof finding['severity'] !== 'string' || !isRange(finding['range']))
        throw new InputError(`${where}.findings[${at}] is not a finding (ruleId, severity, range)`);
    });
  });
  return value as unknown as JsonReport;
}

function isRange(value: unknown): boolean {
  const isPosition = (position: unknown): boolean => isObject(position) && typeof position['line'] === 'number' && typeof position['character'] === 'number';
  return isObject(value) && isPosition(value['start']) && isPosition(value['end']);
}

function checkSarif(path: string, value: Record<string, unknown>): SarifLog {
  (value['runs'] as unknown[]).forEach((run, index) => {
    const where = `${path}: runs[${index}]`;
    const driver = isObject(run) && isObject(run['tool']) ? run['tool']['driver'] : undefined;
    if (!isObject(run) || !isObject(driver) || typeof driver['name'] !== 'string') throw new InputError(`${where} has no tool.driver.name`);
    const rules = driver['rules'] ?? [];
    if (!Array.isArray(rules) || rules.some((rule) => !isObject(rule) || typeof rule['id'] !== 'string')) throw new InputError(`${where}: tool.driver.rules needs an id on every rule`);
    const results = run['results'] ?? [];
    if (!Array.isArray(results)) throw new InputError(`${where}: results is not a list`);
    results.forEach((result: unknown, at) => {
      const ruleId = isObject(result)
        ? (result['ruleId'] ?? (typeof result['ruleIndex'] === 'number' ? (rules[result['ruleIndex']] as Record<string, unknown> | undefined)?.['id'] : undefined))
        : undefined;
      if (!isObject(result) || typeof ruleId !== 'string' || !isObject(result['message']) || typeof result['message']['text'] !== 'string')
        throw new InputError(`${where}.results[${at}] needs a rule (ruleId or ruleIndex) and message.text`);
    });
    if (run['invocations'] !== undefined && !Array.isArray(run['invocations'])) throw new InputError(`${where}: invocations is not a list`);
    if (run['columnKind'] !== undefined && run['columnKind'] !== 'utf16CodeUnits') throw new InputError(`${where} counts columns in ${String(run['columnKind'])}, not UTF-16 code units`);
  });
  return value as unknown as SarifLog;
}

/** JSON reports as one: entries of a path merged (without repeated findings or problems), sorted by path. */
export function mergeJsonReports(reports: readonly JsonReport[]): JsonReport {
  const byPath = new Map<string, JsonFileEntry>();
  for (const report of reports) {
    for (const file of report.files) {
      const entry = byPath.get(file.path);
      if (entry) {
        entry.findings.push(...file.findings);
        entry.problems.push(...file.problems);
      } else byPath.set(file.path, { ...file, findings: [...file.findings], problems: [...file.problems] });
    }
  }
  const files = [...byPath.values()].sort((a, b) => compareText(a.path, b.path));
  for (const file of files) {
    file.findings = uniqueByJson(file.findings).sort(compareFindings);
    file.problems = uniqueByJson(file.problems);
  }
  return { version: 1, files };
}

function compareFindings(a: JsonFinding, b: JsonFinding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    compareText(a.ruleId, b.ruleId)
  );
}

/** SARIF logs as one log with one run. */
export function mergeSarifLogs(inputs: ReadonlyArray<{ path: string; log: SarifLog }>): SarifLog {
  const runs = inputs.flatMap(({ path, log }) => log.runs.map((run) => ({ path, run })));
  const drivers = [...new Set(runs.map(({ run }) => `${run.tool.driver.name} ${run.tool.driver.version ?? ''}`.trim()))];
  if (drivers.length > 1) throw new InputError(`the logs come from different tools or versions (${drivers.join(', ')}); merge logs of one claimlint version`);

  // Rules: one per id (a fixed choice when two runs describe an id differently), sorted by id.
  const rulesById = new Map<string, { rule: SarifRule; key: string }>();
  for (const { run } of runs) {
    for (const rule of run.tool.driver.rules ?? []) {
      const key = JSON.stringify(rule);
      const kept = rulesById.get(rule.id);
      if (!kept || key < kept.key) rulesById.set(rule.id, { rule, key });
    }
  }
  const ruleIdOf = (run: SarifRun, result: SarifResult): string => result.ruleId ?? run.tool.driver.rules[result.ruleIndex]!.id;
  for (const { run } of runs) for (const result of run.results ?? []) if (!rulesById.has(ruleIdOf(run, result))) rulesById.set(ruleIdOf(run, result), { rule: { id: ruleIdOf(run, result) }, key: '' });
  const rules = [...rulesById.values()].map(({ rule }) => rule).sort((a, b) => compareText(a.id, b.id));
  const index = new Map(rules.map((rule, at) => [rule.id, at]));

  const results = uniqueByJson(runs.flatMap(({ run }) => (run.results ?? []).map((result) => ({ ...result, ruleId: ruleIdOf(run, result), ruleIndex: index.get(ruleIdOf(run, result))! })))).sort(
    compareResults,
  );
  const invocations = runs.flatMap(({ run }) => run.invocations ?? []);
  const notifications = (list: (invocation: SarifInvocation) => SarifNotification[] | undefined): SarifNotification[] => uniqueByJson(invocations.flatMap((invocation) => list(invocation) ?? []));
  const baseIds: NonNullable<SarifRun['originalUriBaseIds']> = {};
  for (const { run } of runs) for (const [id, base] of Object.entries(run.originalUriBaseIds ?? {})) baseIds[id] ??= base;
  const driver = runs[0]?.run.tool.driver ?? { name: 'claimlint', version: '', semanticVersion: '' };

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...driver, rules } },
        invocations: [
          invocation(
            invocations.every((each) => each.executionSuccessful),
            notifications((each) => each.toolConfigurationNotifications),
            notifications((each) => each.toolExecutionNotifications),
          ),
        ],
        ...(Object.keys(baseIds).length > 0 ? { originalUriBaseIds: baseIds } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** An error-level result no suppression accepts (a result without a level takes its rule's default, else warning). */
function isUnsuppressedError(result: SarifResult, rules: readonly SarifRule[]): boolean {
  const level = result.level ?? rules[result.ruleIndex]?.defaultConfiguration?.level ?? 'warning';
  const suppressed = (result.suppressions ?? []).some((suppression) => suppression.status === undefined || suppression.status === 'accepted');
  return level === 'error' && !suppressed;
}
