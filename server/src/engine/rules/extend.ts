/**
 * Rules that extend another rule (`extends: overclaim/cure-claims`): a house pack
 * adjusts a shared rule without forking it. Fields it sets replace the base
 * rule's; `phrases+`/`phrases-` and `exceptions+`/`exceptions-` add to or remove
 * from the base lists. The merged rule is validated like any rule, and replaces
 * its base when both are enabled (see config/resolve.ts).
 */
import type { Document } from 'yaml';
import { compilePattern, PatternError } from '../text/patterns';
import type { Problem, TextFile } from '../types';
import type { RuleDefinition } from './model';
import { nodeRange, parseDataFile } from './yaml';

/** What an extending rule file may hold before merging; the merged result meets the rule schema. */
const EXTENSION_SCHEMA = {
  type: 'object',
  required: ['extends'],
  properties: {
    extends: { type: 'string', pattern: '^[a-z][a-z0-9-]*/[a-z][a-z0-9-]*$' },
    'phrases+': { type: 'array', items: { type: 'string', minLength: 1 } },
    'phrases-': { type: 'array', items: { type: 'string', minLength: 1 } },
    'exceptions+': { type: 'array', items: { type: 'string', minLength: 1 } },
    'exceptions-': { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

/** Whether a rule file extends another (a top-level `extends:` key). */
export function isExtendingRuleFile(text: string): boolean {
  return /^extends\s*:/m.test(text);
}

/** The merged rule data of an extending rule file, or problems at their place. */
export function mergeExtendingRule(
  file: TextFile,
  id: string,
  findBase: (id: string) => RuleDefinition | undefined,
): { value?: Record<string, unknown>; document?: Document.Parsed; problems: Problem[] } {
  const parsed = parseDataFile(file, EXTENSION_SCHEMA, `rule \`${id}\``);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const own = parsed.value as Record<string, unknown> & { extends: string };
  const at = (path: Array<string | number>) => nodeRange(parsed.document, path, file.text.length);
  const base = findBase(own.extends);
  if (!base) {
    return {
      problems: [
        { path: file.path, severity: 'error', range: at(['extends']), message: `rule \`${id}\` extends \`${own.extends}\`, which is not loaded; enable its pack (or extend the package that has it)` },
      ],
    };
  }
  if (base.extends) {
    return {
      problems: [
        {
          path: file.path,
          severity: 'error',
          range: at(['extends']),
          message: `rule \`${id}\` extends \`${own.extends}\`, which itself extends \`${base.extends}\`; extend \`${base.extends}\` directly`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const { id: _id, pack: _pack, path: _path, ...baseData } = base;
  const merged: Record<string, unknown> = { ...baseData };
  for (const [key, value] of Object.entries(own)) if (!/[+-]$/.test(key)) merged[key] = value;
  for (const list of ['phrases', 'exceptions'] as const) {
    const removed = (own[`${list}-`] as string[] | undefined) ?? [];
    const added = (own[`${list}+`] as string[] | undefined) ?? [];
    if (removed.length === 0 && added.length === 0) continue;
    const current = [...((merged[list] as string[] | undefined) ?? [])];
    removed.forEach((phrase, index) => {
      if (!current.includes(phrase))
        problems.push({
          path: file.path,
          severity: 'error',
          range: at([`${list}-`, index]),
          message: `rule \`${id}\`: \`${phrase}\` is not in the ${list} of \`${base.id}\` (${current.map((entry) => `\`${entry}\``).join(', ') || 'none'})`,
        });
    });
    added.forEach((pattern, index) => {
      try {
        compilePattern(pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        problems.push({ path: file.path, severity: 'error', range: at([`${list}+`, index]), message: `rule \`${id}\`: ${error.message}` });
      }
    });
    const result = [...current.filter((phrase) => !removed.includes(phrase)), ...added.filter((phrase) => !current.includes(phrase))];
    if (result.length > 0) merged[list] = result;
    else delete merged[list];
  }
  return { value: merged, document: parsed.document, problems };
}
