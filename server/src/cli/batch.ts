/**
 * The batch a run prints, from per-file results however they were made (linted on any thread, or from the cache).
 */
import type { BatchReport, FileResult, JsonProblem } from './report';

/** Results in the order given, as one batch: shared problems once each, sorted by place so no split of the work shows. */
export function batchOf(results: ReadonlyArray<Pick<FileResult, 'report' | 'sharedProblems'>>): BatchReport {
  return { files: results.map((result) => result.report), configProblems: sortProblems(dedupeProblems(results.flatMap((result) => result.sharedProblems))) };
}

/** Problems without repeats (the same file, range and message). */
export function dedupeProblems(problems: readonly JsonProblem[]): JsonProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}|${JSON.stringify(problem.range)}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** By path, then position (problems without one first), then message: the same order however the run was split. */
export function sortProblems(problems: readonly JsonProblem[]): JsonProblem[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const at = (problem: JsonProblem): [number, number] => (problem.range ? [problem.range.start.line, problem.range.start.character] : [-1, -1]);
  return [...problems].sort((a, b) => {
    const [aLine, aCharacter] = at(a);
    const [bLine, bCharacter] = at(b);
    return compare(a.path, b.path) || aLine - bLine || aCharacter - bCharacter || compare(a.message, b.message);
  });
}
