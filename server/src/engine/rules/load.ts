/**
 * Loads rule packs from file texts: validates each rule and manifest against
 * its schema, compiles its patterns, and reports problems with file and range.
 * A broken rule never stops the rest of its pack from loading.
 */
import packSchema from '../../../schema/pack.schema.json';
import ruleSchema from '../../../schema/rule.schema.json';
import lexiconSchema from '../../../schema/lexicon.schema.json';
import { CHECK_KINDS } from '../checks/index';
import type { CompiledCheck } from '../checks/kind';
import { compilePattern, PatternError } from '../text/patterns';
import type { Problem, TextFile } from '../types';
import type { PackManifest, RuleDefinition } from './model';
import type { Document } from 'yaml';
import { isExtendingRuleFile, mergeExtendingRule } from './extend';
import { nodeRange, parseDataFile, validateData } from './yaml';
import { satisfies, validRange } from 'semver';
import { ENGINE_VERSION } from '../version';

/** A rule ready to run. */
export interface CompiledRule {
  definition: RuleDefinition;
  check: CompiledCheck;
}

/** One file of a pack folder; `relativePath` is relative to the folder holding the packs. */
export interface PackFile extends TextFile {
  relativePath: string;
}

/** The loaded packs: manifests, compiled rules and every problem met. */
export interface LoadedRules {
  packs: PackManifest[];
  rules: CompiledRule[];
  problems: Problem[];
}

const RULE_PATH = /^([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)\.ya?ml$/;
const MANIFEST_PATH = /^([a-z][a-z0-9-]*)\/pack\.ya?ml$/;
// The shared lexicon (rules/lexicon/<name>.yaml) lives beside the packs but holds word lists, not rules.
const LEXICON_PATH = /^lexicon\/([^/]+?)\.ya?ml$/;

/** Loads packs from their files (rule files and `pack.yaml` manifests). */
export function loadRules(files: readonly PackFile[]): LoadedRules {
  const result: LoadedRules = { packs: [], rules: [], problems: [] };
  const seenIds = new Map<string, string>();
  const extending: Array<{ file: PackFile; id: string; pack: string }> = [];
  const sorted = [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  for (const file of sorted) {
    const relative = file.relativePath.replace(/\\/g, '/');
    const manifest = MANIFEST_PATH.exec(relative);
    if (manifest) {
      loadManifest(file, manifest[1]!, result);
      continue;
    }
    const lexicon = LEXICON_PATH.exec(relative);
    if (lexicon) {
      result.problems.push(...checkLexiconFile(file, lexicon[1]!));
      continue;
    }
    const match = RULE_PATH.exec(relative);
    if (!match) {
      result.problems.push({
        path: file.path,
        severity: 'error',
        message: `rule files must be named <pack>/<rule-name>.yaml in lower-case kebab case; \`${relative}\` is not`,
      });
      continue;
    }
    const id = `${match[1]}/${match[2]}`;
    const previous = seenIds.get(id);
    if (previous) {
      result.problems.push({ path: file.path, severity: 'error', message: `rule id \`${id}\` is already defined by ${previous}` });
      continue;
    }
    seenIds.set(id, file.path);
    if (isExtendingRuleFile(file.text)) {
      extending.push({ file, id, pack: match[1]! });
      continue;
    }
    const rule = loadRule(file, id, match[1]!, result.problems);
    if (rule) result.rules.push(rule);
  }
  // Extending rules merge with their (already loaded) base rules, then load like any other.
  const loadedById = new Map(result.rules.map((rule) => [rule.definition.id, rule.definition]));
  for (const { file, id, pack } of extending) {
    const merged = mergeExtendingRule(file, id, (baseId) => loadedById.get(baseId) ?? extendingStub(baseId, extending));
    result.problems.push(...merged.problems);
    if (!merged.value || merged.problems.length > 0) continue;
    const rule = loadRule(file, id, pack, result.problems, { value: merged.value, document: merged.document! });
    if (rule) result.rules.push(rule);
  }
  // A pack made for another engine version loads none of its rules: a clear problem beats half-working rules.
  const incompatible = new Set(result.packs.filter((pack) => pack.compatible === false).map((pack) => pack.name));
  result.rules = result.rules.filter((rule) => !incompatible.has(rule.definition.pack));
  result.packs = result.packs.filter((pack) => !incompatible.has(pack.name));
  const packNames = new Set([...result.packs.map((pack) => pack.name), ...incompatible]);
  for (const rule of result.rules) {
    if (!packNames.has(rule.definition.pack)) {
      result.problems.push({
        path: rule.definition.path,
        severity: 'error',
        message: `pack \`${rule.definition.pack}\` has no pack.yaml manifest; add one beside this rule`,
      });
    }
  }
  return result;
}

/**
 * Validates a lexicon list (schema, and its name against its file name). The built-in lexicon is compiled into the
 * engine by `npm run lexicon`; checking the files here gives a broken list the same positioned problems as a rule.
 */
export function checkLexiconFile(file: PackFile, fileName: string): Problem[] {
  const parsed = parseDataFile(file, lexiconSchema, 'lexicon list');
  if (parsed.problems.length > 0 || !parsed.value) return parsed.problems;
  const name = (parsed.value as { name: string }).name;
  if (name === fileName) return [];
  return [
    {
      path: file.path,
      severity: 'error',
      range: nodeRange(parsed.document!, ['name'], file.text.length),
      message: `lexicon list is named \`${name}\` but its file is \`${fileName}.yaml\`; make them the same`,
    },
  ];
}

/** An extending rule seen as a base: only what `mergeExtendingRule` needs to report the chain. */
function extendingStub(id: string, extending: ReadonlyArray<{ file: PackFile; id: string }>): RuleDefinition | undefined {
  const found = extending.find((candidate) => candidate.id === id);
  if (!found) return undefined;
  const base = /^extends\s*:\s*["']?([^\s"'#]+)/m.exec(found.file.text)?.[1] ?? '?';
  return { id, extends: base } as RuleDefinition;
}

function loadManifest(file: PackFile, folderName: string, result: LoadedRules): void {
  const parsed = parseDataFile(file, packSchema, 'pack manifest');
  result.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return;
  const manifest = { ...(parsed.value as Omit<PackManifest, 'path'>), path: file.path };
  if (manifest.name !== folderName) {
    result.problems.push({
      path: file.path,
      severity: 'error',
      message: `pack manifest names the pack \`${manifest.name}\` but its folder is \`${folderName}\``,
      range: nodeRange(parsed.document, ['name'], file.text.length),
    });
    return;
  }
  if (manifest.engine !== undefined) {
    const range = nodeRange(parsed.document, ['engine'], file.text.length);
    if (!validRange(manifest.engine)) {
      result.problems.push({ path: file.path, severity: 'error', range, message: `pack \`${manifest.name}\`: \`engine: ${manifest.engine}\` is not a semver range (for example ">=0.1.0 <1.0.0")` });
      manifest.compatible = false;
    } else if (!satisfies(ENGINE_VERSION, manifest.engine)) {
      result.problems.push({
        path: file.path,
        severity: 'error',
        range,
        message: `pack \`${manifest.name}\` ${manifest.version} needs claimlint engine ${manifest.engine}, but this is ${ENGINE_VERSION}; upgrade claimlint or pin an older version of the pack`,
      });
      manifest.compatible = false;
    }
  }
  result.packs.push(manifest);
}

function loadRule(file: PackFile, id: string, pack: string, problems: Problem[], merged?: { value: unknown; document: Document.Parsed }): CompiledRule | undefined {
  const parsed = merged
    ? { ...merged, problems: validateData(file, merged.document, merged.value, ruleSchema, `rule \`${id}\` (merged with the rule it extends)`) }
    : parseDataFile(file, ruleSchema, `rule \`${id}\``);
  problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return undefined;
  const definition = { ...(parsed.value as Omit<RuleDefinition, 'id' | 'pack' | 'path'>), id, pack, path: file.path } as RuleDefinition;

  // Compile every pattern on its own first, so a bad one is reported at its own line.
  const patternProblems: Problem[] = [];
  const tryPattern = (pattern: string, path: Array<string | number>): void => {
    try {
      compilePattern(pattern);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      patternProblems.push({
        path: file.path,
        severity: 'error',
        message: `rule \`${id}\`: ${error.message}`,
        range: nodeRange(parsed.document, path, file.text.length),
      });
    }
  };
  definition.phrases?.forEach((pattern, index) => tryPattern(pattern, ['phrases', index]));
  definition.exceptions?.forEach((pattern, index) => tryPattern(pattern, ['exceptions', index]));
  Object.keys(definition.swap ?? {}).forEach((pattern) => tryPattern(pattern, ['swap', pattern]));
  if (patternProblems.length > 0) {
    problems.push(...patternProblems);
    return undefined;
  }
  const kind = CHECK_KINDS.get(definition.check);
  if (!kind) {
    problems.push({ path: file.path, severity: 'error', message: `rule \`${id}\`: unknown check kind \`${definition.check}\`` });
    return undefined;
  }
  return { definition, check: kind.compile(definition) };
}
