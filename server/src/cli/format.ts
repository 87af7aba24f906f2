/**
 * Output formats of `claimlint check` and `claimlint analyze`.
 */
import type { BatchReport, FileReport, JsonProblem } from './report';

/** Exactly the documented JSON shape (version 1). */
export function formatJson(batch: BatchReport, mode: 'check' | 'analyze'): string {
  const files = [...batch.files.filter((file) => !file.ignored), ...problemFiles(batch)].map((file) =>
    mode === 'analyze'
      ? { path: file.path, sentences: file.sentences ?? [], problems: file.problems.map(jsonProblem) }
      : { path: file.path, findings: file.findings, problems: file.problems.map(jsonProblem) },
  );
  return JSON.stringify({ version: 1, files }, null, 2);
}

// Problems in config and rule files are listed under their own path.
function problemFiles(batch: BatchReport): FileReport[] {
  const byPath = new Map<string, JsonProblem[]>();
  for (const problem of batch.configProblems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
  return [...byPath].map(([path, problems]) => ({ path, findings: [], problems }));
}

function jsonProblem(problem: JsonProblem): { message: string; path: string; range?: JsonProblem['range'] } {
  return { message: problem.message, path: problem.path, ...(problem.range ? { range: problem.range } : {}) };
}

/** `path:line:col-line:col  severity  message  rule-id`, sorted, 1-based, plus a summary. */
export function formatStylish(batch: BatchReport): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  const linted = batch.files.filter((file) => !file.ignored);
  for (const file of [...linted].sort((a, b) => a.path.localeCompare(b.path))) {
    const sorted = [...file.findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
    for (const finding of sorted) {
      counts[finding.severity]++;
      const { start, end } = finding.range;
      lines.push(`${file.path}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  lines.push(
    total === 0
      ? `No findings in ${plural(linted.length, 'file')}${ignoredNote(batch)}.`
      : `${plural(total, 'finding')} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info, ${counts.hint} hints) in ${plural(linted.length, 'file')}${ignoredNote(batch)}.`,
  );
  return lines.join('\n');
}

/** Problems (config, rule pack, directive, I/O) for stderr, one per line. */
export function formatProblems(batch: BatchReport): string[] {
  const all = [...batch.configProblems, ...batch.files.flatMap((file) => file.problems)];
  return all.map((problem) => {
    const where = problem.range ? `:${problem.range.start.line + 1}:${problem.range.start.character + 1}` : '';
    return `${problem.path}${where}  ${problem.severity}  ${problem.message}`;
  });
}

function ignoredNote(batch: BatchReport): string {
  const ignored = batch.files.length - batch.files.filter((file) => !file.ignored).length;
  return ignored > 0 ? ` (${plural(ignored, 'file')} ignored by config)` : '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
