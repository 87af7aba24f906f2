/**
 * Runs a rule's own examples (the pack self-test): every `{{…}}` in a flagged
 * example must be found, exactly; clean examples must produce nothing; `fixed`
 * examples must result from the preferred fixes and be clean themselves. Used by
 * `claimlint pack test` and by the repository's rule tests.
 */
import { loadBibliography } from '../bibliography/load';
import { EMPTY_BIBLIOGRAPHY } from '../bibliography/model';
import type { LintContext } from '../checks/kind';
import type { ResolvedConfig } from '../config/resolve';
import { approvalFingerprints } from '../decisions/approval';
import { lint } from '../lint';
import type { TextEdit } from '../types';
import type { CompiledRule } from './load';

/** The date examples run on when they name none (rules about dates and ages need a fixed "today"). */
export const EXAMPLES_TODAY = '2026-06-01';

/** The outcome of one example. */
export interface ExampleResult {
  ruleId: string;
  kind: 'flagged' | 'clean';
  index: number;
  example: string;
  /** Empty when the example holds; otherwise what went wrong. */
  failures: string[];
}

/** Runs every example of `rule` with only that rule active. */
export function testRuleExamples(rule: CompiledRule): ExampleResult[] {
  const definition = rule.definition;
  const config: ResolvedConfig = {
    rules: [{ rule, severity: definition.severity, options: { ...definition.options, ...definition.examples.options } }],
    knownRuleIds: new Set([definition.id]),
    knownPacks: new Set([definition.pack]),
    bibliography: [],
    citationScope: 'preceding',
    audience: definition.when?.audience ?? 'professional',
    mode: definition.when?.mode ?? 'editorial',
    ignore: [],
    vocabulary: { accept: [], reject: [] },
    overrides: [],
    decisions: { file: '.claimlint/decisions.yaml', accepted: 'hide' },
  };
  const items = definition.examples.bibliography;
  const context: LintContext = {
    bibliography: items ? loadBibliography([{ path: `${definition.id}.json`, text: JSON.stringify(items) }]) : EMPTY_BIBLIOGRAPHY,
    citationScope: 'preceding',
    today: definition.examples.today ?? EXAMPLES_TODAY,
    ...(definition.examples.approved !== undefined ? { approval: { reviewer: 'Example Reviewer', date: EXAMPLES_TODAY, fingerprints: approvalFingerprints(definition.examples.approved) } } : {}),
  };
  const results: ExampleResult[] = [];
  definition.examples.flagged.forEach((example, index) => {
    const failures: string[] = [];
    const expected = [...example.matchAll(/\{\{(.+?)\}\}/g)].map((match) => match[1]!);
    const text = example.replace(/\{\{(.+?)\}\}/g, '$1');
    const findings = lint({ path: 'example.md', text }, config, context).findings;
    const found = findings.map((finding) => finding.text);
    if (JSON.stringify(found) !== JSON.stringify(expected)) failures.push(`expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
    const fixed = definition.examples.fixed?.[index];
    if (fixed !== undefined && failures.length === 0) {
      const preferred = findings.map((finding) => finding.fixes.find((fix) => fix.isPreferred));
      if (preferred.some((fix) => fix === undefined)) failures.push('not every flagged match offers a preferred fix');
      else {
        const result = applyEdits(
          text,
          preferred.flatMap((fix) => fix!.edits),
        );
        if (result !== fixed) failures.push(`the preferred fixes give ${JSON.stringify(result)}, expected ${JSON.stringify(fixed)}`);
        const again = lint({ path: 'fixed.md', text: result }, config, context).findings.map((finding) => finding.text);
        if (again.length > 0) failures.push(`the fixed text is still flagged: ${JSON.stringify(again)}`);
      }
    }
    results.push({ ruleId: definition.id, kind: 'flagged', index, example, failures });
  });
  definition.examples.clean.forEach((example, index) => {
    const found = lint({ path: 'example.md', text: example }, config, context).findings.map((finding) => finding.text);
    results.push({ ruleId: definition.id, kind: 'clean', index, example, failures: found.length ? [`flagged ${JSON.stringify(found)}`] : [] });
  });
  return results;
}

/** Applies non-overlapping edits, last first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}
